// A local SMTP server that keeps every message it receives, with a web inbox
// (GET /) and a JSON listing (GET /messages.json) for people and tests.
// Stand-in for a real SMTP service in embedded mode; SMTP_URL replaces it.
import http from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMessage = {
  id: number;
  from: string;
  to: string[];
  subject: string;
  date: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
};

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export async function startMailCatcher(opts: { smtpPort: number; httpPort: number; host?: string }) {
  const host = opts.host ?? "127.0.0.1";
  const messages: CaughtMessage[] = [];
  let nextId = 1;

  const makeSmtp = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onAuth: (_auth, _session, cb) => cb(null, { user: "catcher" }),
      onData(stream, session, cb) {
        simpleParser(stream)
          .then((parsed) => {
            const headers: Record<string, string> = {};
            // Raw header values: mailparser folds List-* headers into objects.
            for (const h of parsed.headerLines) headers[h.key.toLowerCase()] = h.line.slice(h.line.indexOf(":") + 1).trim();
            messages.push({
              id: nextId++,
              from: parsed.from?.text ?? "",
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              subject: parsed.subject ?? "",
              date: new Date().toISOString(),
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : null,
              headers,
            });
            cb();
          })
          .catch((e) => cb(e));
      },
    });
  let smtp = makeSmtp();
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      smtp.once("error", reject);
      smtp.listen(port, host, () => resolve());
    }).then(() => void smtp.on("error", () => {}));
  await listen(opts.smtpPort);
  let smtpUp = true;
  // Fault tests take SMTP down and bring it back on the same port.
  const setSmtp = async (up: boolean) => {
    if (up === smtpUp) return;
    if (!up) await new Promise<void>((r) => smtp.close(() => r()));
    else {
      smtp = makeSmtp();
      await listen(smtpPort);
    }
    smtpUp = up;
  };

  const web = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (req.method === "POST" && url.pathname === "/_control/smtp") {
      const up = url.searchParams.get("up") !== "0";
      setSmtp(up).then(
        () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ smtp: up ? "up" : "down" })),
        (e) => res.writeHead(500).end(String(e)),
      );
      return;
    }
    if (req.method === "DELETE" && url.pathname === "/messages") {
      messages.length = 0;
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === "/messages.json") {
      const to = url.searchParams.get("to")?.toLowerCase();
      const list = to ? messages.filter((m) => m.to.includes(to)) : messages;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(list));
      return;
    }
    const one = url.pathname.match(/^\/messages\/(\d+)$/);
    if (one) {
      const m = messages.find((x) => x.id === Number(one[1]));
      if (!m) return void res.writeHead(404, { "content-type": "text/plain" }).end("No such message");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><meta charset="utf-8"><title>${esc(m.subject)}</title><p><a href="/">← Inbox</a></p>` +
          `<p><b>From</b> ${esc(m.from)}<br><b>To</b> ${esc(m.to.join(", "))}<br><b>Subject</b> ${esc(m.subject)}</p><hr>` +
          (m.html ?? `<pre>${esc(m.text)}</pre>`),
      );
      return;
    }
    if (url.pathname === "/") {
      const rows = [...messages]
        .reverse()
        .map(
          (m) => `<tr><td>${esc(m.date)}</td><td>${esc(m.to.join(", "))}</td><td><a href="/messages/${m.id}">${esc(m.subject || "(no subject)")}</a></td></tr>`,
        )
        .join("");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><meta charset="utf-8"><title>Local inbox</title><style>body{font:15px system-ui;margin:2rem}td,th{padding:.3rem .6rem;text-align:left;border-bottom:1px solid #ddd}</style>` +
          `<h1>Local inbox (mail catcher)</h1><p>${messages.length} message(s). Everything the app sends in embedded mode lands here. <a href="/messages.json">JSON</a></p>` +
          `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows || '<tr><td colspan="3">No mail yet.</td></tr>'}</tbody></table>`,
      );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    web.once("error", reject);
    web.listen(opts.httpPort, host, () => resolve());
  });

  const smtpPort = (smtp.server.address() as { port: number }).port;
  const httpPort = (web.address() as { port: number }).port;
  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    inboxUrl: `http://${host}:${httpPort}`,
    smtpPort,
    httpPort,
    messages,
    async stop() {
      if (smtpUp) await new Promise<void>((r) => smtp.close(() => r()));
      web.closeAllConnections();
      await new Promise<void>((r) => web.close(() => r()));
    },
  };
}
