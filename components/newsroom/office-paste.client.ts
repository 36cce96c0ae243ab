// What Word and Google Docs put on the clipboard, made into plain structure
// before the editor's schema reads it: Word's list paragraphs become real
// lists, Google Docs' wrapper and style-only bold/italic become elements,
// h1 (a document title in Word) becomes the site's top heading, h2. Styling
// noise is left for the schema and the server's allow-list to drop.

const OFFICE = /urn:schemas-microsoft-com|class="?Mso|mso-|docs-internal-guid|<meta[^>]+(Word|Excel)\.Document/i;

function unwrap(el: Element) {
  el.replaceWith(...Array.from(el.childNodes));
}

function rename(el: Element, tag: string) {
  const next = el.ownerDocument.createElement(tag);
  next.append(...Array.from(el.childNodes));
  for (const a of ["href", "title", "colspan", "rowspan"]) if (el.hasAttribute(a)) next.setAttribute(a, el.getAttribute(a)!);
  el.replaceWith(next);
  return next;
}

function listInfo(p: Element): { level: number; ordered: boolean } | null {
  const style = p.getAttribute("style") ?? "";
  const m = style.match(/mso-list:\s*l\d+\s+level(\d+)/i);
  const isListClass = /MsoListParagraph/i.test(p.getAttribute("class") ?? "");
  if (!m && !isListClass) return null;
  const marker = p.querySelector('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]')?.textContent?.trim() ?? "";
  return { level: m ? Number(m[1]) : 1, ordered: /^(\d+|[a-z]|[ivxlc]+)[.)]$/i.test(marker) };
}

function wordLists(doc: Document) {
  const paragraphs = Array.from(doc.body.querySelectorAll("p"));
  let stack: { list: Element; level: number }[] = [];
  let lastItem: Element | null = null;
  let previous: Element | null = null;
  for (const p of paragraphs) {
    const info = listInfo(p);
    if (!info) {
      stack = [];
      previous = null;
      continue;
    }
    // A run of list paragraphs is broken by anything between them.
    if (previous && p.previousElementSibling !== previous) stack = [];
    for (const ignore of Array.from(p.querySelectorAll('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]'))) ignore.remove();
    const li = doc.createElement("li");
    li.append(...Array.from(p.childNodes));
    while (stack.length && stack[stack.length - 1].level > info.level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < info.level) {
      const list = doc.createElement(info.ordered ? "ol" : "ul");
      if (top && lastItem) lastItem.append(list);
      else p.before(list);
      top = { list, level: info.level };
      stack.push(top);
    }
    top.list.append(li);
    lastItem = li;
    previous = p;
    // Keep the next paragraph's adjacency check working: leave a marker in place of p.
    const marker = doc.createElement("p");
    marker.setAttribute("data-list-marker", "");
    p.replaceWith(marker);
    previous = marker;
  }
  for (const m of Array.from(doc.body.querySelectorAll("p[data-list-marker]"))) m.remove();
}

export function normaliseOfficeHtml(html: string): string {
  if (!OFFICE.test(html) || typeof DOMParser === "undefined") return html;
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const el of Array.from(doc.querySelectorAll("style, meta, link, xml, script, title"))) el.remove();
  for (const b of Array.from(doc.querySelectorAll('b[id^="docs-internal-guid"]'))) unwrap(b);
  for (const span of Array.from(doc.querySelectorAll("span[style]"))) {
    const style = span.getAttribute("style") ?? "";
    let inner: Element = span;
    if (/font-weight:\s*(bold|[6-9]00)/i.test(style)) inner = rename(inner, "strong");
    if (/font-style:\s*italic/i.test(style)) {
      const em = doc.createElement("em");
      em.append(...Array.from(inner.childNodes));
      inner.append(em);
    }
  }
  wordLists(doc);
  // Word marks a table's header row only by making it bold: make it a header row, for screen readers and the PDF.
  for (const table of Array.from(doc.querySelectorAll("table"))) {
    const first = table.querySelector("tr");
    const cells = first ? Array.from(first.children).filter((c) => c.tagName === "TD") : [];
    const bold = (c: Element) => {
      const text = c.textContent?.trim() ?? "";
      const strong = Array.from(c.querySelectorAll("b, strong"))
        .map((b) => b.textContent ?? "")
        .join("")
        .trim();
      return text !== "" && strong === text;
    };
    if (cells.length && cells.every(bold)) for (const c of cells) rename(c, "th");
  }
  for (const h of Array.from(doc.querySelectorAll("h1"))) rename(h, "h2");
  for (const h of Array.from(doc.querySelectorAll("h5, h6"))) rename(h, "h4");
  // Google Docs puts each list item's text in a <p>; Word puts <p> in table cells: both are fine.
  return doc.body.innerHTML;
}
