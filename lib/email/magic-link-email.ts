// The sign-in email. Plain and short: one link, what it does, when it expires.
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function magicLinkEmail(opts: { url: string; minutes: number; siteUrl: string }) {
  const host = new URL(opts.siteUrl).host;
  const subject = "Your sign-in link for Trade Law Daily";
  const text = `Sign in to Trade Law Daily:\n\n${opts.url}\n\nThe link works once and expires in ${opts.minutes} minutes.\nIf you did not ask for it, ignore this email; nothing will happen.\n\n${host}`;
  const html = `<!doctype html><html><body style="font-family:Georgia,serif;color:#111;max-width:560px;margin:0 auto;padding:24px">
<p style="font:bold 20px Georgia,serif;margin:0 0 16px">Trade Law Daily</p>
<p>Use the button below to sign in. It works once and expires in ${opts.minutes} minutes.</p>
<p style="margin:24px 0"><a href="${esc(opts.url)}" style="background:#7a1f1f;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px;font-family:Arial,sans-serif">Sign in to Trade Law Daily</a></p>
<p style="font-size:13px;color:#555">If you did not ask for this email, ignore it; nothing will happen.<br>${esc(host)}</p>
</body></html>`;
  return { subject, text, html };
}
