import type { SeedArticle } from "./types";

export const articles: SeedArticle[] = [
  {
    publicId: "2006150012",
    publishedAt: "2020-06-15T09:40:00-04:00",
    headline: "CBP Detains Hand-Knotted Rugs From Fujian Workshop Over Prison Labor Evidence",
    teaser:
      "U.S. Customs and Border Protection will hold hand-knotted wool rugs made by a workshop in China's Fujian province after concluding that available information reasonably indicates the rugs are made with prison labor, the agency said June 12. The withhold release order took effect immediately at all ports of entry and reaches shipments already on the water.",
    body: `The order covers rugs manufactured by **Putian Silkroad Carpet Works** and any affiliated weaving sites. CBP said its investigation, which drew on nongovernmental reporting and trade data, found indicators of forced labor identified by the International Labour Organization, including work performed under menace of penalty and restriction of movement.

Importers whose rugs are detained have three months to either re-export the goods or show that the merchandise was not made with forced labor. Under 19 CFR 12.43, that showing requires:

- a certificate of origin signed by the foreign seller or owner, and
- a detailed statement from the importer describing its efforts to trace the supply chain and establish how the rugs were made.

Trade data suggest the workshop shipped to at least a dozen U.S. home furnishings retailers last year, mostly through consolidators in Xiamen. Customs brokers said several entries were already sitting in ports on the West Coast when the order issued.

> "Imports produced with forced labor undercut law-abiding businesses and the workers they employ," a CBP spokesperson said.

It is the agency's fifth withhold release order of 2020. CBP has said it is drawing on a growing number of allegations submitted by advocacy groups and industry, and that it expects more orders this year.`,
    topics: ["cbp"],
    authors: ["Priya Ranganathan"],
    documents: [],
  },
  {
    publicId: "2006150037",
    publishedAt: "2020-06-15T13:05:00-04:00",
    headline: "Bicycle Importers Press USTR to Extend Expiring Section 301 Exclusions",
    teaser:
      "A coalition of bicycle and parts importers asked the U.S. Trade Representative to extend Section 301 exclusions for derailleurs, hub assemblies and carbon-fiber frames that are set to lapse later this year, arguing that domestic production of the components remains negligible and that pandemic-driven demand for bicycles has made the duties especially costly.",
    body: `In a letter sent June 12, the group said its members import roughly 80 percent of the shifters, derailleurs and hubs used by U.S. bicycle assemblers from China or from Chinese-owned plants, and that qualifying alternative suppliers in Taiwan and Vietnam would take at least 18 months.

The exclusions at issue were granted last year from the first tranche of the Section 301 action, which imposed 25 percent duties on about $34 billion of Chinese goods. Unless USTR acts, those exclusions will expire on their one-year anniversary and importers will again owe the full additional duty.

USTR has so far extended a portion of expiring exclusions after soliciting public comment, but it has declined others where commenters showed that sourcing had shifted out of China. The agency evaluates, among other things, whether the product remains available only from China, efforts made since the original exclusion to find other sources, and the impact on U.S. interests.

The importers also asked USTR to clarify that the exclusions cover frames shipped with headsets and seatposts already installed, a question that they said has produced inconsistent treatment by CBP at different ports. Several members reported filing protests after entries were liquidated without the exclusion.

The letter comes as bike shops report record spring sales and long backorders, a trend the group said would push more consumers toward imported complete bicycles if component costs rise further.`,
    topics: ["tariffs", "ustr"],
    authors: ["Judith Okafor"],
    documents: [],
  },
  {
    publicId: "2006160021",
    publishedAt: "2020-06-16T10:20:00-04:00",
    headline: "CIT Remands Surrogate Value for Wire Rod in Steel Nail Dumping Review",
    teaser:
      "The Court of International Trade sent the Commerce Department back to reconsider how it valued steel wire rod in an administrative review of the antidumping duty order on steel nails from China, finding the agency never explained why it picked Romanian import data that included specialty grades the Chinese exporter does not use.",
    body: `The June 15 opinion came in a suit brought by exporter **Tianjin Hongli Hardware Co.**, which received a 33.8 percent margin in the review. Wire rod accounts for the bulk of the cost of making a nail, so the surrogate value choice largely drove the result.

Commerce had chosen Romania as the primary surrogate country and valued rod using Romanian import statistics under a basket subheading. Hongli argued that the category was distorted by high-priced alloy and tire-cord grades, and it offered Malaysian data limited to low-carbon rod.

The court agreed that Commerce did not engage with that argument. Although Commerce has discretion to choose among imperfect data sets, it must address evidence that detracts from its choice, the court said, and the agency's one-sentence response that the Romanian data were "broad market averages" did not explain why specificity mattered less than breadth here.

The court sustained Commerce on two other issues:

- its decision to treat Hongli's plastic collating strips as direct materials rather than packing; and
- its use of a Romanian producer's financial statements to calculate overhead and profit ratios.

Commerce has 90 days to file its remand redetermination. If the agency adopts the Malaysian data, counsel for Hongli estimated the margin could fall below 10 percent, which would also lower the rate for separate-rate companies tied to the respondents' average.`,
    topics: ["cit", "ad-cvd"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
  {
    publicId: "2006160044",
    publishedAt: "2020-06-16T14:30:00-04:00",
    headline: "Exporters Race to Screen Chinese Customers Before Military End-Use Rule Takes Effect",
    teaser:
      "With less than two weeks before the Bureau of Industry and Security's expanded military end-use and end-user controls take effect June 29, exporters of electronics, aerospace parts and industrial software are reviewing customer lists in China, Russia and Venezuela and rewriting certification language to catch buyers that support military production.",
    body: `The April rule broadens the long-standing military end-use restriction in Section 744.21 of the Export Administration Regulations in several ways. It adds China to the end-user prong that previously applied only to Russia and Venezuela, expands the list of covered Export Control Classification Numbers, and defines military end use to include items that *support or contribute to* the operation, maintenance or production of military items.

Compliance teams say the last change is the most difficult to operationalize because it can reach civilian companies that also supply defense programs. Unlike the Entity List, there is no published roster of military end users, so exporters must rely on their own due diligence and on red flags such as customer websites, ownership and the nature of the ordered items.

The rule also eliminates the exemption from Electronic Export Information filing for low-value shipments to the three countries, regardless of the value, and BIS separately removed License Exception CIV, which had allowed certain national security-controlled items to go to civil end users without a license.

Trade groups asked BIS in May to delay the effective date, but the agency has given no indication it will do so. Several exporters said they are putting shipments to Chinese distributors on hold until end-user statements are updated.

Practitioners recommend documenting the screening performed for each transaction, since BIS enforcement policy gives weight to a company's good-faith compliance efforts when violations occur.`,
    topics: ["bis", "export-controls"],
    authors: ["Marcus Ellery"],
    documents: [],
  },
  {
    publicId: "2006170019",
    publishedAt: "2020-06-17T09:15:00-04:00",
    headline: "Apparel Importer Sues After CBP Rejects First-Sale Valuation",
    teaser:
      "A women's apparel importer asked the Court of International Trade to overturn CBP's refusal to let it value garments on the price paid by its Hong Kong middleman to Chinese factories, arguing the agency demanded documentation far beyond what the first-sale rule requires and ignored evidence that the factory sales were clearly destined for the U.S.",
    body: `**Harlow & Finch Apparel Group** filed suit June 16 after CBP denied protests covering 212 entries made in 2018 and 2019. The company had declared value based on the first sale, from the factories to its vendor, Pacific Crest Trading Ltd., rather than on the higher price it paid Pacific Crest.

Under the rule the Federal Circuit adopted in *Nissho Iwai*, an earlier sale in a multi-tiered transaction may serve as the basis for transaction value if it is a bona fide sale, the goods are clearly destined for export to the U.S. at the time of that sale, and the sale was made at arm's length.

According to the complaint, CBP's import specialist accepted that the goods were clearly destined for the U.S., since the garments carried the importer's labels and U.S. size charts. But the agency concluded Pacific Crest had not shown it took title and risk of loss from the factories, pointing to purchase orders that did not specify delivery terms.

Harlow & Finch says it produced payment records, factory invoices and a declaration from Pacific Crest's managing director showing that the vendor bore the risk of loss while goods moved from factory to port. The complaint argues CBP effectively required a separate freight contract for every shipment, a standard found nowhere in its regulations or rulings.

The dispute is worth about $1.4 million in duties. First-sale claims have grown more common as importers look for lawful ways to reduce the base on which Section 301 duties are assessed.`,
    topics: ["valuation", "cit"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
  {
    publicId: "2006170064",
    publishedAt: "2020-06-17T17:45:00-04:00",
    headline: "Trump Signs Uighur Rights Law Requiring Sanctions Over Xinjiang Abuses",
    teaser:
      "President Donald Trump signed the Uyghur Human Rights Policy Act into law June 17, directing the administration to identify and sanction Chinese officials and others responsible for the detention and abuse of Uighurs and other Muslim minorities in Xinjiang. The bill passed the Senate without objection in May and cleared the House by a 413-1 vote.",
    body: `Section 6 of the law requires the president, within 180 days and at least annually after that, to report to Congress on foreign persons, including Chinese government officials, responsible for torture, prolonged detention without trial, abductions and other flagrant denials of the right to life, liberty or security of persons in the Xinjiang Uyghur Autonomous Region.

For each person identified, the law calls for two sanctions:

- blocking of property and interests in property under the International Emergency Economic Powers Act; and
- ineligibility for U.S. visas and admission.

The president may waive sanctions on national interest grounds after certifying to Congress. Because the sanctions target people and entities rather than products, the law does not itself restrict imports from the region; import bans remain a matter for CBP under the forced-labor statute.

The law does not name anyone for sanctions, though its findings criticize the region's Communist Party secretary and a former deputy party secretary for designing the detention policy. It also requires reports from the State Department on the scope of detentions and forced labor, from the FBI on harassment of Uighurs living in the U.S., and a classified assessment from the Director of National Intelligence.

Trade practitioners said the reporting provisions could feed into CBP's forced-labor investigations and future Entity List actions, since agencies will have to document which entities in the region are implicated in detention and labor programs.`,
    topics: ["sanctions"],
    authors: ["Marcus Ellery", "Judith Okafor"],
    documents: ["uyghur-human-rights-policy-act-2020"],
  },
  {
    publicId: "2006180026",
    publishedAt: "2020-06-18T10:05:00-04:00",
    headline: "Commerce Opens Circumvention Inquiry Into Utility Carts Finished in Cambodia",
    teaser:
      "The Commerce Department self-initiated an anticircumvention inquiry into whether steel utility carts assembled in Cambodia from Chinese frames, shelves and casters are evading the antidumping and countervailing duty orders on carts from China, citing a sharp rise in Cambodian exports that began weeks after the orders took effect.",
    body: `In its initiation notice, Commerce said U.S. imports of carts from Cambodia grew from almost nothing in 2017 to more than $40 million in 2019, while imports from China fell by a similar amount. At least two Cambodian exporters share owners with Chinese producers covered by the orders, the agency said.

The inquiry will apply the statutory test for merchandise completed or assembled in a third country, which asks whether:

- the merchandise sold in the U.S. is of the same class or kind as the merchandise subject to the orders;
- it is completed or assembled in a third country from parts produced in the country subject to the orders;
- the process of assembly or completion is *minor or insignificant*; and
- the value of the Chinese parts is a significant portion of the total value of the finished cart.

Commerce will also consider the pattern of trade, affiliation and whether imports of parts into Cambodia rose after the orders were imposed.

Self-initiation is unusual; most inquiries start with a request from the domestic industry. Commerce said it acted on its own because the import data presented a "compelling" pattern. The agency aims to issue a final determination within 300 days.

If Commerce makes an affirmative preliminary finding, it will instruct CBP to suspend liquidation and collect cash deposits on Cambodian carts, potentially at the China-wide rate of 190.7 percent for exporters that cannot certify that their carts contain no Chinese components.`,
    topics: ["ad-cvd", "commerce"],
    authors: ["Theo Castellanos"],
    documents: [],
  },
  {
    publicId: "2006180049",
    publishedAt: "2020-06-18T15:10:00-04:00",
    headline: "Freight Forwarder Pays $615,000 to Settle Iran Sanctions Violations",
    teaser:
      "A Houston-based freight forwarder agreed to pay $615,000 to settle potential civil liability for arranging 37 ocean shipments of oilfield equipment that ended up in Iran, the Treasury Department's Office of Foreign Assets Control said June 17. OFAC found the violations non-egregious but faulted the company for ignoring warning signs about a Dubai consignee.",
    body: `According to OFAC's enforcement release, **Coastal Bridge Logistics Inc.** booked the shipments between 2015 and 2017 for a U.S. exporter of valves and pumps. The goods were consigned to a trading company in the United Arab Emirates that then forwarded them to end users in Iran's petrochemical sector.

OFAC said the company's employees received emails referring to Bandar Abbas as the final port and invoices with Farsi notations, but did not escalate the information to compliance staff. The maximum civil penalty was more than $10 million; the base penalty was about $1.2 million.

Aggravating factors cited by OFAC included the company's reason to know of the Iranian destination and the harm to the sanctions program's objectives. Mitigating factors included:

- no prior OFAC penalty in the preceding five years;
- cooperation, including tolling agreements and a voluntary internal review; and
- remedial steps such as screening software that flags sanctioned ports in shipping documents.

The case adds to a series of OFAC actions aimed at logistics providers, which the agency has repeatedly urged to adopt risk-based compliance programs. OFAC's 2019 compliance framework identifies reliance on third-country intermediaries as a recurring root cause of violations.

The exporter was not named in the release. Coastal Bridge did not admit or deny the findings.`,
    topics: ["ofac", "sanctions"],
    authors: ["Marcus Ellery"],
    documents: [],
  },
  {
    publicId: "2006190015",
    publishedAt: "2020-06-19T09:30:00-04:00",
    headline: "ITC Votes to Continue Probes of Steel Cable Trays From Indonesia",
    teaser:
      "The International Trade Commission found a reasonable indication that U.S. producers of steel cable tray systems are materially injured by imports from Indonesia, allowing the Commerce Department to continue its antidumping and countervailing duty investigations. Commissioners voted unanimously in the preliminary phase on June 18.",
    body: `The petitions, filed in early May by the **American Cable Tray Alliance**, allege dumping margins of up to 86 percent and a range of subsidies, including hot-rolled steel provided by a state-owned mill at below-market prices.

Cable trays are open metal channels used to route and support electrical and data cables in commercial buildings, data centers and industrial plants. Petitioners say imports from Indonesia grew by more than 150 percent between 2017 and 2019, capturing projects that domestic producers had historically supplied.

The Indonesian respondents argued that imports were concentrated in wire mesh trays, a segment where U.S. producers have limited capacity, and asked the commission to find two separate like products. The ITC declined, at least for the preliminary phase, defining a single like product covering all tray types.

Next steps:

- Commerce's preliminary countervailing duty determination is due in early July;
- its preliminary antidumping determination is scheduled for September; and
- the commission will hold its final-phase hearing after Commerce's final determinations.

Importers who source cable trays from Indonesia should expect cash deposit requirements to begin once the preliminary subsidy determination is published, practitioners said.`,
    topics: ["itc", "ad-cvd"],
    authors: ["Theo Castellanos"],
    documents: [],
  },
  {
    publicId: "2006190042",
    publishedAt: "2020-06-19T14:15:00-04:00",
    headline: "Lawmakers Urge CBP to Step Up Forced-Labor Enforcement on Xinjiang Goods",
    teaser:
      "A bipartisan group of House members asked CBP to explain how it will use new information generated under the just-enacted Uyghur Human Rights Policy Act to stop goods made with forced labor in Xinjiang from entering the U.S. (see 2006170064). The letter asks for a list of pending petitions and the staff assigned to review them.",
    body: `The June 18 letter, signed by 17 members of the House Ways and Means and Foreign Affairs committees, says CBP has acted on only a handful of the allegations involving the region despite what the lawmakers called extensive public evidence of labor transfer programs supplying Chinese factories.

The lawmakers asked the agency to answer several questions within 30 days:

1. How many allegations involving Xinjiang are pending and how long they have been under review;
2. Whether CBP considers a regionwide withhold release order for particular commodities, such as cotton and tomato products, to be legally permissible;
3. How the agency coordinates with the State Department, which must now report on forced labor in the region; and
4. Whether CBP needs more funding or statutory authority.

CBP can issue withhold release orders under Section 307 of the Tariff Act when information reasonably but not conclusively indicates that merchandise is made with forced labor. Orders have traditionally targeted a specific producer, but agency officials have publicly said broader orders are being examined.

A CBP spokesperson said the agency received the letter and will respond directly to the members. Importers in apparel and home textiles say they are already requesting supplier declarations tracing cotton back to the gin, anticipating tighter scrutiny at the border.`,
    topics: ["cbp", "sanctions"],
    authors: ["Judith Okafor"],
    documents: [],
  },
  {
    publicId: "2006220023",
    publishedAt: "2020-06-22T10:00:00-04:00",
    headline: "Pipe Importer Challenges Commerce's Section 232 Exclusion Denials at CIT",
    teaser:
      "A Texas distributor of seamless line pipe sued the Commerce Department at the Court of International Trade, claiming the agency denied its Section 232 tariff exclusion requests based on objections from a domestic mill that could not actually make the sizes requested within the time Commerce's own rules require.",
    body: `**Gulf Plains Tubular Supply LLC** says it filed 46 exclusion requests in 2019 for large-diameter seamless pipe used in natural gas gathering systems. Commerce denied all of them after a U.S. producer objected, asserting that it could supply the products.

Under Commerce's exclusion regulations, an objector must show it can make the product in the quantity requested and deliver it within eight weeks, or demonstrate that it can deliver faster than the foreign source. Gulf Plains alleges the objector's own submissions showed lead times of 16 to 20 weeks for the sizes at issue and that Commerce never addressed the discrepancy.

The complaint argues the denials were arbitrary and capricious under the Administrative Procedure Act and asks the court to order Commerce to reconsider them. It also challenges Commerce's practice of treating the objector's statements of capacity as sufficient without supporting evidence.

The case joins a growing docket of exclusion challenges. In earlier cases, the government has agreed to voluntary remands after the court questioned whether Commerce considered all the record evidence. Attorneys for importers say the remands have led to some exclusions being granted, but often only after the importer paid the 25 percent duty for a year or more.

Gulf Plains estimates it has paid $3.7 million in Section 232 duties on the pipe and seeks refunds on any entries covered by exclusions granted on remand.`,
    topics: ["tariffs", "cit", "commerce"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
  {
    publicId: "2006220058",
    publishedAt: "2020-06-22T15:40:00-04:00",
    headline: "USTR Seeks Comment on Extending Section 301 Exclusions for Industrial Parts",
    teaser:
      "The U.S. Trade Representative opened a 30-day comment period on whether to extend dozens of Section 301 exclusions covering industrial components from China, including hydraulic fittings and motor controllers, a step importers had urged as the first round of exclusions from the $200 billion list approaches its August expiration (see 2006150037).",
    body: `The notice lists exclusions covering about 80 product descriptions and asks commenters to address whether the products remain available only from China, whether they have tried to shift sourcing, and how reimposing duties would affect them.

USTR said it will evaluate each exclusion individually. Commenters must use the agency's online portal and can respond to others' comments during a rebuttal period.

The notice comes as USTR continues to rule on outstanding exclusion requests from the third tranche of the Section 301 action, which carries a 25 percent duty. Exclusions granted from that list run retroactively to September 24, 2018, but all expire on August 7, 2020, unless extended.

Practitioners said importers should document:

- specific efforts to qualify suppliers outside China, including quotes and test results;
- lead times and minimum order quantities from any alternative suppliers; and
- the share of total costs represented by the excluded product.

Trade associations representing machinery makers said many of their members depend on Chinese components for legacy equipment designs that would need costly re-engineering to accommodate other parts. USTR is expected to announce which exclusions it will extend shortly before the expiration date.`,
    topics: ["ustr", "tariffs"],
    authors: ["Judith Okafor"],
    documents: [],
  },
  {
    publicId: "2006230016",
    publishedAt: "2020-06-23T09:20:00-04:00",
    headline: "Commerce Finds Dumping of Chinese Modular Steel Workbenches, Sets China-Wide Rate at 138%",
    teaser:
      "The Commerce Department made a final affirmative determination that modular steel workbenches from China are sold in the U.S. at less than fair value, setting margins of 47.91 percent and 63.20 percent for the two mandatory respondents and 138.45 percent for the China-wide entity, according to a notice released June 22.",
    body: `The final margins are close to those announced in February's preliminary determination, although Commerce lowered the rate for **Ningbo Huayue Tools** slightly after revising the surrogate value for hot-rolled steel sheet, which it now bases on Malaysian import data instead of Romanian figures.

Rates in the final determination:

- Ningbo Huayue Tools Co., Ltd.: 47.91 percent
- Qingdao Strongarm Industrial Co., Ltd.: 63.20 percent
- Separate-rate companies: 55.56 percent
- China-wide entity: 138.45 percent

Because of pandemic travel restrictions, Commerce did not send verifiers to China and instead relied on written questionnaires, an approach it has adopted in several recent cases. Respondents argued that the substitute was inadequate and that Commerce should have accepted their reported data without adjustment; the agency rejected both points in its issues and decision memorandum.

The petitioner, the Coalition of American Workbench Manufacturers, said in a statement that the determination confirms that unfairly priced imports have cost U.S. jobs in Ohio, Michigan and Tennessee.

The case now returns to the International Trade Commission, which must make its final injury determination within 45 days. If the ITC votes in the affirmative, Commerce will issue an order and CBP will collect cash deposits at the final rates. Importers have been posting deposits at the preliminary rates since February.`,
    topics: ["ad-cvd", "commerce"],
    authors: ["Theo Castellanos"],
    documents: ["commerce-a-570-139-workbenches-final"],
  },
  {
    publicId: "2006230039",
    publishedAt: "2020-06-23T13:50:00-04:00",
    headline: "CBP Guidance Reminds Importers to Declare Molds Supplied to Overseas Factories as Assists",
    teaser:
      "CBP issued informed-compliance guidance reminding importers that molds, dies and tooling they provide free or at reduced cost to foreign manufacturers must be added to the customs value of the resulting goods, and that the value must be apportioned in a reasonable manner consistent with generally accepted accounting principles.",
    body: `The guidance, posted June 22, responds to what the agency described as a recurring pattern of undeclared assists uncovered in audits of consumer products importers, particularly in plastics and footwear.

Under 19 U.S.C. 1401a, an assist includes materials, components, tools, dies and molds used in producing the imported merchandise, as well as certain engineering and design work performed outside the U.S. The value of an assist is added to the price actually paid or payable when it is not already included.

The guidance emphasizes three points:

- **Timing.** Importers may apportion the value of a mold over the first shipment, over the number of units produced up to the time of the first shipment, or over the entire anticipated production, but they must choose a method and apply it consistently.
- **Value.** If the importer bought the mold, its value is the acquisition cost plus transportation to the place of production; if the importer made it, its value is the cost of production.
- **Reporting.** Where the exact apportionment is unknown at entry, importers can use reconciliation to flag the value element and finalize it later.

CBP noted that importers who discover undeclared assists can file prior disclosures to limit penalty exposure. The agency also reminded importers that design work done in the U.S. is not a dutiable assist, a distinction that often determines how much must be added.`,
    topics: ["valuation", "cbp"],
    authors: ["Priya Ranganathan"],
    documents: [],
  },
  {
    publicId: "2006240031",
    publishedAt: "2020-06-24T10:30:00-04:00",
    headline: "Federal Circuit Says Solar Racking Assemblies Fall Within Aluminum Extrusion Orders",
    teaser:
      "Aluminum rail and clamp assemblies used to mount solar panels on rooftops are covered by the antidumping and countervailing duty orders on aluminum extrusions from China, the Court of Appeals for the Federal Circuit ruled June 23, affirming the Court of International Trade and rejecting the importer's argument that its packages qualified as excluded finished goods kits.",
    body: `The importer, **Sunfield Mounting Systems**, brought in rails, clamps and splice bars with fasteners, but bought the roof attachments and flashing in the U.S. It argued that those pieces were part of the roof rather than the racking system.

The three-judge panel disagreed. Citing Sunfield's own installation manuals, it said the attachments are integral components of the mounting system, which cannot hold panels to a roof without them. Because the packages lacked necessary parts at the time of entry, they could not meet the orders' definition of a finished goods kit, the court said.

The panel also rejected Sunfield's argument that Commerce departed from earlier scope rulings excluding curtain wall and window kits. Those rulings, the court said, involved packages containing every component of the finished product.

The decision adds to a long line of litigation over the scope of the aluminum extrusion orders, which date to 2011 and cover extrusions identified by reference to their end use, including parts of products assembled after importation. Commerce has issued dozens of scope rulings under the orders.

Solar installers have argued that the orders raise the cost of residential systems, but the court said such policy concerns could not override the plain language of the scope. Sunfield could seek rehearing, though such petitions are rarely granted.`,
    topics: ["cafc", "ad-cvd"],
    authors: ["Dana Whitcomb"],
    documents: ["cafc-2019-2143-sunfield"],
  },
  {
    publicId: "2006240057",
    publishedAt: "2020-06-24T16:05:00-04:00",
    headline: "BIS Issues Denial Order Against UAE Air Cargo Firm Over Aircraft Parts Diversion",
    teaser:
      "The Bureau of Industry and Security issued a 180-day temporary denial order against a Sharjah-based air cargo company and two of its managers, finding the firm was preparing to ship U.S.-origin aircraft engine parts to an Iranian airline. The order cuts the company off from all transactions involving items subject to the Export Administration Regulations.",
    body: `BIS said **Sirius Air Freight FZE** had arranged to move turbine blades and fuel control units purchased from a Florida parts broker through Dubai to an Iranian carrier already subject to a denial order. The agency's Office of Export Enforcement intercepted one shipment in Miami in May.

A temporary denial order is among the most powerful tools available to BIS. It may issue when the agency finds that an order is necessary to prevent an *imminent* violation, and it can be renewed in 180-day increments. Under the order, no person may:

- export, reexport or transfer items subject to the EAR to or on behalf of the denied parties;
- facilitate their acquisition of such items; or
- service items they own or control.

The order notes that the Iranian airline's fleet depends on Western-built aircraft that cannot be maintained without U.S.-origin parts, which makes aftermarket brokers a frequent target of procurement efforts.

Aviation parts brokers should screen against the Denied Persons List and be alert to red flags such as payments from unrelated third parties and requests to ship to freight forwarders rather than end users, export control lawyers said.

The denied parties may appeal the order to an administrative law judge. BIS said its investigation is continuing.`,
    topics: ["bis", "export-controls"],
    authors: ["Marcus Ellery"],
    documents: [],
  },
  {
    publicId: "2006250024",
    publishedAt: "2020-06-25T09:55:00-04:00",
    headline: "CIT Upholds CBP Evasion Finding in Vietnamese Plywood EAPA Case",
    teaser:
      "The Court of International Trade sustained CBP's determination under the Enforce and Protect Act that a California importer evaded antidumping and countervailing duties on hardwood plywood from China by entering Chinese panels declared as Vietnamese, finding substantial evidence supported the agency's conclusion despite its reliance on adverse inferences.",
    body: `The importer, **Pacific Veneer Supply Inc.**, argued that CBP violated its due process rights by withholding business-confidential information from the administrative record it relied on, including site visit reports from the Vietnamese factory.

The court rejected that argument. It noted that CBP had provided public summaries of the site visit findings, which showed that the factory lacked the hot presses and glue lines needed to produce the volume of plywood it supposedly exported. The court said Pacific Veneer had a meaningful opportunity to respond to those findings and chose not to submit production records.

The court also upheld CBP's use of adverse inferences after the Vietnamese manufacturer failed to answer questionnaires. Under the EAPA statute, CBP may apply adverse inferences when a party fails to cooperate to the best of its ability, the court said, and the importer bears the consequences when its supplier does not participate.

As a result of the decision, CBP will continue to treat the entries as subject to the plywood orders and assess duties at the China-wide rate. CBP had already extended liquidation and required cash deposits on the importer's entries while the investigation was pending.

EAPA investigations have grown steadily since the statute took effect in 2016, and the court's ruling is among the first to address the balance between confidentiality and the importer's right to respond to the evidence against it.`,
    topics: ["cit", "cbp", "ad-cvd"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
  {
    publicId: "2006250046",
    publishedAt: "2020-06-25T14:40:00-04:00",
    headline: "Commerce Rules Pneumatic-Tire Hand Trucks Fall Outside Utility Cart Orders",
    teaser:
      "Two-wheeled hand trucks with pneumatic tires are not covered by the antidumping and countervailing duty orders on steel utility carts from China, the Commerce Department said in a scope ruling that turns on the orders' requirement of a flat load-carrying platform. The decision arrives as Commerce probes assembly of carts in Cambodia (see 2006180026).",
    body: `The ruling responds to a request from **Hartwell Material Handling Inc.**, which imports convertible hand trucks that can be used upright or reconfigured with a small nose plate.

The orders cover utility carts with one or more shelves or trays of steel, on four or more casters, capable of carrying loads horizontally. Commerce found that the hand trucks, which carry loads on an upright frame and rest on two wheels when in use, do not meet that description. It also relied on the petition, which described carts as products used to move items on flat surfaces within a workplace.

The petitioner had argued that the hand trucks' convertible design allows them to function as four-wheeled carts. Commerce disagreed, finding that the auxiliary casters serve only to stabilize the truck when tilted back and that marketing materials describe the product as a hand truck.

Commerce applied the criteria in 19 CFR 351.225(k)(1), namely the description of the merchandise in the petition, the initial investigation and prior determinations. It found those sources dispositive and did not reach the broader (k)(2) factors.

Importers of similar products should not assume the ruling applies to them, practitioners cautioned, since scope rulings apply only to the specific merchandise described in the request. CBP will be instructed to lift suspension of liquidation on Hartwell's hand trucks and refund cash deposits.`,
    topics: ["ad-cvd", "commerce"],
    authors: ["Theo Castellanos"],
    documents: [],
  },
  {
    publicId: "2006260013",
    publishedAt: "2020-06-26T09:10:00-04:00",
    headline: "OFAC Authorizes 60-Day Wind-Down With Newly Designated Shipping Line",
    teaser:
      "The Treasury Department's Office of Foreign Assets Control issued a general license giving companies 60 days to wind down dealings with a Singapore-registered container line it designated for carrying Iranian petrochemicals. The license covers unloading cargo already in transit and paying port fees, but bars new bookings.",
    body: `OFAC designated **Straits Meridian Shipping Pte. Ltd.** and seven of its vessels on June 25, alleging the line concealed the origin of Iranian polyethylene by conducting ship-to-ship transfers and falsifying bills of lading.

The wind-down authorization is more generous than usual, a signal that OFAC recognized the line carries substantial legitimate cargo for shippers unaware of the concealment scheme. General License 8 authorizes U.S. persons, through August 24, to:

- offload and deliver cargo loaded before the designation;
- pay port, canal and agency fees for vessels already at sea; and
- provide emergency repairs and crew safety services.

Any payments to the blocked line must be made into a blocked account. The license does not permit new shipments, and U.S. persons must file reports with OFAC within 10 days of any transaction conducted under it.

The action follows OFAC's May advisory on deceptive maritime practices, which urged commodities traders, insurers and charterers to monitor vessels for disabled location transponders and other signs of sanctions evasion. Freight forwarders said they are moving bookings to other carriers and reviewing whether any containers on Straits Meridian vessels contain U.S.-origin goods subject to export controls.`,
    topics: ["ofac", "sanctions"],
    authors: ["Marcus Ellery"],
    documents: [],
  },
  {
    publicId: "2006260047",
    publishedAt: "2020-06-26T13:25:00-04:00",
    headline: "CBP Classifies Cordless Garment Steamer as Household Electrothermic Appliance",
    teaser:
      "A cordless handheld garment steamer belongs in the HTSUS provision for other electrothermic domestic appliances, dutiable at 2.7 percent, and not with ironing machines used in laundries, CBP said in a New York ruling that relies on the Explanatory Notes' treatment of household steam devices.",
    body: `The ruling, N312345, was requested by **Brightline Housewares** for its PressFree Go steamer, a battery-powered unit with a removable water tank and a 1,000-watt heating element.

Brightline proposed subheading 8451.30.00, covering ironing machines and presses. CBP said heading 8451 is limited to machinery of the kind used in laundries and in the clothing industry, and that the Explanatory Notes direct household steam appliances to heading 8516. It also found the steamer is not an electric smoothing iron, because it does not have a soleplate that presses against fabric.

The agency concluded that subheading 8516.79.00 applies. The steamer, made in China, may also be subject to Section 301 duties, and the ruling reminds Brightline that it must report the applicable Chapter 99 number at entry.

Classification of garment steamers has produced a steady stream of rulings as retailers introduce portable models marketed for travel. Earlier rulings reached the same result for corded models, and this ruling confirms that the battery power source does not change the analysis.

Importers of similar products should keep in mind that a New York ruling binds CBP only as to the specific merchandise described, though it is often persuasive for comparable goods.`,
    topics: ["classification", "cbp"],
    authors: ["Priya Ranganathan"],
    documents: ["cbp-ny-n312345-garment-steamer"],
  },
  {
    publicId: "2006290020",
    publishedAt: "2020-06-29T09:05:00-04:00",
    headline: "Expanded Military End-Use Controls Take Effect for China, Russia, Venezuela",
    teaser:
      "The Bureau of Industry and Security's broadened military end-use and end-user restrictions took effect June 29, requiring licenses for a wider set of items going to China, Russia and Venezuela when the exporter knows they are intended for military uses or users. The agency did not grant industry requests for more time (see 2006160044).",
    body: `Starting today, exporters need a license for items on the expanded list in Supplement No. 2 to Part 744 if they know the items are intended for a military end use or military end user in the three countries. The list now includes certain semiconductor manufacturing equipment, telecommunications equipment, aircraft parts and electronics that previously required no license to most destinations.

BIS said the license review policy will be a presumption of denial for applications involving items that would make a material contribution to the military capabilities of the three countries.

Companies must also file Electronic Export Information for every shipment to China, Russia and Venezuela, regardless of value or classification, unless the items are destined for humanitarian aid or fall within certain other exceptions.

Exporters said the hardest part of compliance remains identifying military end users that are not on any list. In a notice accompanying the effective date, BIS said exporters should consider whether a customer:

- conducts business related to military programs or is owned by a defense conglomerate;
- refuses to provide end-use information or certifications; or
- orders items that are inconsistent with its stated line of business.

BIS has said it may publish a list of identified military end users in the future to help companies comply. Until then, practitioners recommend documenting each customer review, since knowledge under the EAR includes having reason to know.`,
    topics: ["bis", "export-controls"],
    authors: ["Marcus Ellery"],
    documents: [],
  },
  {
    publicId: "2006290052",
    publishedAt: "2020-06-29T15:20:00-04:00",
    headline: "CIT Rejects Importer's Bid to Classify Ceramic Tile Trim as Aluminum Articles",
    teaser:
      "The Court of International Trade ruled that decorative tile trim pieces made of aluminum with a ceramic-coated face are classifiable as other articles of aluminum only if the aluminum imparts their essential character, and found that the coating, which gives the trim its look and durability, controls instead.",
    body: `**Keystone Surfaces LLC** imported the L-shaped trim strips for finishing tile edges in kitchens and bathrooms. CBP classified them in heading 6914 as other ceramic articles, at 6 percent. Keystone argued for heading 7616, which covers other articles of aluminum and carried a lower rate.

The court found the trim to be a composite good made of different materials, requiring analysis under General Rule of Interpretation 3(b). The aluminum core provides structure, but the court said the ceramic face is what purchasers see and what distinguishes the product from cheaper plain aluminum trim. Retail prices for the coated product were roughly triple those of uncoated pieces, and Keystone's own catalogs marketed the trim by its ceramic finish.

The court noted that no single factor controls the essential character inquiry, and that weight, bulk and cost can point in different directions. Here, the aluminum made up most of the weight, but the court found that factor less significant than the role of the coating in the product's use.

The decision, issued June 26, grants summary judgment to the government. Keystone said in a statement that it is reviewing its options, including an appeal to the Federal Circuit.

Composite goods disputes remain a frequent source of classification litigation. Practitioners say outcomes are hard to predict because the essential character test depends so heavily on the specific record developed by each importer.`,
    topics: ["cit", "classification"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
  {
    publicId: "2006300028",
    publishedAt: "2020-06-30T10:15:00-04:00",
    headline: "ITC Launches Section 337 Probe of Robotic Vacuum Cleaners",
    teaser:
      "The International Trade Commission voted to institute a Section 337 investigation into robotic vacuum cleaners imported by five companies, based on a complaint alleging they infringe patents covering obstacle detection and navigation software. The complainant seeks a limited exclusion order and cease and desist orders.",
    body: `The complaint was filed in late May by **Tidewell Robotics Inc.** of Massachusetts, which asserts six patents. It names respondents in China, Taiwan and the U.S., including two companies that sell mainly through online marketplaces.

Section 337 of the Tariff Act of 1930 prohibits unfair methods of competition in the importation of articles into the U.S., including the importation of articles that infringe a valid U.S. patent. To obtain relief, a complainant must also show that a domestic industry exists or is being established for products protected by the patents.

The case has been assigned to an administrative law judge, who will set a target date for completion, typically 15 to 18 months from institution. The commission's Office of Unfair Import Investigations will participate as a party.

If the commission finds a violation, the remedy could include:

- a **limited exclusion order** barring the respondents' infringing vacuums from entry;
- **cease and desist orders** prohibiting the sale of infringing inventory already in the U.S.; and
- a bond during the 60-day presidential review period.

Customs brokers noted that exclusion orders are enforced by CBP, which can issue rulings on whether redesigned products fall outside an order. Importers facing similar complaints often pursue such rulings to keep products moving while litigation continues.`,
    topics: ["itc"],
    authors: ["Theo Castellanos"],
    documents: [],
  },
  {
    publicId: "2006300043",
    publishedAt: "2020-06-30T14:05:00-04:00",
    headline: "CBP Revokes Ruling, Finds Knit Gloves Finished in Cambodia Are Chinese",
    teaser:
      "CBP revoked a 2017 ruling that had treated knit gloves finished in Cambodia as Cambodian products, concluding that the textile rules of origin look to where the glove shells are knit to shape, which happens in China. The change affects country-of-origin marking and makes the gloves subject to Section 301 duties.",
    body: `The revocation, published in the *Customs Bulletin*, concerns acrylic gloves whose shells are knit on computerized glove-knitting machines in China. In Cambodia, the shells were dipped in a latex coating, cured, trimmed and packaged.

Under 19 CFR 102.21, the origin of textile products is determined by a hierarchy of rules. For goods knit to shape, the country of origin is generally where the knitting takes place. CBP said its earlier ruling wrongly applied the tariff-shift rule applicable to the coated gloves' heading, without recognizing that the gloves had already been knit to shape in China.

The agency said coating, cutting loose threads and packaging are not enough to change origin, citing several earlier rulings. It also found that the latex coating did not transform the gloves into a new product, since the coated and uncoated shells are both classified as gloves.

The revocation takes effect 60 days after publication. Comments received on the proposal, mostly from importers who argued that they had relied on the ruling when moving production to Cambodia, did not persuade CBP.

Practitioners said importers who moved finishing operations out of China to avoid Section 301 duties should review whether their process meets the relevant origin rules, which for textiles differ from the substantial transformation test used for most other goods.`,
    topics: ["origin", "cbp"],
    authors: ["Priya Ranganathan"],
    documents: [],
  },
  {
    publicId: "2007010017",
    publishedAt: "2020-07-01T09:00:00-04:00",
    headline: "USMCA Enters Into Force; CBP Promises Leniency as Importers Adjust to New Origin Rules",
    teaser:
      "The U.S.-Mexico-Canada Agreement took effect July 1, replacing NAFTA and bringing new rules of origin for autos, textiles and other goods. CBP said it will emphasize informed compliance over penalties during the agreement's first six months, giving importers time to adapt their claims for preferential treatment.",
    body: `Importers claiming USMCA preference must now use the agreement's own rules of origin and certification requirements. Key changes include:

- **Certification.** A certification of origin may be completed by the importer, exporter or producer, and no specific form is required as long as it contains the minimum data elements set out in the agreement.
- **Autos.** The regional value content threshold for passenger vehicles and light trucks rises in stages to 75 percent, and new labor value content and steel and aluminum purchasing requirements apply.
- **Textiles.** The yarn-forward rule remains, with changes to tariff preference levels and new requirements for sewing thread and pocketing fabric.

CBP has issued interim implementing instructions and a set of frequently asked questions, and it said it will continue refining guidance after the interim regulations are published.

Claims for NAFTA preference on goods imported before July 1 remain subject to NAFTA's rules, including its recordkeeping and verification provisions. Brokers said they are reviewing product databases to flag items whose origin determination changes under the new rules, particularly in auto parts, where many components face higher regional content thresholds.

Automakers have the option of requesting an alternative staging regime, which can give them more time to meet the stricter auto rules if they submit plans showing how they will comply.`,
    topics: ["origin", "cbp"],
    authors: ["Priya Ranganathan", "Judith Okafor"],
    documents: [],
  },
  {
    publicId: "2007010040",
    publishedAt: "2020-07-01T16:30:00-04:00",
    headline: "Four Agencies Warn Companies of Risks in Xinjiang-Linked Supply Chains",
    teaser:
      "The State, Treasury, Commerce and Homeland Security departments warned businesses July 1 that supply chains linked to Xinjiang carry legal, economic and reputational risks, issuing a joint advisory that highlights surveillance technology sales, reliance on forced labor and work on internment camps. The advisory follows enactment of the Uyghur Human Rights Policy Act (see 2006170064).",
    body: `The *Xinjiang Supply Chain Business Advisory* groups the risks into three areas:

1. helping Chinese authorities develop or supply surveillance tools, such as biometric systems, cameras and data analytics platforms, for use in the region;
2. sourcing labor or goods from Xinjiang, or from factories elsewhere in China that use workers transferred from the region under government programs; and
3. assisting in the construction of internment facilities or of factories located in or near them.

The advisory walks through the enforcement tools each agency can bring to bear. CBP can detain imports under withhold release orders if it has information reasonably indicating that goods were made with forced labor. BIS can add companies to the Entity List, restricting their access to items subject to the Export Administration Regulations, and has already done so for several Chinese police bureaus and technology companies. Treasury can designate individuals and entities for serious human rights abuse.

The agencies urged companies to conduct human rights due diligence, while acknowledging that independent audits are difficult or impossible in the region because of government restrictions and surveillance of workers. Among the red flags the advisory lists are suppliers that receive government subsidies tied to hiring workers from Xinjiang and facilities situated close to detention sites.

The advisory is not legally binding and creates no new obligations. But practitioners said it raises the bar for what companies will be expected to know, which could matter in any future enforcement action.`,
    topics: ["export-controls", "sanctions", "bis"],
    authors: ["Marcus Ellery"],
    documents: ["xinjiang-supply-chain-business-advisory"],
  },
  {
    publicId: "2007020033",
    publishedAt: "2020-07-02T10:10:00-04:00",
    headline: "CIT Orders Commerce to Revisit Adverse Facts Available in Korean Pipe Review",
    teaser:
      "The Court of International Trade remanded Commerce's decision to apply total adverse facts available to a South Korean exporter of standard steel pipe, finding the agency penalized the company for a reporting error it had promptly flagged and offered to correct before the deadline for new factual information.",
    body: `**Hanwool Steel Co.** received a 41.2 percent margin in the administrative review after Commerce concluded that its cost database was unreliable. Hanwool had discovered that it misallocated electricity costs between two production lines and submitted a corrected database 11 days later.

Commerce rejected the corrected data as untimely and applied total adverse facts available, reasoning that the error affected every control number and prevented an accurate margin calculation. The court said that reasoning did not square with the record. Hanwool disclosed the error itself, explained how it occurred and submitted a correction while the record remained open for other purposes, the court found.

The statute allows Commerce to use facts otherwise available when necessary information is missing, and to draw adverse inferences only when a party fails to act to the best of its ability. The court said that standard requires Commerce to consider the respondent's overall cooperation rather than treating any mistake as disqualifying.

On remand, Commerce must either accept the corrected database or explain why it could not have been used without unduly burdening the proceeding. The court sustained Commerce's separate finding that a particular market situation existed for hot-rolled coil in Korea, which Hanwool had also challenged.

Domestic producers are expected to argue on remand that the correction was not minor. Commerce has 90 days to respond.`,
    topics: ["cit", "ad-cvd", "commerce"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
  {
    publicId: "2007020061",
    publishedAt: "2020-07-02T15:45:00-04:00",
    headline: "OFAC Designates Network Supplying Electronics to North Korean Procurement Agents",
    teaser:
      "The Treasury Department's Office of Foreign Assets Control designated three companies in China and Russia and four individuals for acquiring dual-use electronics and machine tools on behalf of North Korea's weapons programs, a network that OFAC said routed payments through front companies in Hong Kong to hide the end user.",
    body: `OFAC said the network, centered on **Dalian Northern Star Trading Co.**, bought oscilloscopes, precision lathes and microcontrollers from suppliers in Europe and Asia and shipped them by rail to the border city of Dandong, where they were handed off to North Korean agents.

The designations were made under Executive Order 13382, which targets proliferators of weapons of mass destruction and their supporters, and Executive Order 13722, which targets the North Korean government and those who support it. All property of the designated persons in U.S. jurisdiction is blocked.

The action also carries a warning for non-U.S. banks. Under North Korea sanctions authorities, foreign financial institutions that knowingly conduct significant transactions for designated persons can lose access to U.S. correspondent accounts.

Concurrently with the designations, the Commerce Department's Bureau of Industry and Security said it would review export licenses previously granted to a Russian distributor connected to the network.

> "These networks depend on companies that fail to ask basic questions about who their customers are," a Treasury spokesperson said.

Export compliance teams should check their transaction history for the designated entities and their known aliases, which OFAC listed in the SDN entries, practitioners said. Electronics distributors in particular have been targeted by such networks because they often sell to resellers without end-user information.`,
    topics: ["ofac", "sanctions"],
    authors: ["Marcus Ellery"],
    documents: [],
  },
  {
    publicId: "2007060014",
    publishedAt: "2020-07-06T09:35:00-04:00",
    headline: "CBP Rejects Footwear Importer's Year-End Transfer Price Adjustments",
    teaser:
      "CBP refused to let a footwear importer lower the declared value of shoes bought from its Vietnamese parent based on year-end transfer pricing adjustments, finding in a headquarters ruling that the company's intercompany agreement did not set out, before importation, an objective formula for calculating the adjustments.",
    body: `The ruling turns on CBP's 2015 informed compliance publication on transfer pricing, which allows importers to account for post-importation price adjustments only if five factors are met, including:

- a written intercompany agreement in place before the goods are imported;
- a transfer pricing policy that specifies how the transfer price and any adjustments are calculated;
- use of the same methodology in the company's tax returns;
- an adjustment that reflects an increase or decrease only in the price of the imported goods; and
- records tying each adjustment to specific entries.

The importer, **Stride Line Footwear USA**, made downward adjustments in 2018 and 2019 to bring its operating margin into the range required by its tax advisors' benchmarking study. CBP said the agreement described the goal but not the formula, leaving the adjustments to be decided after the fact.

CBP also questioned whether the adjustments could be allocated to imported merchandise, since the importer's financial statements showed they also offset marketing costs that had nothing to do with the shoes.

The ruling illustrates how customs and tax rules can point in opposite directions. Upward adjustments must be declared and may produce duty liability, but downward ones qualify for refunds only if they meet CBP's strict requirements. Practitioners recommend reviewing intercompany agreements to make sure they contain a clear formula and that the reconciliation program is used to flag affected entries.`,
    topics: ["valuation", "cbp"],
    authors: ["Priya Ranganathan"],
    documents: [],
  },
  {
    publicId: "2007060038",
    publishedAt: "2020-07-06T14:55:00-04:00",
    headline: "Trade Groups Ask USTR to Reopen Exclusion Process for List 4A Goods",
    teaser:
      "More than 40 trade associations asked the U.S. Trade Representative to open a new round of Section 301 exclusion requests for consumer and industrial goods on List 4A, saying many companies missed the original deadline in January while sorting out supply disruptions and that tariffs are compounding pandemic-related losses.",
    body: `The coalition's June 30 letter also asked USTR to consider exclusions for products needed to respond to the COVID-19 pandemic, including components for ventilators and diagnostic equipment that are subject to the 7.5 percent duty imposed on List 4A goods.

USTR closed its window for List 4A exclusion requests in January and has been ruling on requests submitted before then. The agency has granted only a small share of them, and the groups said the low approval rate has discouraged companies from applying.

The letter asks USTR to:

- accept new exclusion requests through the end of the year;
- extend all exclusions set to expire in 2020 by at least 12 months; and
- allow exclusions to be claimed retroactively for entries made since September 2019.

USTR has separately sought comment on medical-care products from China, including some items it has already excluded, and has granted a batch of exclusions for personal protective equipment. But the groups said those efforts leave out consumer products such as footwear, apparel and household goods.

The groups also noted that tariff refunds under existing exclusions require CBP procedures such as post-summary corrections and protests, which are costly for small businesses. They urged USTR to coordinate with CBP to simplify refund claims.`,
    topics: ["ustr", "tariffs"],
    authors: ["Judith Okafor"],
    documents: [],
  },
  {
    publicId: "2007070027",
    publishedAt: "2020-07-07T10:25:00-04:00",
    headline: "Federal Circuit Upholds ITC's Negative Injury Vote on Rebar Support Chairs",
    teaser:
      "The Court of Appeals for the Federal Circuit affirmed the International Trade Commission's determination that imports of steel rebar support chairs from China and Mexico did not materially injure the U.S. industry, holding that the commission reasonably attributed domestic producers' lost sales to a decline in commercial construction rather than to imports.",
    body: `Domestic producers had argued that the ITC ignored evidence of underselling and gave too much weight to demand trends. The court said the commission's findings were supported by substantial evidence, including purchaser questionnaires showing that price was not the primary factor in most buying decisions.

The court emphasized its limited role in reviewing ITC injury determinations. It does not reweigh the evidence, it said, and it must affirm where the commission has considered the relevant factors and articulated a rational connection between the facts found and the determination made.

The appellants also contended that the ITC should have cumulated imports from China and Mexico with imports from Vietnam, which were the subject of a separate petition filed later. The court rejected the argument, noting that the cumulation provision requires petitions filed on the same day.

The decision ends a three-year effort by producers to obtain duties on the product, used to hold reinforcing bars in place during concrete pours. Imports from China and Mexico have continued to grow since the negative vote, according to trade data.

The ruling adds to a record of Federal Circuit deference in injury cases; the court has reversed an ITC injury determination only rarely in the past decade.`,
    topics: ["cafc", "itc"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
  {
    publicId: "2007070049",
    publishedAt: "2020-07-07T15:30:00-04:00",
    headline: "CBP Finds Importer Evaded Quartz Surface Duties Through Malaysia",
    teaser:
      "CBP determined under the Enforce and Protect Act that a New Jersey importer evaded antidumping and countervailing duties on quartz surface products from China by transshipping slabs through Malaysia, where a supposed manufacturer had no equipment capable of producing them, according to a notice of determination as to evasion.",
    body: `The investigation began with an allegation from a domestic quartz producer, which submitted ship-tracking data and photographs of the Malaysian facility showing an empty warehouse. CBP confirmed during a site visit that the company had no grinding or polishing equipment and no workers on site.

CBP found that **Garden State Stone Imports LLC** entered more than 300 containers of slabs declared as Malaysian between 2018 and 2019. The importer did not respond to CBP's requests for information, and the agency applied adverse inferences.

As a result of the determination, CBP will:

- continue suspension of liquidation on the importer's entries;
- assess duties at the China-wide rates, which exceed 300 percent combined; and
- refer the matter for possible penalties under 19 U.S.C. 1592.

Garden State Stone can request administrative review of the determination within 30 days, and may then appeal to the Court of International Trade. Recent CIT decisions have upheld CBP's use of adverse inferences when foreign suppliers refuse to cooperate (see 2006250024).

The case is one of more than a dozen EAPA investigations involving quartz surface products. CBP has said transshipment through Southeast Asia has increased since the antidumping and countervailing duty orders took effect.`,
    topics: ["cbp", "ad-cvd"],
    authors: ["Priya Ranganathan"],
    documents: [],
  },
  {
    publicId: "2007080025",
    publishedAt: "2020-07-08T09:45:00-04:00",
    headline: "Commerce Finds Subsidies of Up to 14% on Indonesian Steel Cable Trays",
    teaser:
      "The Commerce Department preliminarily found that Indonesian producers of steel cable tray systems benefit from countervailable subsidies of 9.84 percent to 14.27 percent, the first determination in trade remedy cases the International Trade Commission allowed to proceed last month (see 2006190015). Cash deposits will be collected once the notice is published.",
    body: `The preliminary rates are:

- PT Baja Kabel Nusantara: 9.84 percent
- PT Sinar Logam Jaya: 14.27 percent
- All others: 12.06 percent

Commerce found countervailable the provision of hot-rolled steel by a state-owned mill at less than adequate remuneration, import duty exemptions on capital equipment in bonded zones, and preferential loans from state-owned banks. The steel program accounted for most of each respondent's rate.

The respondents argued that the state-owned mill's prices reflected market conditions and should serve as the benchmark. Commerce rejected that position, relying instead on world market prices for hot-rolled steel, adjusted for delivery to Indonesia. It found that the state-owned producer's dominance of the domestic market distorted local prices.

Commerce aligned its final CVD determination with the companion antidumping investigation, which means the final subsidy finding will not come until late this year. The preliminary antidumping determination is due in September.

Importers of Indonesian cable trays will need to post cash deposits once the preliminary notice is published. Domestic producers said the preliminary finding would help restore fair competition on electrical infrastructure projects, while the Indonesian respondents indicated they would contest the benchmark methodology before the final determination.`,
    topics: ["ad-cvd", "commerce"],
    authors: ["Theo Castellanos"],
    documents: ["commerce-c-560-839-cable-trays-prelim"],
  },
  {
    publicId: "2007080053",
    publishedAt: "2020-07-08T15:15:00-04:00",
    headline: "Oilfield Equipment Maker Settles Export Control Charges With BIS",
    teaser:
      "A Texas manufacturer of oilfield equipment agreed to pay $1.1 million and conduct two independent audits to settle Bureau of Industry and Security charges that it exported pressure-control valves to a Russian energy company in violation of export restrictions targeting deepwater, Arctic and shale projects in Russia.",
    body: `According to BIS's charging letter, **Lone Star Wellhead Systems Inc.** made 14 shipments in 2016 and 2017 to a Russian customer that BIS said was developing a shale oil project subject to license requirements under Section 746.5 of the Export Administration Regulations. The company did not apply for licenses.

Under the settlement, $600,000 of the penalty will be suspended during a two-year probationary period and waived if the company commits no further violations. The company must also:

- hire an unaffiliated third party to audit its export compliance program twice;
- submit the audit results to BIS's Office of Export Enforcement; and
- provide compliance training to sales staff who handle international orders.

BIS said the company's sales staff received information indicating the end use but did not escalate it to compliance personnel, a pattern it has cited in several recent cases. The agency credited the company's cooperation and remedial measures, including adopting screening software that flags end-use information in customer correspondence.

The settlement comes amid growing enforcement of Russia-related export controls and follows BIS's recent tightening of military end-use restrictions on Russia (see 2006290020). Export control lawyers said energy equipment makers should review their customer due diligence for projects in Russia, where end users often include joint ventures with companies on the Sectoral Sanctions Identifications List.`,
    topics: ["bis", "export-controls"],
    authors: ["Marcus Ellery"],
    documents: [],
  },
  {
    publicId: "2007090018",
    publishedAt: "2020-07-09T09:25:00-04:00",
    headline: "CIT Holds Bicycle Frames Painted in Taiwan Remain Chinese for Section 301",
    teaser:
      "Carbon-fiber bicycle frames molded in China and painted, decaled and fitted with small components in Taiwan are still products of China subject to Section 301 duties, the Court of International Trade ruled, finding that the Taiwan operations did not change the frames' name, character or use.",
    body: `**Velotech Cycles Inc.** had argued that the multistep finishing process in Taiwan, including sanding, priming, painting, clear-coating and installing bottom bracket and headset bearings, added significant value and transformed the frames into a new article.

The court applied the traditional substantial transformation test used by CBP and the courts. It found that the frames emerged from the Chinese molding process with their final shape, dimensions and structural properties, and that they were dedicated to use as bicycle frames from that point. Painting and installing bearings improved appearance and readiness for assembly but did not give the frames a new character or use, the court said.

The court acknowledged that the Taiwan processing accounted for roughly 35 percent of the frames' value. But it said value added is only one factor and cannot establish substantial transformation when the essential article is unchanged.

The ruling illustrates the risks of shifting only finishing operations out of China to avoid Section 301 duties. CBP has issued several rulings finding that such operations do not change origin, and the court's decision gives those rulings additional support.

Importers with similar supply chains should evaluate whether their processing in third countries would satisfy the substantial transformation test, practitioners said, and consider seeking binding rulings before relying on a change of origin.`,
    topics: ["origin", "cit", "tariffs"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
  {
    publicId: "2007090041",
    publishedAt: "2020-07-09T17:10:00-04:00",
    headline: "US Sanctions Xinjiang Security Bureau, Senior Chinese Officials Over Rights Abuses",
    teaser:
      "The U.S. imposed sanctions on a Chinese police agency and four current and former officials over human rights abuses in the Xinjiang region. The Treasury and State departments announced the measures July 9, roughly a month after President Donald Trump signed legislation authorizing sanctions on Chinese officials responsible for abuses against the country's Uighur population (see 2006170064).",
    body: `The action targets the **Xinjiang Public Security Bureau** (XPSB) and a group of current and former officials of the Xinjiang Uyghur Autonomous Region (XUAR). Those designated are:

- Chen Quanguo, Communist Party secretary of the XUAR and a member of the party's Politburo;
- Zhu Hailun, a former deputy party secretary of the XUAR;
- Wang Mingshan, director and party secretary of the XPSB; and
- Huo Liujun, a former party secretary of the XPSB.

Treasury's Office of Foreign Assets Control acted under Executive Order 13818, the Global Magnitsky human rights authority, rather than under the new Uighur law. According to Treasury, the bureau and the officials are connected to serious abuses against Uighurs and other ethnic minorities, including mass arbitrary detention and severe physical abuse. Treasury said those abuses rely on pervasive surveillance, including the **Integrated Joint Operations Platform**, an artificial-intelligence-driven system that pulls data from checkpoints, cameras and phones to track residents' movements and flag people for detention.

Treasury also pointed to the supply-chain advisory that four agencies issued July 1, which warns companies against exporting surveillance technology to Xinjiang and against sourcing goods made with forced labor (see 2007010040).

The State Department separately designated Chen, Zhu and Wang under its authority to bar officials involved in gross human rights violations, making them and their immediate family members ineligible to enter the U.S. It also announced visa restrictions on other Communist Party officials believed to be responsible for the detention or abuse of Uighurs, and called on other governments that share U.S. concerns to join in condemning the abuses.

For U.S. companies, the designations block any property of the bureau and the four officials in U.S. jurisdiction and generally prohibit dealings with them. Entities owned 50 percent or more by the designated persons are also blocked, which compliance lawyers said could complicate business with government-linked customers in the region.`,
    topics: ["sanctions", "ofac"],
    authors: ["Marcus Ellery"],
    documents: ["treasury-glomag-xinjiang-2020-07-09", "uyghur-human-rights-policy-act-2020"],
  },
  {
    publicId: "2007100022",
    publishedAt: "2020-07-10T10:40:00-04:00",
    headline: "CBP Adds Staff to Forced Labor Division, Signals More Withhold Release Orders",
    teaser:
      "CBP is expanding the trade office division that investigates forced-labor allegations, adding analysts and attorneys as it works through a growing backlog of petitions, an agency official told a trade conference July 9. The expansion follows a series of withhold release orders this year, including one on hand-knotted rugs from China (see 2006150012).",
    body: `The Forced Labor Division, part of CBP's Office of Trade, reviews allegations submitted by nongovernmental organizations, companies and the public, and recommends when the agency should issue a withhold release order or a formal finding.

The official said the division will nearly double in size by the end of the fiscal year and will add specialists in supply-chain tracing, including experts in cotton, seafood and minerals. CBP is also working with outside vendors on data tools that can link import records to upstream suppliers.

The expansion reflects pressure from Congress, where lawmakers have pushed the agency to act faster on allegations involving Xinjiang (see 2006190042). CBP has also received more allegations since Congress eliminated the consumptive demand exception to the forced-labor import ban in 2016.

Importers affected by a withhold release order have several options:

- re-export the detained goods;
- submit a certificate of origin and a detailed statement showing the goods were not made with forced labor; or
- petition for modification of the order if the producer has remediated its labor practices.

CBP said it is developing guidance on the documentation it expects in such submissions, which importers have said is unclear. The agency has modified orders in the past after producers demonstrated that they had stopped using forced labor, though such cases remain uncommon.`,
    topics: ["cbp"],
    authors: ["Priya Ranganathan"],
    documents: [],
  },
  {
    publicId: "2007130029",
    publishedAt: "2020-07-13T09:50:00-04:00",
    headline: "CBP: Network Switches Assembled in Malaysia From Chinese Boards Are Chinese",
    teaser:
      "Managed network switches assembled in Malaysia from main circuit boards made in China remain Chinese products subject to Section 301 duties, CBP said in a headquarters ruling, finding that installing the boards in housings, adding a power supply and loading U.S.-developed firmware does not amount to a substantial transformation.",
    body: `The ruling, H311208, was requested by **Kestrel Networks Inc.**, which had moved final assembly of its KN-4800 switches to Malaysia in 2019. The main printed circuit board assembly, which carries the switching chip, processor and memory, is fabricated and populated in China.

CBP's analysis focused on the main board, which it said performs the switches' essential function. The agency noted that the Malaysian operations involve a limited number of steps taking about 25 minutes per unit, and that the board is dedicated to use in the switch before leaving China.

Kestrel argued that firmware loading in Malaysia was significant. CBP acknowledged that software development can be relevant to origin but said the firmware here was developed in the U.S., and that installing it in Malaysia was routine.

The ruling is consistent with a string of CBP decisions finding that origin of electronics follows the main board. Practitioners said it confirms that companies seeking to move production out of China for Section 301 purposes generally need to move board fabrication and population, not just final assembly.

The ruling also means the switches must be marked as products of China. Kestrel could seek reconsideration, but CBP rarely reverses headquarters rulings without new facts.`,
    topics: ["origin", "cbp", "tariffs"],
    authors: ["Priya Ranganathan"],
    documents: ["cbp-hq-h311208-network-switches"],
  },
  {
    publicId: "2007130051",
    publishedAt: "2020-07-13T14:35:00-04:00",
    headline: "USTR Grants 27 More Section 301 Exclusions on Industrial Components",
    teaser:
      "The U.S. Trade Representative granted another batch of 27 exclusions from the 25 percent Section 301 duties on the $200 billion list of Chinese goods, covering hydraulic hose fittings, servo motors and stepper motor drivers, among other industrial parts. The exclusions are retroactive but expire Aug. 7 unless extended (see 2006220058).",
    body: `The exclusions were published July 10 in the *Federal Register*. They apply to the products described in the annex to the notice, regardless of who requested them or which importer brings them in.

Importers can claim the exclusions for entries made on or after September 24, 2018. To recover duties already paid, they must use CBP's procedures:

- **post-summary corrections** for entries that have not yet liquidated; and
- **protests** for liquidated entries, filed within 180 days of liquidation.

USTR has denied more than 85 percent of the exclusion requests it has decided under the third tranche, according to a tally by trade groups, and the remaining undecided requests are dwindling. The agency has also been soliciting comment on whether to extend exclusions that are about to expire.

Machinery manufacturers welcomed the new exclusions but said the short window before the Aug. 7 expiration limits their value. Several companies said they will file comments asking USTR to extend the exclusions for at least another year.

Importers should review the product descriptions closely, practitioners said, because the exclusions often include technical limitations, such as voltage ranges or dimensions, and CBP will enforce them as written.`,
    topics: ["ustr", "tariffs"],
    authors: ["Judith Okafor"],
    documents: ["ustr-301-list3-exclusions-2020-07-10"],
  },
  {
    publicId: "2007140036",
    publishedAt: "2020-07-14T10:05:00-04:00",
    headline: "Federal Circuit Rejects Importer's Challenge to Extended Liquidation",
    teaser:
      "The Court of Appeals for the Federal Circuit ruled that CBP properly extended liquidation of an importer's entries of steel fittings while it investigated possible antidumping evasion, rejecting the argument that the entries were deemed liquidated at the declared rate because the agency failed to show it actually needed more information.",
    body: `**Midwest Flange & Fitting Co.** argued that CBP's extensions were improper because the agency had all the information it needed a year after entry and was using the extensions to buy time. If the entries had been deemed liquidated, the importer would have owed no antidumping duties.

The court said that CBP may extend liquidation when information needed for proper appraisement or classification is not available, and that the agency's decision is reviewed for abuse of discretion. It found that CBP reasonably sought information on the true origin of the fittings, which it suspected were Chinese products declared as Indian.

The court emphasized that importers bear the burden of showing that an extension was unreasonable, and that the statute does not require CBP to justify each extension in detail. It noted that CBP sent the importer requests for information throughout the extension period.

The decision affirms the Court of International Trade and adds to a body of case law giving CBP broad latitude to extend liquidation in evasion cases. It also limits a defense that importers have raised in a growing number of disputes over duties assessed years after entry.

Practitioners said importers facing extended liquidation should respond promptly and thoroughly to CBP requests for information, since delays on their side can further justify extensions.`,
    topics: ["cafc", "cbp"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
  {
    publicId: "2007140058",
    publishedAt: "2020-07-14T15:50:00-04:00",
    headline: "Commerce Amends Workbench Dumping Margin After Ministerial Error Claim",
    teaser:
      "The Commerce Department lowered the final antidumping margin for one of two mandatory respondents in its investigation of modular steel workbenches from China, to 58.74 percent from 63.20 percent, after agreeing that it double-counted inland freight expenses in its final calculations (see 2006230016).",
    body: `**Qingdao Strongarm Industrial Co.** filed a ministerial error allegation shortly after the final determination, arguing that Commerce deducted inland freight from U.S. price twice for sales shipped through a Shanghai warehouse.

Commerce agreed that the error was ministerial, meaning it resulted from an unintentional arithmetic or clerical mistake rather than a methodological choice. It declined to correct a second alleged error involving the surrogate value for packing materials, which it said reflected an intentional decision.

The correction also affects the separate rate, which is based on the weighted average of the two mandatory respondents' margins. The separate rate falls to 53.12 percent from 55.56 percent.

Updated rates:

- Ningbo Huayue Tools Co., Ltd.: 47.91 percent (unchanged)
- Qingdao Strongarm Industrial Co., Ltd.: 58.74 percent
- Separate-rate companies: 53.12 percent
- China-wide entity: 138.45 percent (unchanged)

The International Trade Commission is scheduled to vote on injury later this month. If the vote is affirmative, Commerce will issue an antidumping order and CBP will collect cash deposits at the amended rates.`,
    topics: ["commerce", "ad-cvd"],
    authors: ["Theo Castellanos"],
    documents: [],
  },
  {
    publicId: "2007150022",
    publishedAt: "2020-07-15T09:30:00-04:00",
    headline: "CIT Sides With CBP, Classifies Smart LED Light Strips as Lighting Fittings",
    teaser:
      "App-controlled LED light strips that change colors and pulse to music are still lighting fittings, the Court of International Trade ruled, upholding CBP's classification at 3.9 percent and rejecting an importer's bid to classify them as electrical machines with individual functions, which carry a 2.6 percent duty.",
    body: `The July 14 decision in *Luminara Home Technologies v. U.S.*, court No. **24-00025**, granted the government's cross-motion for summary judgment. The importer had challenged CBP's classification of its Glow Strip sets under subheading 9405.40.84, which covers other electric lamps and lighting fittings.

Luminara argued that the Wi-Fi controller, microphone and app features meant the strips did more than provide light, placing them in heading 8543. The court disagreed, finding that every feature the importer identified served only to change the color, brightness or timing of the light. It noted that the strips are marketed and used to light rooms, cabinets and furniture.

The court also said heading 8543 is a residual provision that applies only when no other heading in the tariff schedule covers the goods. Because heading 9405 specifically covers lighting fittings, including decorative lighting, the residual heading was not available.

Luminara relied on earlier rulings classifying standalone smart-home controllers in heading 8543. The court said those rulings were distinguishable because the controllers there had no light source and operated a variety of devices, while the controller here is dedicated to the light strip it drives.

The decision is one of several recent cases addressing smart versions of ordinary consumer goods. Practitioners said the ruling confirms that adding connectivity to a product does not by itself change its classification if the product's principal function is unchanged.`,
    topics: ["cit", "classification"],
    authors: ["Dana Whitcomb"],
    documents: ["cit-24-00025-slip-op"],
  },
  {
    publicId: "2007150047",
    publishedAt: "2020-07-15T14:20:00-04:00",
    headline: "Software Firm Settles OFAC Case Over Sales to Customers in Crimea",
    teaser:
      "A California software company agreed to pay $287,000 to settle potential civil liability for selling subscriptions to users in Crimea, the Treasury Department's Office of Foreign Assets Control said July 14. OFAC said the company's geolocation controls failed to block users whose internet addresses showed they were in the region.",
    body: `According to OFAC, **Brightfield Analytics Inc.** sold about 1,900 subscriptions to its data visualization software to users in Crimea between 2015 and 2019, through resellers in Russia and Ukraine. The transactions violated the Ukraine-related sanctions regulations, which prohibit exporting goods, services and technology from the U.S. to the Crimea region.

OFAC said the company had internet protocol address data showing users were in Crimea but did not use it to block access. It determined that the violations were not egregious and that the company voluntarily disclosed them.

In setting the penalty, OFAC considered:

- the company's lack of sanctions compliance program before 2019;
- the relatively low value of the transactions;
- the company's voluntary disclosure and cooperation; and
- its remedial measures, including new geolocation blocking and reseller screening.

The case is one of several OFAC actions involving software and online services provided to users in sanctioned jurisdictions. OFAC's 2019 compliance framework specifically identifies the failure to use geolocation data as a common compliance weakness among technology companies.

> "Companies that sell online must use the information they already collect to prevent prohibited sales," a Treasury spokesperson said.`,
    topics: ["ofac", "sanctions"],
    authors: ["Marcus Ellery"],
    documents: [],
  },
  {
    publicId: "2007160019",
    publishedAt: "2020-07-16T10:00:00-04:00",
    headline: "CIT Denies Government Bid to Dismiss First-Sale Apparel Case",
    teaser:
      "The Court of International Trade denied the government's motion to dismiss an apparel importer's challenge to CBP's rejection of first-sale valuation, finding that the importer's protests adequately raised the issue and that the court has jurisdiction over all 212 entries at stake (see 2006170019).",
    body: `The government argued that some of **Harlow & Finch Apparel Group**'s protests were filed on forms that identified only the appraised value, not the first-sale claim, and that those entries should be dismissed for lack of jurisdiction.

The court disagreed, finding that the protests, read together with the supporting documents the importer attached, put CBP on notice of the substance of the claim. It said protests should be construed liberally and that precise wording is not required, as long as CBP can understand the nature of the objection.

The court also rejected the government's argument that the case was untimely for a subset of entries, noting that the importer filed suit within 180 days of the protest denials.

The ruling sets up a fight over the merits of first-sale valuation. Harlow & Finch must show that its Hong Kong vendor bought the garments from Chinese factories in bona fide, arm's-length sales and that the goods were clearly destined for the U.S. at the time.

A central issue will be whether the vendor took title and risk of loss. The importer says it has payment records and factory invoices showing it did, while CBP has said purchase orders lacked delivery terms. A scheduling order sets discovery to close in January.`,
    topics: ["valuation", "cit"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
  {
    publicId: "2007170031",
    publishedAt: "2020-07-17T11:15:00-04:00",
    headline: "CBP Rulings Sort Cloth Face Masks Into Textile, Not Medical, Headings",
    teaser:
      "Reusable cloth face masks without filtering layers or medical claims are classifiable as other made-up textile articles under HTSUS subheading 6307.90.98, CBP said in a series of recent New York rulings, setting them apart from surgical masks and respirators that are treated differently for Section 301 and tariff purposes.",
    body: `The rulings address masks made of cotton, polyester and blended fabrics, with ear loops or ties, imported by apparel companies that shifted production to masks during the pandemic. CBP consistently classified them in heading 6307, which covers other made-up textile articles, at 7 percent.

The rulings distinguish masks that include a filter pocket or insert. Where a mask is imported with a disposable filter, CBP considered whether the set qualifies as goods put up for retail sale and which component gives it its essential character.

CBP also noted in several rulings that masks of China may be subject to Section 301 duties, although USTR has excluded certain protective equipment. Importers should check whether their products fall within the specific language of any exclusion.

The rulings matter for several reasons:

- **Duty rates.** The textile provision carries a higher duty than some alternatives importers have proposed.
- **Quota and visa requirements.** Textile classification can trigger additional documentation for some countries of origin.
- **Regulatory status.** Masks with medical claims may be subject to FDA requirements at entry.

CBP has issued dozens of mask rulings since April as companies sought guidance before importing. The agency has also cautioned that marketing claims about protection against viruses can affect both classification and FDA admissibility.`,
    topics: ["classification", "cbp"],
    authors: ["Priya Ranganathan"],
    documents: [],
  },
  {
    publicId: "2007210033",
    publishedAt: "2020-07-21T10:30:00-04:00",
    headline: "BIS Adds Nine Entities in China, Hong Kong and UAE to Entity List for Iran Diversions",
    teaser:
      "The Bureau of Industry and Security added nine companies and individuals in China, Hong Kong and the United Arab Emirates to the Entity List for buying U.S.-origin aircraft parts and industrial electronics and shipping them to Iran, imposing a license requirement for all items subject to the Export Administration Regulations.",
    body: `The additions, effective on publication in the *Federal Register*, include **Falcon Crest Aviation Supply FZE** and **Gulfway Technical Trading LLC** in the UAE, **Jade Harbor Electronics Ltd.** in Hong Kong, and **Shenzhen Tianrui Industrial Automation** and five affiliated parties in China.

BIS said the entities procured aircraft spare parts, programmable logic controllers and pressure transmitters from U.S. suppliers and transshipped them to end users in Iran without authorization. License applications will be reviewed under a presumption of denial, and no license exceptions are available.

The rule includes a savings clause for items already en route on the effective date under actual orders. Exporters should otherwise stop shipments to the listed parties immediately and review pending orders, practitioners said.

The action follows a BIS temporary denial order last month against a Sharjah-based air cargo company accused of moving aircraft parts to an Iranian airline (see 2006240057). Export enforcement officials have warned that procurement networks serving Iran increasingly use freight forwarders and trading companies in the Gulf and Hong Kong.

Companies that deal with distributors in those hubs should screen against all U.S. government restricted party lists, including the Entity List, the Denied Persons List and the Specially Designated Nationals List, and should obtain end-use statements for sensitive items, the officials said.`,
    topics: ["bis", "export-controls"],
    authors: ["Marcus Ellery"],
    documents: ["bis-entity-list-iran-diversion-2020-07-20"],
  },
  {
    publicId: "2007220018",
    publishedAt: "2020-07-22T09:40:00-04:00",
    headline: "Federal Circuit Backs CBP on Adding Tooling Costs to Value of Imported Parts",
    teaser:
      "The Court of Appeals for the Federal Circuit affirmed that an auto parts importer had to add the cost of injection molds it supplied to its Mexican manufacturer to the customs value of the parts, rejecting the argument that the molds were fully amortized before the entries at issue. The decision tracks recent CBP guidance on assists (see 2006230039).",
    body: `**Tri-County Automotive Components Inc.** bought the molds in 2014 and provided them free of charge to its supplier. It apportioned their cost over the first three years of production and stopped declaring any assist value after that.

CBP, during an audit, concluded that the importer had underestimated the total production and that the molds' value should have been spread across all parts produced, including those imported in later years. The Court of International Trade sustained CBP's position.

The Federal Circuit agreed. It said the regulations allow importers to choose an apportionment method, but the method must be reasonable and consistent with generally accepted accounting principles. An importer may not pick an apportionment period that bears no relationship to the actual expected use of the assist, the court said.

The court also rejected Tri-County's argument that CBP should have accepted its method because the agency had not objected during earlier entries. Prior acceptance of entries does not bind CBP absent a ruling or an established and uniform practice, the court said.

The decision could affect many manufacturers that supply molds and tooling to foreign factories, practitioners said. They recommend that importers base apportionment on realistic production estimates and keep records supporting those estimates.`,
    topics: ["cafc", "valuation"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
  {
    publicId: "2007290018",
    publishedAt: "2020-07-29T09:15:00-04:00",
    headline: "ITC Votes Unanimously That Chinese Workbenches Injure U.S. Industry",
    teaser:
      "The International Trade Commission voted unanimously July 28 that imports of modular steel workbenches from China injure the U.S. industry, clearing the way for the Commerce Department to issue an antidumping duty order at the rates set in its final determination (see 2006230016). The commission found no critical circumstances.",
    body: `The vote completes the investigation that began with a petition from the **Coalition of American Workbench Manufacturers**. Commerce's final determination set margins of 47.91 percent to 138.45 percent, with the rate for one respondent later lowered to correct a ministerial error (see 2007140058).

Because the commission made a negative critical circumstances finding, duties will not be imposed retroactively on imports entered in the 90 days before Commerce's preliminary determination. Importers had argued that a surge in imports after the petition reflected seasonal demand rather than an effort to beat the duties.

Commerce is expected to publish the order in early August. CBP will then collect cash deposits at the amended rates:

- Ningbo Huayue Tools: 47.91 percent
- Qingdao Strongarm Industrial: 58.74 percent
- Separate-rate companies: 53.12 percent
- China-wide entity: 138.45 percent

Imports of the product from China were about $312 million in 2019, according to the commission. Domestic producers said the order would help them recover market share lost over the last three years.

The commission will publish its views by Sept. 1. Respondents may appeal to the Court of International Trade within 30 days of the order's publication.`,
    topics: ["itc", "ad-cvd"],
    authors: ["Theo Castellanos"],
    documents: ["itc-workbenches-final-vote-2020-07-28", "commerce-a-570-139-workbenches-final"],
  },
  {
    publicId: "2007310035",
    publishedAt: "2020-07-31T10:20:00-04:00",
    headline: "Tile Trim Importer Takes Classification Loss to Federal Circuit",
    teaser:
      "An importer of ceramic-coated aluminum tile trim appealed to the Court of Appeals for the Federal Circuit after losing its classification case at the Court of International Trade, arguing that the trial court applied the essential character test incorrectly by giving too little weight to the aluminum core (see 2006290052).",
    body: `**Keystone Surfaces LLC** filed its notice of appeal July 30. The CIT had ruled last month that the trim was properly classified as other ceramic articles in heading 6914, finding that the ceramic coating, which gives the product its appearance and durability, imparts its essential character.

Keystone contends that the court improperly focused on marketing materials and retail price rather than on the role each material plays in the product's function. The aluminum core provides the structural support that allows the trim to protect tile edges, the company argues, while the coating is decorative.

On appeal, the Federal Circuit will review the legal question of the meaning of the tariff terms de novo. The application of the essential character test to the facts is reviewed for clear error, which gives Keystone a difficult standard to meet.

The appeal is likely to take about a year. The Federal Circuit has issued several decisions on essential character in recent years, generally affirming the CIT's fact-specific analysis.

The outcome could matter for other composite building products, such as coated metal molding and laminate flooring trims, whose classification often depends on which component is found to give the product its character.`,
    topics: ["cafc", "classification"],
    authors: ["Dana Whitcomb"],
    documents: [],
  },
];
