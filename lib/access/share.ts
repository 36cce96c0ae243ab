// Share links (issue 20, decision 32): the way in for one person to read one
// article without an account. The rule is in rules.ts (a viewer carrying
// `sharedArticle` reads that article, and only it, in full; shareLinkState);
// this file turns a link's token into that viewer, for the share page
// (pages/s/[id]/[token].tsx) and nowhere else.
//
//   token      32 random bytes, base64url (43 characters), shown once to the sharer
//   stored     HMAC-SHA256(key derived from the session secret, token): a database
//              dump holds no working link; rotating the secret voids every link
//   bound      to one article: /s/<its public ID>/<token>. The same token with any
//              other ID unlocks nothing (the link's article is compared, not trusted)
//
// Bots and link previewers (the usage counter's maintained list, countsAsPerson)
// neither unlock nor count: they get the teaser, which is what a preview card shows.
import { createHmac, randomBytes } from "node:crypto";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { countsAsPerson } from "../usage/record.ts";
import { shareLinkState, type ShareLinkState, type Viewer } from "./rules.ts";

/** A well-formed token: what /s/<id>/<token> accepts before asking the database. */
export const SHARE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

function shareKey(secret = config().authSecret): Buffer {
  return createHmac("sha256", secret).update("tld-share-link-v1").digest();
}

/** The stored form of a token: a keyed hash (hex). */
export function shareTokenHash(token: string, secret?: string): string {
  return createHmac("sha256", shareKey(secret)).update(token).digest("hex");
}

/** A new token and its stored hash. */
export function newShareToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: shareTokenHash(token) };
}

/** What the share page needs to know about the link in its URL. */
export type ShareLookup =
  /** No such link, or a link for another article than the URL's: nothing is unlocked, and nothing is said about other links. */
  | { state: "unknown" }
  /** A bot or link previewer: the teaser (the preview card), nothing unlocked, no view counted. */
  | { state: "robot"; linkId: string }
  | { state: Exclude<ShareLinkState, "active">; linkId: string }
  | { state: "active"; linkId: string; sharerId: string };

/** The link behind `token`, judged for the article `publicId` in the URL and this user agent. */
export async function lookUpShare(publicId: string, token: string, userAgent: string | null | undefined, now = new Date()): Promise<ShareLookup> {
  if (!SHARE_TOKEN.test(token)) return { state: "unknown" };
  const link = await db().shareLink.findUnique({
    where: { tokenHash: shareTokenHash(token) },
    select: { id: true, sharerId: true, expiresAt: true, revokedAt: true, article: { select: { publicId: true } } },
  });
  if (!link || link.article.publicId !== publicId) return { state: "unknown" };
  const state = shareLinkState(link, now);
  if (state !== "active") return { state, linkId: link.id };
  if (!countsAsPerson(userAgent)) return { state: "robot", linkId: link.id };
  return { state: "active", linkId: link.id, sharerId: link.sharerId };
}

/** The request's viewer, also reading the link's one article in full when the link is active. */
export function withShare(viewer: Viewer, publicId: string, found: ShareLookup): Viewer {
  return found.state === "active" ? { ...viewer, sharedArticle: publicId } : viewer;
}
