// Office IP ranges (decision 22): each refusal of lib/ranges/validate.ts, with
// the line and the reason a licence admin would read, and what is accepted.
import { describe, expect, it } from "vitest";
import { checkRange, checkRangeList, describeProblems, rangeContains, type RangeCheckOptions } from "../../lib/ranges/validate.ts";

const PUBLIC: RangeCheckOptions = { allowPrivate: false, allowBroad: false, others: [] };
const refusal = (line: string, o = PUBLIC) => {
  const r = checkRange(line, o);
  expect(r.ok, line).toBe(false);
  return r.ok ? "" : r.message;
};

describe("office range validation", () => {
  it("accepts public IPv4 and IPv6 ranges and single addresses, in canonical form", () => {
    const r = checkRangeList("81.2.69.0/24\n\n  2a00:1450:4000::/36  # Frankfurt office\n81.3.4.5\n2a01:4f8:0:0:0:0:0:1", PUBLIC);
    expect(r).toEqual({
      ok: true,
      ranges: [
        { cidr: "81.2.69.0/24", family: 4, prefix: 24, broad: false },
        { cidr: "2a00:1450:4000::/36", family: 6, prefix: 36, broad: false },
        { cidr: "81.3.4.5/32", family: 4, prefix: 32, broad: false },
        { cidr: "2a01:4f8::1/128", family: 6, prefix: 128, broad: false },
      ],
    });
  });

  it("refuses what is not a range", () => {
    for (const s of ["foo", "81.2.69.0/33", "81.2.69/24", "2a00::zz/48", "81.2.69.0/-1"]) expect(refusal(s)).toMatch(/is not an IPv4 or IPv6 range/);
  });

  it("refuses /0 in both families, even with a newsroom admin's override", () => {
    for (const s of ["0.0.0.0/0", "::/0"]) expect(refusal(s, { ...PUBLIC, allowBroad: true })).toBe("is /0, the whole internet");
  });

  it("refuses ranges broader than /16 (IPv4) or /32 (IPv6) unless a newsroom admin allows them", () => {
    expect(refusal("81.0.0.0/15")).toMatch(/broader than \/16 \(IPv4\).*newsroom admin/);
    expect(refusal("2a00::/31")).toMatch(/broader than \/32 \(IPv6\)/);
    expect(checkRange("81.0.0.0/15", { ...PUBLIC, allowBroad: true })).toEqual({
      ok: true,
      range: { cidr: "81.0.0.0/15", family: 4, prefix: 15, broad: true },
    });
    expect(checkRange("81.2.0.0/16", PUBLIC).ok).toBe(true);
    expect(checkRange("2a00:1450::/32", PUBLIC).ok).toBe(true);
  });

  it("refuses private, loopback, link-local, CGNAT and documentation ranges in a public deployment", () => {
    expect(refusal("10.1.0.0/16")).toMatch(/private network range/);
    expect(refusal("192.168.1.0/24")).toMatch(/private network range/);
    expect(refusal("127.0.0.2/32")).toMatch(/loopback/);
    expect(refusal("::1")).toMatch(/loopback/);
    expect(refusal("169.254.0.0/16")).toMatch(/link-local/);
    expect(refusal("fe80::/64")).toMatch(/link-local/);
    expect(refusal("fd00:1::/48")).toMatch(/unique local/);
    expect(refusal("100.64.0.0/16")).toMatch(/carrier-grade NAT/);
    expect(refusal("203.0.113.0/24")).toMatch(/documentation/);
    // A broad range that includes a private one is refused too.
    expect(refusal("172.0.0.0/8", { ...PUBLIC, allowBroad: true })).toMatch(/private network range/);
  });

  it("allows them in a local or test deployment, but never multicast, broadcast or IPv4-mapped ranges", () => {
    const local = { ...PUBLIC, allowPrivate: true };
    expect(checkRange("127.0.0.2/32", local).ok).toBe(true);
    expect(checkRange("10.1.0.0/16", local).ok).toBe(true);
    expect(refusal("224.0.0.0/24", local)).toMatch(/multicast range, never a reader's address/);
    expect(refusal("255.255.255.255", local)).toMatch(/broadcast/);
    expect(refusal("::ffff:81.2.69.0/120", local)).toMatch(/IPv4-mapped/);
  });

  it("refuses a range with host bits set, and says which range contains it", () => {
    expect(refusal("81.2.69.77/24")).toBe("has address bits beyond its /24 prefix; the range that contains it is 81.2.69.0/24");
  });

  it("refuses a range that overlaps another licence's, both ways, naming the licence only to newsroom admins", () => {
    const others = [{ cidr: "81.2.0.0/16", licence: "Rival LLP" }];
    expect(refusal("81.2.69.0/24", { ...PUBLIC, others })).toBe("overlaps 81.2.0.0/16, which belongs to another site licence");
    expect(refusal("81.2.0.0/16", { ...PUBLIC, others: [{ cidr: "81.2.69.128/25", licence: "Rival LLP" }] })).toMatch(/overlaps 81.2.69.128\/25/);
    expect(refusal("81.2.69.0/24", { ...PUBLIC, others, nameOthers: true })).toBe("overlaps 81.2.0.0/16, which belongs to Rival LLP");
    expect(checkRange("81.3.0.0/16", { ...PUBLIC, others }).ok).toBe(true);
  });

  it("checks the whole list: every bad line is named, overlaps within it too, and nothing is accepted", () => {
    const r = checkRangeList("81.2.69.0/24\n0.0.0.0/0\n81.2.69.128/25\nnot a range", PUBLIC);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(describeProblems(r.problems)).toBe(
      "Line 2 (0.0.0.0/0) is /0, the whole internet. Line 3 (81.2.69.128/25) overlaps 81.2.69.0/24 on line 1. " +
        "Line 4 (not a range) is not an IPv4 or IPv6 range; write it like 203.0.113.0/24 or 2001:db8:1200::/40.",
    );
    const many = Array.from({ length: 101 }, (_, i) => `81.${i}.0.0/16`).join("\n");
    expect(checkRangeList(many, PUBLIC)).toMatchObject({ ok: false, problems: [{ message: "at most 100 ranges per licence" }] });
  });

  it("rangeContains: IPv4, IPv6 and IPv4-mapped addresses", () => {
    expect(rangeContains("127.0.0.2/32", "127.0.0.2")).toBe(true);
    expect(rangeContains("127.0.0.2/32", "::ffff:127.0.0.2")).toBe(true);
    expect(rangeContains("127.0.0.2/32", "127.0.0.3")).toBe(false);
    expect(rangeContains("2a00:1450::/32", "2a00:1450:4001::5")).toBe(true);
    expect(rangeContains("2a00:1450::/32", "81.2.69.1")).toBe(false);
    expect(rangeContains("2a00:1450::/32", "unknown")).toBe(false);
  });
});
