import { writeFileSync } from "node:fs";
import { renderHeadlineEmail } from "../lib/email/edition-email.tsx";
import { documentBlocks } from "../lib/articles/document.ts";
const teaser = '<p>Rates below, from <a href="https://www.federalregister.gov/">the notice</a>.</p><table><tbody><tr><th><p>HTS heading</p></th><th><p>Description</p></th><th><p>Duty rate</p></th></tr><tr><td><p>8712.00.15</p></td><td><p>Bicycles</p></td><td><p>11%</p></td></tr><tr><td><p>8712.00.25</p></td><td><p>Bicycles, light</p></td><td><p>5.5%</p></td></tr><tr><td><p>8714.91.30</p></td><td><p>Frames</p></td><td><p>3.9%</p></td></tr></tbody></table>';
const r = await renderHeadlineEmail({ day: "2026-11-30", siteUrl: "http://x", pdfUrl: "http://x/pdf", preferencesUrl: "http://x/p", unsubscribeUrl: "http://x/u", groups: [{ topic: "Tariffs", articles: [{ publicId: "2611300001", headline: "Bicycle duties", teaserText: "t", teaserBlocks: documentBlocks(teaser), url: "http://x/a" }] }] });
writeFileSync("/tmp/nr/email.html", r.html);
console.log(r.text.slice(0, 900));
