// Reads the front served itself (decision 28): its read log has one JSON line
// per full page served to an access-pass holder and per article page served to
// an anonymous reader. This job reads the lines written since last time (the
// cursor is kept in the database; a rotated file starts again) and records
// them: a pass's signature names its reader (PassIssued, written when the app
// minted it); an anonymous line is a teaser view. The front's speed is
// untouched: nginx writes a buffered line, nothing else happens per request.
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { recordRead, recordTeaserView } from "./record.ts";

const log = logger("usage-front-log");
const ARTICLE = /^\/articles\/(\d{10})(\/[^/]*)?\/?$/;
const MAX_BYTES = 16 * 1024 * 1024;

type Line = { t: string; pass: string; uri: string; status: string; ua: string };

export async function ingestFrontLog(file = config().FRONT_READS_LOG): Promise<{ reads: number; teasers: number; skipped: number }> {
  const out = { reads: 0, teasers: 0, skipped: 0 };
  if (!file) return out;
  let st;
  try {
    st = statSync(file);
  } catch {
    return out; // no log yet
  }
  const inode = String(st.ino);
  const cursor = await db().frontLogCursor.findUnique({ where: { path: file } });
  let offset = cursor && cursor.inode === inode && Number(cursor.offset) <= st.size ? Number(cursor.offset) : 0;
  if (offset >= st.size) return out;
  const len = Math.min(st.size - offset, MAX_BYTES);
  const buf = Buffer.alloc(len);
  const fd = openSync(file, "r");
  try {
    readSync(fd, buf, 0, len, offset);
  } finally {
    closeSync(fd);
  }
  const text = buf.toString("utf8");
  const end = text.lastIndexOf("\n") + 1; // a line still being written waits for the next run
  const lines = text.slice(0, end).split("\n").filter(Boolean);
  const passes = new Map<string, string | null>();
  for (const raw of lines) {
    let l: Line;
    try {
      l = JSON.parse(raw) as Line;
    } catch {
      out.skipped++;
      continue;
    }
    const m = ARTICLE.exec(l.uri);
    if (!m || l.status !== "200") {
      out.skipped++;
      continue;
    }
    const at = new Date(Number(l.t) * 1000);
    const signature = l.pass?.split(".")[2];
    if (signature && l.pass.startsWith("full.")) {
      if (!passes.has(signature)) passes.set(signature, (await db().passIssued.findUnique({ where: { signature } }))?.userId ?? null);
      const userId = passes.get(signature);
      if (userId && (await recordRead("ARTICLE", m[1], { userId }, "front", l.ua, at))) out.reads++;
      else out.skipped++;
    } else if (await recordTeaserView(m[1], l.ua, at)) out.teasers++;
    else out.skipped++;
  }
  offset += Buffer.byteLength(text.slice(0, end));
  await db().frontLogCursor.upsert({
    where: { path: file },
    create: { path: file, inode, offset: BigInt(offset) },
    update: { inode, offset: BigInt(offset), readAt: new Date() },
  });
  await db().passIssued.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  if (lines.length) log.info("front reads ingested", { ...out, lines: lines.length });
  return out;
}
