// The alert emails. They carry what every visitor may read and nothing more:
// an article's headline, teaser and link (never its body, whatever the
// owner's access), a document's title and metadata. Pure, unit-tested.

import { DOCUMENT_TYPES } from "../documents/types.ts";
export type AlertItem =
  | { kind: "article"; headline: string; teaserText: string; url: string; date: string }
  | { kind: "document"; title: string; typeLabel: string; issuer: string; caseNumber: string | null; date: string; url: string };

export type AlertEmailInput = {
  alertName: string;
  frequency: "INSTANT" | "DAILY";
  items: AlertItem[];
  /** Items matched but left for the next digest. */
  more?: number;
  manageUrl: string;
  unsubscribePageUrl: string;
  oneClickUrl: string;
  siteUrl: string;
};

export const DOCUMENT_TYPE_LABELS: Record<string, string> = DOCUMENT_TYPES;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ").trim();
const dateFmt = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", year: "numeric", month: "long", day: "numeric" });
const day = (iso: string) => dateFmt.format(new Date(iso));

function titleOf(i: AlertItem) {
  return oneLine(i.kind === "article" ? i.headline : i.title);
}

function metaOf(i: AlertItem) {
  return i.kind === "article" ? day(i.date) : [i.typeLabel, i.issuer, i.caseNumber, day(i.date)].filter(Boolean).join(" · ");
}

export function alertEmail(input: AlertEmailInput) {
  const { items } = input;
  const name = oneLine(input.alertName).slice(0, 80);
  const subject =
    items.length === 1 && input.frequency === "INSTANT"
      ? `Alert “${name}”: ${titleOf(items[0])}`.slice(0, 200)
      : `Alert “${name}”: ${items.length + (input.more ?? 0)} new item${items.length + (input.more ?? 0) === 1 ? "" : "s"}`;
  const host = new URL(input.siteUrl).host;

  const textItems = items.map((i) => [titleOf(i), metaOf(i), i.kind === "article" ? oneLine(i.teaserText) : "", i.url].filter(Boolean).join("\n"));
  const text = [
    `New on Trade Law Daily for your alert “${name}”:`,
    ...textItems,
    ...(input.more ? [`…and ${input.more} more in your next email.`] : []),
    [
      `You get this email because you saved the search “${name}” (${input.frequency === "INSTANT" ? "sent as items appear" : "daily digest"}).`,
      `Manage your alerts: ${input.manageUrl}`,
      `Stop this alert: ${input.unsubscribePageUrl}`,
      host,
    ].join("\n"),
  ].join("\n\n");

  const htmlItems = items
    .map(
      (i) => `<li style="margin:0 0 20px">
<a href="${esc(i.url)}" style="font:bold 18px Georgia,serif;color:#7a1f1f;text-decoration:none">${esc(titleOf(i))}</a>
<div style="font:12px Arial,sans-serif;color:#555;text-transform:uppercase;letter-spacing:.03em;margin:4px 0">${esc(metaOf(i))}</div>
${i.kind === "article" ? `<p style="margin:4px 0">${esc(oneLine(i.teaserText))}</p>` : ""}
</li>`,
    )
    .join("\n");
  const html = `<!doctype html><html><body style="font-family:Georgia,serif;color:#111;max-width:600px;margin:0 auto;padding:24px">
<p style="font:bold 20px Georgia,serif;margin:0 0 8px">Trade Law Daily</p>
<p style="margin:0 0 16px">New for your alert <strong>“${esc(name)}”</strong>:</p>
<ul style="list-style:none;padding:0;margin:0">
${htmlItems}
</ul>
${input.more ? `<p>…and ${input.more} more in your next email.</p>` : ""}
<p style="font-size:13px;color:#555;border-top:1px solid #ddd;padding-top:12px">You get this email because you saved the search “${esc(name)}”.
<a href="${esc(input.manageUrl)}">Manage your alerts</a> · <a href="${esc(input.unsubscribePageUrl)}">Stop this alert</a><br>${esc(host)}</p>
</body></html>`;

  return {
    subject,
    text,
    html,
    headers: { "List-Unsubscribe": `<${input.oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
