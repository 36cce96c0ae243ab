/** URL slug from a headline: lower-case ASCII words joined by hyphens, at most ~80 chars. */
export function slugify(text: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (s.length <= 80) return s || "article";
  return s.slice(0, 80).replace(/-[^-]*$/, "") || s.slice(0, 80);
}
