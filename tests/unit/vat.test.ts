import { describe, expect, it } from "vitest";
import { BUYER_COUNTRIES, checkTaxId } from "../../lib/billing/vat.ts";

describe("buyer tax IDs (invoice billing)", () => {
  it("accepts real VAT numbers with or without the country prefix, spaces or dots, and names the Stripe type", () => {
    expect(checkTaxId("DE", "DE136695976")).toEqual({ ok: true, type: "eu_vat", value: "DE136695976" });
    expect(checkTaxId("DE", "136 695 976")).toEqual({ ok: true, type: "eu_vat", value: "DE136695976" });
    expect(checkTaxId("BE", "BE0411.905.847")).toEqual({ ok: true, type: "eu_vat", value: "BE0411905847" });
    expect(checkTaxId("GR", "094259216")).toEqual({ ok: true, type: "eu_vat", value: "EL094259216" });
    expect(checkTaxId("GB", "GB980780684")).toEqual({ ok: true, type: "gb_vat", value: "GB980780684" });
    expect(checkTaxId("US", "12-3456789")).toEqual({ ok: true, type: "us_ein", value: "12-3456789" });
  });
  it("refuses a wrong check digit, another country's number, a malformed number and an unsupported country, each with its reason", () => {
    expect(checkTaxId("DE", "DE123456789")).toMatchObject({ ok: false, message: expect.stringContaining("check digit") });
    expect(checkTaxId("FR", "DE136695976")).toMatchObject({ ok: false, message: expect.stringContaining("from Germany, not France") });
    expect(checkTaxId("FR", "FR12")).toMatchObject({ ok: false, message: expect.stringContaining("not a France VAT number") });
    expect(checkTaxId("US", "1234")).toMatchObject({ ok: false, message: expect.stringContaining("nine digits") });
    expect(checkTaxId("OTHER", "123")).toMatchObject({ ok: false });
    expect(checkTaxId("ZZ", "123")).toMatchObject({ ok: false, message: "Please choose your country." });
  });
  it("lists every EU member state once, and 'another country' last", () => {
    const codes = BUYER_COUNTRIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(BUYER_COUNTRIES.filter((c) => c.stripeType === "eu_vat")).toHaveLength(27);
    expect(codes.at(-1)).toBe("OTHER");
  });
});
