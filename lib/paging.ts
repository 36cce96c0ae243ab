/** `[]` → 1, `["page", "3"]` → 3; anything else → null (404). */
export function parsePageSegment(seg: string[] | undefined): number | null {
  if (!seg || seg.length === 0) return 1;
  if (seg.length !== 2 || seg[0] !== "page" || !/^\d{1,6}$/.test(seg[1])) return null;
  const n = Number(seg[1]);
  return n >= 1 ? n : null;
}
