// The sign-in email. Plain and short: the link (which opens a page with a
// "Continue" button, so a mail scanner that fetches it spends nothing), the
// 6-digit code for the device where the reader asked, when both expire.
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function magicLinkEmail(opts: { url: string; code: string; email: string; minutes: number; siteUrl: string }) {
  const host = new URL(opts.siteUrl).host;
  const spaced = `${opts.code.slice(0, 3)} ${opts.code.slice(3)}`;
  const subject = `Your sign-in link and code for Trade Law Daily: ${opts.code}`;
  const text = `Sign in to Trade Law Daily as ${opts.email}:\n\n${opts.url}\n\nOr type this code on the page where you asked to sign in:\n\n    ${spaced}\n\nThe link and the code work once and expire in ${opts.minutes} minutes.\nIf you did not ask for them, ignore this email; nothing will happen.\n\n${host}`;
  const html = `<!doctype html><html><body style="font-family:Georgia,serif;color:#111;max-width:560px;margin:0 auto;padding:24px">
<p style="font:bold 20px Georgia,serif;margin:0 0 16px">Trade Law Daily</p>
<p>Use the button below to sign in as <strong>${esc(opts.email)}</strong>.</p>
<p style="margin:24px 0"><a href="${esc(opts.url)}" style="background:#7a1f1f;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px;font-family:Arial,sans-serif">Sign in to Trade Law Daily</a></p>
<p>Or type this code on the page where you asked to sign in:</p>
<p style="font:bold 28px/1.2 'Courier New',monospace;letter-spacing:4px;margin:8px 0 24px">${esc(spaced)}</p>
<p>The link and the code work once and expire in ${opts.minutes} minutes.</p>
<p style="font-size:13px;color:#555">If you did not ask for this email, ignore it; nothing will happen.<br>${esc(host)}</p>
</body></html>`;
  return { subject, text, html };
}
