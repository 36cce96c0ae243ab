import { writeFileSync } from "node:fs";
import { renderEditionPdf } from "../lib/editions/pdf.ts";
const teaser = '<h2>Duties at a glance</h2><p>Rates below; see the notice <a href="https://www.federalregister.gov/">in the Federal Register</a> (see 2007090041).</p><ul><li><p>First point</p></li><li><p>Second <strong>bold</strong> point</p></li></ul>';
const body = '<table><tbody><tr><th><p>HTS heading</p></th><th><p>Description</p></th><th><p>Duty rate</p></th></tr><tr><td><p>8712.00.15</p></td><td><p>Bicycles, wheels not over 63.5 cm</p></td><td><p>11%</p></td></tr><tr><td><p>8712.00.25</p></td><td><p>Bicycles, wheels over 63.5 cm, weighing less than 16.3 kg</p></td><td><p>5.5%</p></td></tr><tr><td><p>8714.91.30</p></td><td><p>Frames, valued over $600 each</p></td><td><p>3.9%</p></td></tr></tbody></table><blockquote><p>A quoted ruling.</p></blockquote>';
const { pdf, pages } = await renderEditionPdf({ id: "e1", day: "2026-11-30", count: 1, groups: [{ topic: "Tariffs", articles: [{ publicId: "2611300001", slug: "x", headline: "Bicycle duty table", teaserText: "", teaser, body, topics: ["Tariffs"], authors: ["A. Writer"], publishedAt: new Date() }] }] });
writeFileSync("/tmp/nr/edition.pdf", pdf);
console.log(pages);
