import type { SeedDocument } from "./types";

export const documents: SeedDocument[] = [
  // Distinctive sentence: "This Act may be cited as the Uyghur Human Rights Policy Act of 2020."
  {
    key: "uyghur-human-rights-policy-act-2020",
    title: "Uyghur Human Rights Policy Act of 2020",
    type: "LEGISLATION",
    issuer: "U.S. Congress",
    caseNumber: "Public Law 116-145",
    dateIssued: "2020-06-17",
    summary:
      "Law (S. 3744) directing the President to identify and sanction foreign persons, including Chinese officials, responsible for serious human rights abuses against Uyghurs and other Muslim minorities in Xinjiang, and requiring several related reports to Congress.",
    paragraphs: [
      "An Act to condemn gross human rights violations of ethnic Turkic Muslims in Xinjiang, and calling for an end to arbitrary detention, torture, and harassment of these communities inside and outside China. SECTION 1. SHORT TITLE; TABLE OF CONTENTS. This Act may be cited as the Uyghur Human Rights Policy Act of 2020.",
      "Sections of the Act: Sec. 2, statement of purpose; Sec. 3, findings; Sec. 4, sense of Congress; Sec. 5, updating the statement of United States policy toward the People's Republic of China; Sec. 6, imposition of sanctions; Sec. 7, report on human rights abuses in the Xinjiang Uyghur Autonomous Region; Sec. 8, report on protecting citizens and residents of the United States from intimidation and coercion; Sec. 9, report on the security and economic implications of repression in the region; Sec. 10, classified report.",
      "SEC. 2. STATEMENT OF PURPOSE. The Act directs United States resources toward addressing human rights violations and abuses by the Government of the People's Republic of China, including the mass surveillance and internment of Uyghurs, ethnic Kazakhs, Kyrgyz and members of other Muslim minority groups in the Xinjiang Uyghur Autonomous Region.",
      "SEC. 3. FINDINGS. Congress finds, in summary, that authorities in the region have operated a large network of political re-education and detention facilities; that detainees and their families have been subjected to surveillance, restrictions on religious and cultural practice, and coerced labor; and that residents of the United States with relatives in the region have reported harassment and intimidation by Chinese security services.",
      "SEC. 6. IMPOSITION OF SANCTIONS. (a) Report required. Not later than 180 days after enactment, and not less often than annually thereafter, the President shall submit to the appropriate congressional committees a report identifying each foreign person, including any official of the Government of the People's Republic of China, that the President determines is responsible for torture; cruel, inhuman, or degrading treatment or punishment; prolonged detention without charges and trial; the disappearance of persons by abduction and clandestine detention; or other flagrant denial of the right to life, liberty, or security of persons, with respect to Uyghurs, ethnic Kazakhs, Kyrgyz, members of other Muslim minority groups, or other persons in the region.",
      "(b) Sanctions. With respect to each foreign person identified in the report, the President shall block all transactions in property and interests in property of that person that are in the United States or within the possession or control of a United States person, exercising the authorities of the International Emergency Economic Powers Act, and an identified alien shall be ineligible to receive a visa or to be admitted to the United States.",
      "(c) Waiver and exceptions. The President may waive the application of sanctions with respect to a foreign person if the President determines and certifies to the appropriate congressional committees that the waiver is in the national interest of the United States. The section also provides for exceptions and for the termination of sanctions in appropriate circumstances.",
      "SEC. 7. REPORT ON HUMAN RIGHTS ABUSES. The Secretary of State shall report to Congress on the scope of arbitrary detention and forced labor in the region, the conditions in detention facilities, and the acquisition by Chinese authorities of technology used for mass surveillance and internment.",
      "SEC. 8 AND SEC. 9. The Director of the Federal Bureau of Investigation shall report on efforts to protect United States citizens and residents, including ethnic Uyghurs and Chinese nationals studying or working in the United States, from harassment and intimidation by the Government of the People's Republic of China. The Secretary of State, in consultation with other agencies, shall report on the security and economic implications of the repression, including the use of forced labor in supply chains.",
      "SEC. 10. CLASSIFIED REPORT. The Director of National Intelligence shall submit a classified report on policies in the region that constitute gross violations of human rights and on the scope and scale of the detention and forced labor of Muslim minority groups.",
    ],
  },

  // Distinctive sentence: "Businesses with supply chains that touch Xinjiang, or that rely on workers transferred out of Xinjiang, face heightened reputational, economic and legal exposure."
  {
    key: "xinjiang-supply-chain-business-advisory",
    title: "Xinjiang Supply Chain Business Advisory",
    type: "OTHER",
    issuer: "State, Treasury, Commerce and Homeland Security Departments",
    caseNumber: null,
    dateIssued: "2020-07-01",
    summary:
      "Joint advisory warning companies of the risks of supply-chain links to entities that use forced labor or support surveillance and internment in the Xinjiang Uyghur Autonomous Region, and describing the import, export and sanctions tools the agencies can apply.",
    paragraphs: [
      "Purpose. The Departments of State, the Treasury, Commerce and Homeland Security issue this advisory to highlight risks for businesses connected to human rights abuses in the Xinjiang Uyghur Autonomous Region of the People's Republic of China. Businesses with supply chains that touch Xinjiang, or that rely on workers transferred out of Xinjiang, face heightened reputational, economic and legal exposure.",
      "Background. Chinese authorities have detained large numbers of Uyghurs, ethnic Kazakhs, Kyrgyz and members of other Muslim minority groups in internment facilities in the region. Credible reporting describes forced labor inside and outside those facilities, including through government-sponsored programs that place workers from the region in factories elsewhere in China.",
      "Principal risk areas. The advisory identifies three categories of activity that warrant particular scrutiny: (1) assisting in the development or supply of surveillance tools, including biometric, data-analytics and camera systems, for the authorities in Xinjiang; (2) relying on labor or goods sourced in Xinjiang, or from factories elsewhere in China that are implicated in the forced labor of individuals from Xinjiang; and (3) aiding or investing in the construction or operation of internment facilities or of manufacturing facilities located in or near them.",
      "Import restrictions. Section 307 of the Tariff Act of 1930 prohibits the importation of goods mined, produced or manufactured wholly or in part by forced labor. U.S. Customs and Border Protection may issue withhold release orders when information reasonably indicates that merchandise is made with forced labor, and has done so for several products from the region.",
      "Export controls. The Commerce Department's Bureau of Industry and Security has added Chinese government agencies and companies implicated in the repression to the Entity List, restricting their access to items subject to the Export Administration Regulations. Exporters should screen counterparties and be alert to diversion of controlled items to end users in the region.",
      "Sanctions. The Treasury Department may designate persons responsible for serious human rights abuse under Executive Order 13818, and the Uyghur Human Rights Policy Act of 2020 requires the identification and sanctioning of persons responsible for abuses in the region. U.S. persons are generally prohibited from dealing with designated persons.",
      "Due diligence. Businesses should consider the human rights risks of their supply chains, including audits that cannot be conducted independently in the region, the possibility that labor transfer programs supply workers to suppliers outside Xinjiang, and indicators such as government subsidies tied to the employment of transferred workers.",
      "Red flags include suppliers that participate in labor transfer programs, facilities that sit within or adjacent to internment sites, restrictions on auditors' access to workers, and limited transparency about the sourcing of raw materials such as cotton, polysilicon and hair products.",
      "This advisory is explanatory only and does not have the force of law. It does not modify statutory authorities, executive orders or regulations, and is not intended to be, nor should it be interpreted as, comprehensive.",
    ],
  },

  // Distinctive sentence: "OFAC today designated the Xinjiang Public Security Bureau and four current or former officials of the Xinjiang Uyghur Autonomous Region under Executive Order 13818."
  {
    key: "treasury-glomag-xinjiang-2020-07-09",
    title: "Treasury Sanctions Chinese Entity and Officials Pursuant to Global Magnitsky Human Rights Accountability Act",
    type: "PRESS_RELEASE",
    issuer: "Treasury Department (OFAC)",
    caseNumber: "sm1055",
    dateIssued: "2020-07-09",
    summary:
      "Treasury's Office of Foreign Assets Control blocks the property of the Xinjiang Public Security Bureau and officials Chen Quanguo, Zhu Hailun, Wang Mingshan and Huo Liujun for serious human rights abuse against ethnic minorities in Xinjiang.",
    paragraphs: [
      "Washington. OFAC today designated the Xinjiang Public Security Bureau and four current or former officials of the Xinjiang Uyghur Autonomous Region under Executive Order 13818. The designations address serious human rights abuse against Uyghurs and other ethnic minorities in the region, including reported mass arbitrary detention and severe physical abuse.",
      "The action is taken under Executive Order 13818, Blocking the Property of Persons Involved in Serious Human Rights Abuse or Corruption, which builds upon and implements the Global Magnitsky Human Rights Accountability Act.",
      "Xinjiang Public Security Bureau. The XPSB is the regional police authority responsible for the detention and surveillance campaign against ethnic minorities. Its methods include the Integrated Joint Operations Platform, an artificial-intelligence-enabled data system that aggregates information from checkpoints, cameras and mobile devices to monitor residents and flag individuals for questioning or detention.",
      "Chen Quanguo. Chen has served as Communist Party Secretary of the region since 2016, after leading security operations in the Tibet Autonomous Region. Under his tenure the authorities sharply expanded the network of detention facilities and the surveillance apparatus in Xinjiang.",
      "Zhu Hailun. Zhu is a former Deputy Party Secretary of the region who, as head of its Political and Legal Affairs Committee, oversaw the security apparatus and directed the management of detention facilities.",
      "Wang Mingshan and Huo Liujun. Wang is the current Director and Communist Party Secretary of the XPSB. Huo is the former Party Secretary of the XPSB, who led the bureau during the period in which the detention campaign expanded.",
      "Related actions. On July 1, 2020, the Departments of State, the Treasury, Commerce and Homeland Security issued the Xinjiang Supply Chain Business Advisory, which warns businesses about the risks of supply-chain links to entities that support surveillance or use forced labor in the region. The Department of State is concurrently announcing visa-related measures against certain of the officials designated today.",
      "Sanctions implications. All property and interests in property of the designated persons that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC. Entities owned 50 percent or more by one or more blocked persons are also blocked. Unless authorized by a general or specific license, U.S. persons are generally prohibited from engaging in transactions involving the property or interests in property of designated persons.",
      "Identifying information on the individuals and the entity designated today is available in the Specially Designated Nationals and Blocked Persons List.",
    ],
  },

  // Distinctive sentence: "The court holds that the Luminara flexible LED light strips are lighting fittings of heading 9405 and sustains their classification under subheading 9405.40.84."
  {
    key: "cit-24-00025-slip-op",
    title: "Luminara Home Technologies, Inc. v. United States",
    type: "COURT_OPINION",
    issuer: "U.S. Court of International Trade",
    caseNumber: "24-00025",
    dateIssued: "2020-07-14",
    summary:
      "On cross-motions for summary judgment, the court upholds CBP's classification of app-controlled LED light strips as lighting fittings under HTSUS 9405.40.84, rejecting the importer's claim under 8543.70.99 as electrical machines having individual functions.",
    paragraphs: [
      "Slip Op. 20-98. Court No. 24-00025. OPINION. The court holds that the Luminara flexible LED light strips are lighting fittings of heading 9405 and sustains their classification under subheading 9405.40.84. Plaintiff's motion for summary judgment is denied and defendant's cross-motion is granted.",
      "Background. Plaintiff Luminara Home Technologies, Inc. imported the merchandise, marketed as the Luminara Glow Strip, through the Port of Long Beach in 2018 and 2019. Each retail set consists of a five-meter flexible circuit board carrying surface-mounted multicolor light-emitting diodes, an adhesive backing, a power adapter and a small controller with a Wi-Fi module and microphone that permits users to change colors, schedule lighting and synchronize the diodes to music through a smartphone application.",
      "U.S. Customs and Border Protection liquidated the entries under subheading 9405.40.84, HTSUS, which covers other electric lamps and lighting fittings, dutiable at 3.9 percent ad valorem. Plaintiff protested, claiming classification under subheading 8543.70.99 as other electrical machines and apparatus having individual functions, dutiable at 2.6 percent. CBP denied the protest and this action followed.",
      "Standard of review. The court reviews classification decisions de novo under 28 U.S.C. 2640. Summary judgment is appropriate because the parties agree on the nature and use of the merchandise, leaving only the legal question of the proper meaning of the competing headings and whether the strips fall within them.",
      "Discussion. Heading 9405 covers lamps and lighting fittings not elsewhere specified or included. Plaintiff argues that the controller, wireless connectivity and music-synchronization features give the strips a function beyond illumination, so that they are better described as machines with individual functions. The court disagrees. The record shows that the strips are sold, advertised and used to light rooms, cabinets and furniture, and that every feature plaintiff identifies serves only to vary the color, brightness or timing of that light.",
      "Heading 8543, by its terms, covers electrical machines and apparatus having individual functions not specified or included elsewhere in Chapter 85. Because heading 9405 specifically provides for the merchandise, resort to the residual heading is unavailable. The Explanatory Notes to heading 9405, which describe lighting fittings of any material and for any use, including decorative lighting, reinforce that conclusion.",
      "Plaintiff's reliance on rulings classifying standalone smart-home controllers is misplaced. Those articles had no light source of their own and served to operate a variety of connected devices. Here, the controller is imported with, dedicated to, and useless without the diode strip it drives, and it does not alter the essential character of the set as a lighting fitting under General Rule of Interpretation 3(b).",
      "Conclusion. The imported LED light strips are classified under subheading 9405.40.84, HTSUS. Judgment will enter accordingly.",
    ],
  },

  // Distinctive sentence: "Because the imported rail and clamp assemblies did not contain every part needed to build a finished solar mounting system at the time of entry, they cannot qualify for the finished goods kit exclusion."
  {
    key: "cafc-2019-2143-sunfield",
    title: "Sunfield Mounting Systems LLC v. United States",
    type: "COURT_OPINION",
    issuer: "U.S. Court of Appeals for the Federal Circuit",
    caseNumber: "2019-2143",
    dateIssued: "2020-06-23",
    summary:
      "The Federal Circuit affirms a Court of International Trade judgment sustaining Commerce's scope ruling that aluminum rail and clamp assemblies for rooftop solar racking are subject to the antidumping and countervailing duty orders on aluminum extrusions from China.",
    paragraphs: [
      "Appeal from the United States Court of International Trade. Because the imported rail and clamp assemblies did not contain every part needed to build a finished solar mounting system at the time of entry, they cannot qualify for the finished goods kit exclusion. We affirm.",
      "Background. Sunfield Mounting Systems LLC imports extruded aluminum rails, mid-clamps, end-clamps and splice bars from China, packaged together with stainless steel fasteners. Installers combine them on site with roof attachments and flashing, which Sunfield sources separately in the United States, to mount photovoltaic panels on residential roofs.",
      "In response to Sunfield's scope request, the Department of Commerce determined that the assemblies fall within the antidumping and countervailing duty orders on aluminum extrusions from the People's Republic of China, Nos. A-570-967 and C-570-968. The Court of International Trade sustained the ruling, and Sunfield appealed.",
      "Standard of review. We review the Trade Court's decision de novo, applying the same substantial evidence standard it applied to Commerce's determination. Commerce's interpretation of its own orders receives substantial deference, but the agency may not interpret an order in a manner contrary to its terms.",
      "The orders cover aluminum extrusions that are identified with reference to their end use, including those that are parts of final finished products assembled after importation. They exclude finished merchandise containing aluminum extrusions as parts that are fully and permanently assembled at the time of entry, and finished goods kits, defined as packaged combinations of parts that contain, at the time of importation, all of the necessary parts to fully assemble a final finished good and that require no further finishing or fabrication.",
      "Sunfield argues that the roof attachments are not part of the racking system but of the roof, so that its packages are complete. The record does not support that characterization. Sunfield's own installation manuals describe the attachments as components of the mounting system, and the system cannot perform its function of holding panels to a roof without them.",
      "Sunfield also contends that Commerce departed from prior rulings excluding certain curtain wall and window kits. Those rulings involved packages that included every component of the finished product, and are therefore consistent with the determination here.",
      "Because substantial evidence supports Commerce's finding that the assemblies lacked necessary parts at the time of entry, the Court of International Trade correctly sustained the scope ruling. AFFIRMED.",
    ],
  },

  // Distinctive sentence: "In your letter dated May 27, 2020, you requested a tariff classification ruling on the PressFree Go cordless handheld garment steamer, model GS-220."
  {
    key: "cbp-ny-n312345-garment-steamer",
    title: "N312345: The tariff classification of a cordless handheld garment steamer from China",
    type: "CBP_RULING",
    issuer: "U.S. Customs and Border Protection",
    caseNumber: "N312345",
    dateIssued: "2020-06-18",
    summary:
      "New York ruling classifying a battery-powered handheld garment steamer under HTSUS 8516.79.0000 as an other electrothermic domestic appliance, rather than as an ironing machine of heading 8451.",
    paragraphs: [
      "Ms. Renata Olsen, Brightline Housewares Inc., Columbus, OH. RE: The tariff classification of a cordless handheld garment steamer from China. Dear Ms. Olsen: In your letter dated May 27, 2020, you requested a tariff classification ruling on the PressFree Go cordless handheld garment steamer, model GS-220.",
      "The PressFree Go is a handheld appliance that converts water to steam to remove wrinkles from clothing, curtains and upholstery. It consists of a plastic housing with a 150-milliliter removable water tank, an aluminum heating element rated at 1,000 watts, a steam plate and a trigger-operated pump. The unit is powered by a rechargeable lithium-ion battery pack and is sold with a charging base, a fabric brush attachment and a lint pad.",
      "You suggested classification under subheading 8451.30.0000, HTSUS, which provides for ironing machines and presses, including fusing presses. Heading 8451 covers machinery of the kind used in laundries and in the textile, clothing and related industries. The Explanatory Notes indicate that household steam irons and similar domestic appliances are excluded from that heading and are classified in heading 8516.",
      "Heading 8516 provides, in part, for electrothermic appliances of a kind used for domestic purposes. The PressFree Go is designed and marketed for household use, and its function is performed by heating water electrically to produce steam. It is not an electric smoothing iron of subheading 8516.40, because it has no soleplate that is pressed against the fabric.",
      "The applicable subheading for the cordless handheld garment steamer will be 8516.79.0000, HTSUS, which provides for other electrothermic appliances of a kind used for domestic purposes. The rate of duty will be 2.7 percent ad valorem.",
      "Products of China classified under this subheading may be subject to additional duties under Section 301 of the Trade Act of 1974. At the time of importation, you must report the applicable Chapter 99 subheading in addition to subheading 8516.79.0000. Duty rates are provided for your convenience and are subject to change; the text of the most recent HTSUS and the accompanying duty rates are available on the U.S. International Trade Commission website.",
      "This ruling is being issued under the provisions of Part 177 of the Customs and Border Protection Regulations (19 C.F.R. 177). A copy of the ruling or the control number indicated above should be provided with the entry documents filed at the time this merchandise is imported.",
      "If you have any questions regarding the ruling, contact the National Import Specialist assigned to this commodity at the National Commodity Specialist Division, New York. Sincerely, Director, National Commodity Specialist Division.",
    ],
  },

  // Distinctive sentence: "This is in response to your request of March 3, 2020, on behalf of Kestrel Networks Inc., for a ruling on the country of origin of the KN-4800 series managed network switches."
  {
    key: "cbp-hq-h311208-network-switches",
    title: "H311208: Country of Origin of Managed Network Switches; Substantial Transformation; Section 301 Measures",
    type: "CBP_RULING",
    issuer: "U.S. Customs and Border Protection",
    caseNumber: "H311208",
    dateIssued: "2020-07-08",
    summary:
      "Headquarters ruling finding that Chinese printed circuit board assemblies are not substantially transformed when installed in housings and tested in Malaysia, so the finished switches remain products of China subject to Section 301 duties.",
    paragraphs: [
      "Regulations and Rulings, Office of Trade. Dear Counsel: This is in response to your request of March 3, 2020, on behalf of Kestrel Networks Inc., for a ruling on the country of origin of the KN-4800 series managed network switches. You ask whether switches completed in Malaysia are products of Malaysia for purposes of marking and of the Section 301 measures on products of China.",
      "Facts. Each KN-4800 switch contains a main printed circuit board assembly (PCBA) carrying the switching application-specific integrated circuit, the central processor, memory and Ethernet physical-layer chips. The main PCBA is fabricated and populated in China. In Malaysia, the main PCBA is installed in a steel chassis together with a power supply from Taiwan, fans, port modules and a front panel; the unit is then tested and the firmware image, developed in the United States, is loaded and verified.",
      "Law. The country of origin of an imported article is the country of manufacture, production or growth. Where an article contains materials from more than one country, origin is conferred by the last country in which it underwent a substantial transformation, meaning processing that results in a new and different article of commerce with a name, character and use distinct from the article or articles from which it was made. The same test applies in determining whether a product is a product of China for purposes of the Section 301 measures.",
      "Analysis. CBP has consistently held that the main board of an electronic device, which carries the components that perform its essential function, is central to the origin analysis. Here the main PCBA provides all of the switching, routing and management capabilities of the finished switch. The operations in Malaysia consist of a limited number of assembly steps using simple tools and take approximately 25 minutes per unit.",
      "The loading of firmware in Malaysia does not alter this conclusion. Although CBP has recognized that software development may be relevant, the firmware here was developed in the United States, not in Malaysia, and its installation is a routine operation that does not change the character of the hardware.",
      "The Malaysian operations do not change the name, character or use of the main PCBA, which is already dedicated to use in the KN-4800 switch when it leaves China. Accordingly, no substantial transformation occurs in Malaysia.",
      "Holding. The country of origin of the KN-4800 series managed network switches is China. The switches must be marked as products of China, and they are subject to the Section 301 measures applicable to products of China classified in their tariff subheading.",
      "A copy of this ruling letter should be attached to the entry documents filed at the time the goods are entered. If the documents have been filed without a copy, this ruling should be brought to the attention of the CBP officer handling the transaction. Sincerely, Director, Commercial and Trade Facilitation Division.",
    ],
  },

  // Distinctive sentence: "Commerce determines that modular steel workbenches from China are being, or are likely to be, sold in the United States at less than fair value during the period of investigation, April 1, 2019, through September 30, 2019."
  {
    key: "commerce-a-570-139-workbenches-final",
    title: "Modular Steel Workbenches From the People's Republic of China: Final Affirmative Determination of Sales at Less Than Fair Value",
    type: "FEDERAL_REGISTER_NOTICE",
    issuer: "Commerce Department",
    caseNumber: "A-570-139",
    dateIssued: "2020-06-22",
    summary:
      "Commerce's final antidumping determination on modular steel workbenches from China, assigning rates of 47.91 and 63.20 percent to the mandatory respondents, 55.56 percent to separate-rate companies and 138.45 percent to the China-wide entity.",
    paragraphs: [
      "AGENCY: Enforcement and Compliance, International Trade Administration, Department of Commerce. SUMMARY: Commerce determines that modular steel workbenches from China are being, or are likely to be, sold in the United States at less than fair value during the period of investigation, April 1, 2019, through September 30, 2019. The final weighted-average dumping margins are shown in the Final Determination section of this notice.",
      "Background. On February 3, 2020, Commerce published its preliminary determination in this investigation and invited parties to comment. Because of travel restrictions, Commerce did not conduct on-site verification and instead relied on written verification questionnaires issued to the mandatory respondents. Commerce received case and rebuttal briefs from the petitioner, the Coalition of American Workbench Manufacturers, and from the respondents.",
      "Scope of the investigation. The merchandise covered is modular steel workbenches, whether assembled or unassembled, consisting of a steel work surface or a frame designed to support a work surface, with or without drawers, shelves, pegboards or casters. Merchandise is currently classified under HTSUS subheadings 9403.20.0080 and 9403.90.8041; the written description of the scope is dispositive.",
      "Analysis of comments. The issues raised in the briefs are addressed in the Issues and Decision Memorandum. Based on the comments, Commerce revised the surrogate value for hot-rolled steel sheet, which it now derives from Malaysian import data, and corrected the calculation of financial ratios for Ningbo Huayue Tools Co., Ltd.",
      "China-wide entity. Commerce continues to find that certain companies did not demonstrate eligibility for a separate rate. Because the China-wide entity did not respond to requests for information, Commerce relied on adverse facts available and assigned the highest margin alleged in the petition, 138.45 percent.",
      "Final determination. The final weighted-average dumping margins are: Ningbo Huayue Tools Co., Ltd., 47.91 percent; Qingdao Strongarm Industrial Co., Ltd., 63.20 percent; non-examined companies receiving a separate rate, 55.56 percent; China-wide entity, 138.45 percent.",
      "Continuation of suspension of liquidation. Commerce will instruct U.S. Customs and Border Protection to continue to suspend liquidation of all entries of subject merchandise entered, or withdrawn from warehouse, for consumption on or after February 3, 2020, and to require cash deposits at the rates above, adjusted for export subsidies found in the companion countervailing duty investigation.",
      "ITC notification. Commerce will notify the U.S. International Trade Commission of its final determination. The ITC will determine within 45 days whether the domestic industry is materially injured, or threatened with material injury, by reason of imports of subject merchandise. If the ITC's determination is affirmative, Commerce will issue an antidumping duty order.",
    ],
  },

  // Distinctive sentence: "Commerce preliminarily determines that countervailable subsidies are being provided to producers and exporters of steel cable tray systems from Indonesia."
  {
    key: "commerce-c-560-839-cable-trays-prelim",
    title: "Steel Cable Tray Systems From Indonesia: Preliminary Affirmative Countervailing Duty Determination",
    type: "FEDERAL_REGISTER_NOTICE",
    issuer: "Commerce Department",
    caseNumber: "C-560-839",
    dateIssued: "2020-07-06",
    summary:
      "Commerce preliminarily finds subsidy rates of 9.84 percent for PT Baja Kabel Nusantara and 14.27 percent for PT Sinar Logam Jaya, with an all-others rate of 12.06 percent, and directs CBP to collect cash deposits.",
    paragraphs: [
      "AGENCY: Enforcement and Compliance, International Trade Administration, Department of Commerce. SUMMARY: Commerce preliminarily determines that countervailable subsidies are being provided to producers and exporters of steel cable tray systems from Indonesia. The period of investigation is January 1, 2019, through December 31, 2019.",
      "Case history. This investigation was initiated on a petition filed by the American Cable Tray Alliance and its individual members. Commerce selected PT Baja Kabel Nusantara and PT Sinar Logam Jaya as mandatory respondents, the two largest exporters by volume, and postponed the preliminary determination to the full extent permitted by law.",
      "Scope. The products covered are steel cable tray systems, including ladder, ventilated trough, solid bottom and wire mesh trays, and fittings and splice plates, whether or not galvanized, painted or otherwise coated. Merchandise is currently classified under HTSUS subheadings 7308.90.9590 and 7326.90.8688.",
      "Methodology. Commerce conducted this investigation in accordance with section 701 of the Tariff Act of 1930. For each subsidy program found countervailable, Commerce preliminarily finds a financial contribution by an authority that confers a benefit and is specific. Programs found countervailable include the provision of hot-rolled steel for less than adequate remuneration by a state-owned producer, import duty exemptions for capital equipment, and preferential loans from state-owned banks.",
      "Alignment. Commerce is aligning the final countervailing duty determination with the final determination in the companion antidumping duty investigation of steel cable tray systems from Indonesia.",
      "Preliminary determination. The estimated subsidy rates are: PT Baja Kabel Nusantara, 9.84 percent ad valorem; PT Sinar Logam Jaya, 14.27 percent ad valorem; all others, 12.06 percent ad valorem. The all-others rate is the weighted average of the two respondents' rates.",
      "Suspension of liquidation. Commerce will direct U.S. Customs and Border Protection to suspend liquidation of entries of subject merchandise entered, or withdrawn from warehouse, for consumption on or after the date of publication of this notice in the Federal Register, and to require a cash deposit equal to the rates indicated above.",
      "Verification and public comment. Commerce intends to verify the information relied upon in making its final determination. Interested parties may submit case briefs no later than seven days after the issuance of the last verification report. Commerce will notify the ITC of its preliminary determination.",
    ],
  },

  // Distinctive sentence: "The U.S. Trade Representative has determined to grant the product exclusions described in the Annex to this notice from the additional duties imposed on the third tranche of Chinese goods."
  {
    key: "ustr-301-list3-exclusions-2020-07-10",
    title: "Notice of Product Exclusions: China's Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation",
    type: "FEDERAL_REGISTER_NOTICE",
    issuer: "Office of the U.S. Trade Representative",
    caseNumber: "85 FR 41621",
    dateIssued: "2020-07-10",
    summary:
      "USTR grants 27 additional exclusions from the Section 301 duties on the $200 billion list of Chinese goods, covering industrial components such as hydraulic fittings, servo motors and stepper motor drivers, retroactive to September 24, 2018.",
    paragraphs: [
      "AGENCY: Office of the United States Trade Representative. ACTION: Notice. SUMMARY: The U.S. Trade Representative has determined to grant the product exclusions described in the Annex to this notice from the additional duties imposed on the third tranche of Chinese goods. The exclusions are available for goods entered on or after September 24, 2018, and extend to August 7, 2020.",
      "Background. Effective September 24, 2018, the U.S. Trade Representative imposed additional duties on goods of China with an annual trade value of approximately $200 billion as part of the action in the Section 301 investigation of China's acts, policies and practices related to technology transfer, intellectual property and innovation. The rate of additional duty was increased from 10 percent to 25 percent effective May 10, 2019.",
      "On June 24, 2019, the U.S. Trade Representative established a process by which U.S. stakeholders could request exclusion of particular products. Requests were required to identify the product and provide supporting data regarding the availability of the product from sources outside China, the impact of the duties on the requester, and any strategic importance of the product to Chinese industrial programs.",
      "Determination. Based on the evaluation of the factors set out in the exclusion notice, including input from the interagency Section 301 committee, the U.S. Trade Representative has determined to grant the requests described in the Annex. The exclusions are reflected in 27 specially prepared product descriptions, which cover products including certain hydraulic hose fittings, alternating current servo motors, stepper motor drivers, and aluminum enclosures for programmable controllers.",
      "Scope of exclusions. The exclusions apply only to the particular products described in the Annex and are not limited to the persons who requested them. The scope of each exclusion is governed by the product description, not by the ten-digit statistical reporting number under which the product is classified.",
      "Implementation. The exclusions are implemented through a new heading of Chapter 99 of the HTSUS. Importers claiming an exclusion must report that heading together with the subheading of Chapter 1 through 97 that applies to the product. U.S. Customs and Border Protection will issue instructions on entry guidance and implementation.",
      "Refunds. Importers may request refunds of duties paid on entries covered by the exclusions under applicable CBP procedures, including post-summary corrections for unliquidated entries and protests for liquidated entries within the time permitted.",
      "FOR FURTHER INFORMATION CONTACT: Associate General Counsel or Assistant General Counsel, Office of the United States Trade Representative. Docket Number USTR-2019-0005.",
    ],
  },

  // Distinctive sentence: "In this final rule, the Bureau of Industry and Security amends the Export Administration Regulations by adding nine entities under ten entries to the Entity List for diverting U.S.-origin items to Iran."
  {
    key: "bis-entity-list-iran-diversion-2020-07-20",
    title: "Addition of Entities to the Entity List",
    type: "FEDERAL_REGISTER_NOTICE",
    issuer: "Commerce Department (BIS)",
    caseNumber: "85 FR 43781",
    dateIssued: "2020-07-20",
    summary:
      "BIS adds nine companies and individuals in China, Hong Kong and the United Arab Emirates to the Entity List for procuring U.S.-origin aircraft parts and industrial electronics for end users in Iran, with a license review policy of presumption of denial.",
    paragraphs: [
      "AGENCY: Bureau of Industry and Security, Commerce. ACTION: Final rule. SUMMARY: In this final rule, the Bureau of Industry and Security amends the Export Administration Regulations by adding nine entities under ten entries to the Entity List for diverting U.S.-origin items to Iran. The entities are located in China, Hong Kong and the United Arab Emirates.",
      "Background. The Entity List, found in Supplement No. 4 to part 744 of the EAR, identifies entities for which there is reasonable cause to believe, based on specific and articulable facts, that they have been involved, are involved, or pose a significant risk of being or becoming involved in activities contrary to the national security or foreign policy interests of the United States.",
      "The End-User Review Committee, composed of representatives of the Departments of Commerce, State, Defense and Energy, and, where appropriate, the Treasury, makes all decisions regarding additions to, removals from, or other modifications to the Entity List by majority vote, and removals by unanimous vote.",
      "Reasons for additions. The ERC determined that Falcon Crest Aviation Supply FZE and Gulfway Technical Trading LLC of the United Arab Emirates, Jade Harbor Electronics Ltd. of Hong Kong, and Shenzhen Tianrui Industrial Automation Co., Ltd. and five related companies and individuals in China procured or attempted to procure aircraft spare parts, programmable logic controllers and pressure transmitters from U.S. suppliers and transshipped them to end users in Iran without the required authorizations.",
      "License requirements and review policy. For each entity added in this rule, BIS imposes a license requirement for all items subject to the EAR. Applications will be reviewed under a policy of presumption of denial. No license exceptions are available for exports, reexports or transfers (in-country) to these entities.",
      "Savings clause. Shipments of items removed from eligibility for a license exception or export without a license as a result of this action that were en route aboard a carrier to a port of export or reexport on the effective date, pursuant to actual orders, may proceed to the destination under the previous eligibility.",
      "Export Control Reform Act of 2018. On August 13, 2018, the President signed into law the John S. McCain National Defense Authorization Act for Fiscal Year 2019, which included the Export Control Reform Act of 2018, the statutory authority for the EAR.",
      "Rulemaking requirements. This rule has been determined to be not significant for purposes of Executive Order 12866. Because this rule involves a military or foreign affairs function of the United States, the provisions of the Administrative Procedure Act requiring notice and comment, and a 30-day delay in effectiveness, are not applicable.",
    ],
  },

  // Distinctive sentence: "The U.S. International Trade Commission today determined that a U.S. industry is materially injured by reason of imports of modular steel workbenches from China that Commerce found are sold at less than fair value."
  {
    key: "itc-workbenches-final-vote-2020-07-28",
    title: "Modular Steel Workbenches From China Injure U.S. Industry, Says USITC",
    type: "PRESS_RELEASE",
    issuer: "U.S. International Trade Commission",
    caseNumber: "731-TA-1468 (Final)",
    dateIssued: "2020-07-28",
    summary:
      "The ITC votes unanimously that the domestic modular steel workbench industry is materially injured by dumped imports from China, clearing the way for Commerce to issue an antidumping duty order.",
    paragraphs: [
      "The U.S. International Trade Commission today determined that a U.S. industry is materially injured by reason of imports of modular steel workbenches from China that Commerce found are sold at less than fair value.",
      "As a result of the Commission's affirmative determination, the U.S. Department of Commerce will issue an antidumping duty order on imports of this product from China.",
      "All participating Commissioners voted in the affirmative. The Commission also made a negative finding with respect to critical circumstances, meaning that duties will not be imposed retroactively on imports entered in the 90 days before suspension of liquidation.",
      "The Commission's public report, Modular Steel Workbenches from China (Inv. No. 731-TA-1468 (Final)), will contain the views of the Commission and information developed during the investigation. The report will be available by September 1, 2020.",
      "Background. The investigation was instituted on the basis of a petition filed by the Coalition of American Workbench Manufacturers. Imports of the subject merchandise from China were valued at an estimated $312 million in 2019.",
      "Commerce made a final affirmative dumping determination on June 22, 2020, assigning margins ranging from 47.91 percent to 138.45 percent.",
      "The Commission is an independent, nonpartisan, quasi-judicial federal agency that fulfills a range of trade-related mandates. Its determinations in antidumping and countervailing duty investigations may be appealed to the U.S. Court of International Trade or, where applicable, to a binational panel.",
    ],
  },
];
