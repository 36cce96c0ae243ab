// Buyer tax IDs for invoice billing. VAT numbers of the countries jsvat knows
// (the EU, the UK, Switzerland, Norway) are checked for format AND check
// digit by jsvat (docs/decisions/0027-invoice-billing.md); a US EIN by its
// two-plus-seven-digit form. The result names the Stripe tax-ID type the
// number is stored under on the customer.
import { checkVAT, countries as vatCountries } from "jsvat";

export type BuyerCountry = { code: string; name: string; stripeType: "eu_vat" | "gb_vat" | "ch_vat" | "no_vat" | "us_ein" | null };

const EU: [string, string][] = [
  ["AT", "Austria"],
  ["BE", "Belgium"],
  ["BG", "Bulgaria"],
  ["HR", "Croatia"],
  ["CY", "Cyprus"],
  ["CZ", "Czechia"],
  ["DK", "Denmark"],
  ["EE", "Estonia"],
  ["FI", "Finland"],
  ["FR", "France"],
  ["DE", "Germany"],
  ["GR", "Greece"],
  ["HU", "Hungary"],
  ["IE", "Ireland"],
  ["IT", "Italy"],
  ["LV", "Latvia"],
  ["LT", "Lithuania"],
  ["LU", "Luxembourg"],
  ["MT", "Malta"],
  ["NL", "Netherlands"],
  ["PL", "Poland"],
  ["PT", "Portugal"],
  ["RO", "Romania"],
  ["SK", "Slovakia"],
  ["SI", "Slovenia"],
  ["ES", "Spain"],
  ["SE", "Sweden"],
];

const LIST: BuyerCountry[] = [
  { code: "US", name: "United States", stripeType: "us_ein" },
  { code: "GB", name: "United Kingdom", stripeType: "gb_vat" },
  ...EU.map(([code, name]) => ({ code, name, stripeType: "eu_vat" as const })),
  { code: "CH", name: "Switzerland", stripeType: "ch_vat" },
  { code: "NO", name: "Norway", stripeType: "no_vat" },
  { code: "OTHER", name: "Another country (no tax ID)", stripeType: null },
];

export const BUYER_COUNTRIES: BuyerCountry[] = LIST.sort((a, b) => (a.code === "OTHER" ? 1 : b.code === "OTHER" ? -1 : a.name.localeCompare(b.name)));

export type TaxIdCheck = { ok: true; type: NonNullable<BuyerCountry["stripeType"]>; value: string } | { ok: false; message: string };

/** Check a buyer's tax ID for their country; the value returned is normalised (no spaces or dots, upper case). */
export function checkTaxId(countryCode: string, raw: string): TaxIdCheck {
  const country = BUYER_COUNTRIES.find((c) => c.code === countryCode);
  if (!country) return { ok: false, message: "Please choose your country." };
  if (!country.stripeType)
    return { ok: false, message: "We can record tax IDs for the US, the UK, the EU, Switzerland and Norway only; leave the field empty." };
  const compact = raw.replace(/[\s.-]/g, "").toUpperCase();
  if (country.stripeType === "us_ein") {
    if (!/^\d{9}$/.test(compact)) return { ok: false, message: "A US EIN has nine digits, written 12-3456789." };
    return { ok: true, type: "us_ein", value: `${compact.slice(0, 2)}-${compact.slice(2)}` };
  }
  // The country prefix is part of a VAT number (Greece uses EL); add it if the buyer left it out.
  const prefix = country.code === "GR" ? "EL" : country.code;
  const withPrefix = /^[A-Z]{2}/.test(compact) ? compact : `${prefix}${compact}`;
  const result = checkVAT(withPrefix, vatCountries);
  const found = result.country?.isoCode.short;
  if (!result.isValidFormat || !found) return { ok: false, message: `That is not a ${country.name} VAT number (it should start with ${prefix}).` };
  if (found !== country.code) {
    return { ok: false, message: `That VAT number is from ${result.country?.name}, not ${country.name}. Please check the country.` };
  }
  if (!result.isValid) return { ok: false, message: `That ${country.name} VAT number does not pass its check digit. Please check it for a typo.` };
  return { ok: true, type: country.stripeType, value: withPrefix };
}
