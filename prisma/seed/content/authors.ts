export const authors = [
  {
    slug: "dana-whitcomb",
    name: "Dana Whitcomb",
    bio: "Dana Whitcomb covers the Court of International Trade and the Federal Circuit, reading every slip opinion so subscribers don't have to. Before joining Trade Law Daily she clerked for a customs litigation boutique in New York.",
  },
  {
    slug: "marcus-ellery",
    name: "Marcus Ellery",
    bio: "Marcus Ellery reports on sanctions and export controls, tracking OFAC designations, Entity List additions and enforcement settlements. He previously covered national security policy for a Washington newsletter.",
  },
  {
    slug: "priya-ranganathan",
    name: "Priya Ranganathan",
    bio: "Priya Ranganathan writes about Customs and Border Protection: classification and valuation rulings, forced-labor enforcement and the day-to-day mechanics of entry. She is a licensed customs broker.",
  },
  {
    slug: "theo-castellanos",
    name: "Theo Castellanos",
    bio: "Theo Castellanos follows antidumping and countervailing duty proceedings at the Commerce Department and the International Trade Commission, from petition to final order.",
  },
  {
    slug: "judith-okafor",
    name: "Judith Okafor",
    bio: "Judith Okafor covers tariff policy, the U.S. Trade Representative and trade legislation on Capitol Hill, with a focus on Section 301 and Section 232 actions and their exclusion processes.",
  },
];
