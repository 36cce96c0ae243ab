import type { SeedTopic } from "./types";

export const topics: SeedTopic[] = [
  {
    slug: "tariffs",
    name: "Tariffs",
    description: "Section 301, Section 232 and other special duties: new actions, exclusions, refunds and the litigation they generate.",
  },
  {
    slug: "classification",
    name: "Classification",
    description: "Tariff classification under the Harmonized Tariff Schedule, from CBP binding rulings to heading-by-heading disputes in court.",
  },
  {
    slug: "valuation",
    name: "Valuation",
    description: "Customs value questions including first-sale pricing, assists, related-party transfer prices, royalties and undervaluation penalties.",
  },
  {
    slug: "origin",
    name: "Origin",
    description: "Country-of-origin determinations, substantial transformation, marking rules and preferential origin under free trade agreements.",
  },
  {
    slug: "ad-cvd",
    name: "Antidumping & Countervailing Duties",
    description: "Petitions, investigations, orders, administrative reviews, scope and circumvention rulings, and evasion cases under AD/CVD law.",
  },
  {
    slug: "cit",
    name: "Court of International Trade",
    description: "Opinions, orders and new complaints at the U.S. Court of International Trade in New York.",
  },
  {
    slug: "cafc",
    name: "Court of Appeals for the Federal Circuit",
    description: "Appeals from the Court of International Trade and the ITC decided by the U.S. Court of Appeals for the Federal Circuit.",
  },
  {
    slug: "cbp",
    name: "Customs and Border Protection",
    description: "CBP rulings, guidance, enforcement actions, withhold release orders, EAPA evasion findings and penalty cases.",
  },
  {
    slug: "commerce",
    name: "Commerce Department",
    description: "Import Administration work at the Commerce Department, including trade remedy determinations and Section 232 exclusions.",
  },
  {
    slug: "ustr",
    name: "U.S. Trade Representative",
    description: "USTR trade actions, Section 301 investigations and exclusion processes, and trade agreement implementation.",
  },
  {
    slug: "itc",
    name: "International Trade Commission",
    description: "ITC injury votes in AD/CVD cases, Section 337 patent investigations and economic reports.",
  },
  {
    slug: "ofac",
    name: "Treasury / OFAC",
    description: "Designations, general licenses, guidance and civil penalties from the Treasury Department's Office of Foreign Assets Control.",
  },
  {
    slug: "bis",
    name: "Bureau of Industry and Security",
    description: "Entity List additions, Export Administration Regulations rules, denial orders and enforcement by Commerce's BIS.",
  },
  {
    slug: "sanctions",
    name: "Sanctions",
    description: "U.S. economic sanctions programs and the human rights, forced labor and national security measures that shape them.",
  },
  {
    slug: "export-controls",
    name: "Export Controls",
    description: "Licensing requirements, end-use and end-user controls, compliance programs and enforcement for exports and reexports.",
  },
];
