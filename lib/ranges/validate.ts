// Office IP ranges (issue 18, decision 22): parsing and checking a licence's
// list, one range a line, with a maintained library (ipaddr.js). Pure: the
// caller passes the other licences' ranges and what this person may allow.
// Every refusal names its line, what was typed, and why.
import ipaddr from "ipaddr.js";

export type Family = 4 | 6;
export type CheckedRange = { cidr: string; family: Family; prefix: number; broad: boolean };
export type RangeProblem = { line: number; input: string; message: string };
export type OtherRange = { cidr: string; licence: string };
export type RangeCheckOptions = {
  /** Private, loopback, link-local and documentation ranges are refused unless the deployment is local or a test (config: rangesAllowPrivate). */
  allowPrivate: boolean;
  /** Broader than /16 (IPv4) or /32 (IPv6): only a newsroom admin's override allows it. */
  allowBroad: boolean;
  /** Every other licence's ranges: an overlap is refused. */
  others: OtherRange[];
  /** Name the other licence in the message (newsroom admins); licence admins are told only "another site licence". */
  nameOthers?: boolean;
};

/** The broadest range a licence may list without a newsroom admin's override. */
export const BROADEST_PREFIX: Record<Family, number> = { 4: 16, 6: 32 };
export const MAX_RANGES = 100;

/** Special ranges that are never a reader's address, local or not. */
const NEVER = new Set(["unspecified", "broadcast", "multicast", "ipv4Mapped", "rfc6145"]);
const KIND_WORDS: Record<string, string> = {
  private: "a private network range (RFC 1918)",
  loopback: "a loopback range (this machine)",
  linkLocal: "a link-local range",
  uniqueLocal: "a private (unique local) IPv6 range",
  carrierGradeNat: "a carrier-grade NAT range shared by many customers",
  reserved: "a reserved or documentation range",
  unspecified: "the unspecified address range",
  broadcast: "the broadcast address",
  multicast: "a multicast range",
  ipv4Mapped: "an IPv4-mapped IPv6 range (write it as IPv4)",
};

type Net = { addr: ipaddr.IPv4 | ipaddr.IPv6; prefix: number };

function parseNet(text: string): Net {
  const [addr, prefix] = ipaddr.parseCIDR(text);
  return { addr, prefix };
}

function overlaps(a: Net, b: Net): boolean {
  if (a.addr.kind() !== b.addr.kind()) return false;
  // Two CIDR blocks overlap exactly when one contains the other's first address.
  return a.addr.match([b.addr, b.prefix] as never) || b.addr.match([a.addr, a.prefix] as never);
}

/** The special-purpose ranges (ipaddr.js's table) that this range touches, by name. */
function specialKinds(n: Net): string[] {
  const table = (n.addr as unknown as { SpecialRanges: Record<string, [ipaddr.IPv4 | ipaddr.IPv6, number] | [ipaddr.IPv4 | ipaddr.IPv6, number][]> })
    .SpecialRanges;
  const out: string[] = [];
  for (const [name, value] of Object.entries(table)) {
    const list = (Array.isArray(value[0]) ? value : [value]) as [ipaddr.IPv4 | ipaddr.IPv6, number][];
    if (list.some(([addr, prefix]) => overlaps(n, { addr, prefix }))) out.push(name);
  }
  return out;
}

/** One line: a CIDR range, or a single address (taken as /32 or /128). */
export function checkRange(input: string, o: RangeCheckOptions): { ok: true; range: CheckedRange } | { ok: false; message: string } {
  const text = input.trim();
  let net: Net;
  // ipaddr.js also reads old shorthand such as "81.2.69" (as 81.2.0.69); an office's range is written in full.
  const fourPart = /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(text);
  try {
    if (!text.includes(":") && !fourPart) throw new Error("not four-part");
    if (text.includes("/")) net = parseNet(text);
    else {
      const addr = ipaddr.parse(text);
      net = { addr, prefix: addr.kind() === "ipv4" ? 32 : 128 };
    }
  } catch {
    return { ok: false, message: "is not an IPv4 or IPv6 range; write it like 203.0.113.0/24 or 2001:db8:1200::/40" };
  }
  const family: Family = net.addr.kind() === "ipv4" ? 4 : 6;
  if (family === 6 && (net.addr as ipaddr.IPv6).isIPv4MappedAddress()) return { ok: false, message: `is ${KIND_WORDS.ipv4Mapped}` };
  if (net.prefix === 0) return { ok: false, message: "is /0, the whole internet" };
  const first =
    family === 4
      ? ipaddr.IPv4.networkAddressFromCIDR(text.includes("/") ? text : `${text}/32`)
      : ipaddr.IPv6.networkAddressFromCIDR(text.includes("/") ? text : `${text}/128`);
  const cidr = `${first.toString()}/${net.prefix}`;
  if (first.toString() !== net.addr.toString())
    return { ok: false, message: `has address bits beyond its /${net.prefix} prefix; the range that contains it is ${cidr}` };
  net = { addr: first, prefix: net.prefix };
  const broad = net.prefix < BROADEST_PREFIX[family];
  if (broad && !o.allowBroad)
    return {
      ok: false,
      message: `is broader than /${BROADEST_PREFIX[family]} (IPv${family}); an office network is smaller. A newsroom admin can allow a broader range`,
    };
  for (const kind of specialKinds(net)) {
    if (NEVER.has(kind) || !o.allowPrivate) {
      const what = KIND_WORDS[kind] ?? `a special-purpose range (${kind})`;
      return {
        ok: false,
        message: NEVER.has(kind) ? `is ${what}, never a reader's address` : `is or includes ${what}; list the office's public addresses, as websites see them`,
      };
    }
  }
  for (const other of o.others) {
    let theirs: Net;
    try {
      theirs = parseNet(other.cidr);
    } catch {
      continue;
    }
    if (overlaps(net, theirs))
      return { ok: false, message: `overlaps ${other.cidr}, which belongs to ${o.nameOthers ? other.licence : "another site licence"}` };
  }
  return { ok: true, range: { cidr, family, prefix: net.prefix, broad } };
}

/** A whole list, one range a line (blank lines and "# comments" are skipped). All or nothing: any problem, and none are saved. */
export function checkRangeList(text: string, o: RangeCheckOptions): { ok: true; ranges: CheckedRange[] } | { ok: false; problems: RangeProblem[] } {
  const lines = text.split(/\r?\n/);
  const problems: RangeProblem[] = [];
  const ranges: (CheckedRange & { line: number })[] = [];
  lines.forEach((raw, i) => {
    const input = raw.replace(/#.*$/, "").trim();
    if (!input) return;
    const line = i + 1;
    const r = checkRange(input, o);
    if (!r.ok) return void problems.push({ line, input, message: r.message });
    const twin = ranges.find((x) => overlaps(parseNet(x.cidr), parseNet(r.range.cidr)));
    if (twin) return void problems.push({ line, input, message: `overlaps ${twin.cidr} on line ${twin.line}` });
    ranges.push({ ...r.range, line });
  });
  if (ranges.length + problems.length > MAX_RANGES) problems.push({ line: 0, input: "", message: `at most ${MAX_RANGES} ranges per licence` });
  if (problems.length) return { ok: false, problems };
  return { ok: true, ranges: ranges.map(({ line: _l, ...r }) => r) };
}

/** One sentence per problem, for the form. */
export function describeProblems(problems: RangeProblem[]): string {
  return problems.map((p) => (p.line ? `Line ${p.line} (${p.input}) ${p.message}.` : `${p.message[0].toUpperCase()}${p.message.slice(1)}.`)).join(" ");
}

/** Is the address inside the range? (Both as text; false for anything unparsable or of the other family.) */
export function rangeContains(cidr: string, address: string): boolean {
  try {
    let a = ipaddr.parse(address);
    if (a.kind() === "ipv6" && (a as ipaddr.IPv6).isIPv4MappedAddress()) a = (a as ipaddr.IPv6).toIPv4Address();
    const n = parseNet(cidr);
    return a.kind() === n.addr.kind() && a.match([n.addr, n.prefix] as never);
  } catch {
    return false;
  }
}
