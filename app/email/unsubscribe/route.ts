import { setDailyEmail } from "@/lib/editions/preferences";
import { verifyUnsubscribe } from "@/lib/editions/tokens";
import { guard } from "@/lib/http/guard";

// One-click unsubscribe (RFC 8058): mail clients POST here without a session;
// the signed token is the authority, so a foreign Origin (a webmail's) is
// accepted (crossSite "signed"). GET shows a confirmation button, since
// link scanners must not unsubscribe anyone by prefetching.
const page = (title: string, body: string, status = 200) =>
  new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} | Trade Law Daily</title><body style="font:16px/1.5 Georgia,serif;max-width:560px;margin:3rem auto;padding:0 1rem"><p style="color:#7a1f1f;font-weight:bold;font-size:22px">Trade Law Daily</p><h1 style="font-size:26px">${title}</h1>${body}</body></html>`,
    { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } },
  );

export const GET = guard("public", async (req) => {
  const u = new URL(req.url);
  const id = u.searchParams.get("u");
  if (!verifyUnsubscribe(id, u.searchParams.get("t")))
    return page(
      "This link is not valid",
      "<p>It may be incomplete. Use the link in your most recent email, or change your settings under Account → Email.</p>",
      400,
    );
  return page(
    "Unsubscribe from the daily email?",
    `<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button style="font:inherit;padding:.6rem 1.2rem;background:#7a1f1f;color:#fff;border:0;border-radius:4px">Unsubscribe</button></form><p>You can turn it back on at any time under Account → Email.</p>`,
  );
});

export const POST = guard(
  "public",
  async (req) => {
    const u = new URL(req.url);
    const id = u.searchParams.get("u");
    if (!verifyUnsubscribe(id, u.searchParams.get("t"))) return page("This link is not valid", "<p>Nothing was changed.</p>", 400);
    await setDailyEmail(id, false);
    return page("You are unsubscribed", "<p>You will no longer receive the daily headline email. Your account and access are unchanged.</p>");
  },
  { crossSite: "signed" },
);
