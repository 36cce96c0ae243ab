// The front: Debian's nginx in front of `next start`. One place that writes
// its configuration, used by `npm start`, the benchmark, the tests and
// `deploy/nginx.conf` (docs/decisions/0010-security-headers.md).
//
// The configuration itself is deploy/front/ (front.conf.template,
// proxy.conf.template, pass.js); this module fills it in. What it does:
// 1. Caches cookie-less GETs (honouring the app's Cache-Control or
//    X-Accel-Expires; nginx never stores a response with Set-Cookie). Requests
//    with a next-auth session cookie, and Next's RSC/router requests, bypass
//    the cache both ways.
// 2. Owns the Content-Security-Policy: it tells the app so (X-TLD-Front), the
//    app marks its own scripts with the install's secret nonce placeholder, and
//    the front replaces the placeholder with a fresh nonce in every response,
//    cached or not, and sends the matching policy header. Nothing else in a
//    page gets a nonce.
// 3. For readers with a full access pass, serves shared full article pages
//    (njs); and lets the app purge a story's copies (a takedown).
// 4. Office ranges (decision 22): asks the app, per client address and cached
//    OFFICE_ANSWER_SECONDS, whether the address is in a licence's range; such
//    readers bypass the article and search caches and are never stored.
//
// Also here: starting/stopping nginx as a child process with its own
// configuration in a temporary folder (the bench's static ceiling uses it).
import { spawn } from "node:child_process";
import { lookup } from "node:dns/promises";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { noncePolicy } from "../../lib/csp.ts";
import { passKey, sharedRenderToken } from "../../lib/access/pass.ts";
import {
  CACHE_STATUS_HEADER,
  FRONT_HEADER,
  OFFICE_ANSWER_SECONDS,
  OFFICE_CHECK_PATH,
  OFFICE_HEADER,
  PURGE_PATH,
  SHARED_RENDER_HEADER,
} from "../../lib/front/contract.ts";
import { frontToken, noncePlaceholder, purgeToken } from "../../lib/front/secrets.ts";
import { loadConfig } from "../../lib/config.ts";

export const NGINX = "/usr/sbin/nginx";
export const NGINX_INSTALL = "sudo apt-get install -y nginx";
export { FRONT_HEADER };

export function hasNginx(): boolean {
  return existsSync(NGINX);
}

export type FrontOptions = {
  /** Where next start listens, e.g. 127.0.0.1:3001 (host:port); several instances: "127.0.0.1:3001,127.0.0.1:3002". */
  upstream: string;
  /** The nginx listen directive's address, e.g. "127.0.0.1:8080" or "3000". */
  listen: string;
  /** Folder for the page cache. */
  cacheDir: string;
  /** Largest request body (uploads), MB. */
  maxBodyMb?: number;
  /**
   * The cache of full pages for readers with a valid access pass (decision 0012)
   * and the purge endpoint: the njs script's path, and how its secrets reach
   * nginx: passSecrets(key), or an `include` of a file holding them (deploy).
   * null: neither; signed-in readers are all served by the app.
   */
  passes?: { script: string } | null;
  /** How the front's secrets reach nginx: passSecrets(key), or an `include` of a file holding them (deploy). */
  secrets: string;
  /** Where the front's script-free 404 page is (deploy/front/404.html, or its installed copy). */
  notFoundPage?: string;
  /** The read log the usage job ingests (decision 28): full pages served to pass holders, teasers to anonymous readers. null: none. */
  readsLog?: string | null;
};

/** How long the front keeps an anonymous search answer (the app's own result cache keeps one 60 s). */
export const SEARCH_SECONDS = 60;

/** Where Debian's njs module (package libnginx-mod-http-js) puts itself. */
export const NJS_MODULE = "/usr/lib/nginx/modules/ngx_http_js_module.so";
export const NJS_INSTALL = "sudo apt-get install -y libnginx-mod-http-js";

export function hasNjs(): boolean {
  return existsSync(NJS_MODULE);
}

/** The front's deployable files: the nginx template, its proxy part, and the njs module. */
export const FRONT_DIR = path.resolve(import.meta.dirname, "../../deploy/front");
export const PASS_SCRIPT_FILE = path.join(FRONT_DIR, "pass.js");
export const NOT_FOUND_FILE = path.join(FRONT_DIR, "404.html");

/**
 * The front's secrets, as nginx variables: the nonce placeholder it replaces
 * ($tld_nonce_placeholder), its proof of being the front ($tld_front_token), the pass key ($tld_pass_key, for the njs check), the
 * shared-render token ($tld_shared_token) and the purge token ($tld_purge_token). All derive from the app's session secret (lib/access/pass.ts);
 * deploy/nginx.conf includes them from a file instead of holding them.
 */
export function passSecrets(key: string): string {
  return `map $host $tld_nonce_placeholder { default "${noncePlaceholder(key)}"; }
  map $host $tld_front_token { default "${frontToken(key)}"; }
  map $host $tld_pass_key { default "${key}"; }
  map $host $tld_shared_token { default "${sharedRenderToken(key)}"; }
  map $host $tld_purge_token { default "${purgeToken(key)}"; }`;
}

/**
 * Fill a template: {{NAME}} from `values` (an unknown name is an error, so the
 * template and this code cannot drift apart silently); {{#FLAG}}...{{/FLAG}}
 * lines kept only when `flags[FLAG]`.
 */
export function renderTemplate(text: string, values: Record<string, string>, flags: Record<string, boolean> = {}): string {
  const sections = text.replace(/^\{\{#(\w+)\}\}\n([\s\S]*?)^\{\{\/\1\}\}\n/gm, (_m, flag: string, body: string) => {
    if (!(flag in flags)) throw new Error(`template: no flag ${flag}`);
    return flags[flag] ? body : "";
  });
  return sections.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
    if (!(name in values)) throw new Error(`template: no value for {{${name}}}`);
    return values[name];
  });
}

const template = (name: string) => readFileSync(path.join(FRONT_DIR, name), "utf8");

/** The front's part of an nginx \`http { }\` block: deploy/front/front.conf.template, filled in. */
export function frontHttpBlock(o: FrontOptions): string {
  // Single quotes inside the policy are fine inside nginx's double quotes.
  const nonceFilter = [
    "      # The app's own scripts carry the install's secret placeholder as their nonce",
    "      # (lib/front/nonce.ts); every occurrence becomes this response's fresh nonce",
    "      # (cache hits included: the cache stores the app's HTML, filters run on the way",
    "      # out). A script that got into a page any other way has no nonce, and is blocked.",
    `      sub_filter '$tld_nonce_placeholder' '$request_id';`,
  ].join("\n");
  const proxy = renderTemplate(template("proxy.conf.template"), {
    FRONT_HEADER,
    FRONT_TOKEN: "$tld_front_token",
    CACHE_STATUS_HEADER,
    POLICY: noncePolicy("$request_id"),
    NONCE_FILTER: nonceFilter,
  }).replace(/\n$/, "");
  // Decision 22: ask the app (cached per address) whether the client is in an office range.
  const officeAsk = [`      auth_request ${OFFICE_CHECK_PATH};`, `      auth_request_set $tld_office $upstream_http_${OFFICE_HEADER.replace(/-/g, "_")};`].join(
    "\n",
  );
  const p = o.passes ?? null;
  return renderTemplate(
    template("front.conf.template"),
    {
      CACHE_DIR: o.cacheDir,
      UPSTREAM_SERVERS: upstreamServers(o.upstream),
      LISTEN: o.listen,
      MAX_BODY_MB: String(o.maxBodyMb ?? 60),
      SECRETS: o.secrets,
      PASS_SCRIPT: p?.script ?? "",
      SHARED_RENDER_HEADER,
      PURGE_PATH,
      SEARCH_SECONDS: String(SEARCH_SECONDS),
      NOT_FOUND_PAGE: o.notFoundPage ?? NOT_FOUND_FILE,
      OFFICE_CHECK_PATH,
      FRONT_HEADER,
      OFFICE_SECONDS: String(OFFICE_ANSWER_SECONDS),
      OFFICE_ASK: officeAsk,
      READS_LOG_ANONYMOUS: o.readsLog ? `access_log ${o.readsLog} tld_reads if=$tld_teaser_read;` : "# no read log",
      READS_LOG_FULL: o.readsLog ? `access_log ${o.readsLog} tld_reads;` : "# no read log",
      POLICY: noncePolicy("$request_id"),
      PROXY: proxy,
    },
    { PASSES: p !== null },
  );
}

/** The upstream block's server lines: each instance of "a,b", skipped for 2 s after a failure. */
export function upstreamServers(upstream: string): string {
  const servers = upstream
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!servers.length) throw new Error("front: no upstream server");
  for (const s of servers) if (!/^[\w.-]+:\d{1,5}$|^\[[0-9a-f:]+\]:\d{1,5}$/i.test(s)) throw new Error(`front: upstream "${s}" is not host:port`);
  return servers.map((s) => `    server ${s} max_fails=1 fail_timeout=2s;`).join("\n");
}

export const DEPLOY_PASS_SCRIPT = "/etc/nginx/tld/pass.js";
export const DEPLOY_PASS_SECRETS = "/etc/nginx/tld/secrets.conf";
export const DEPLOY_NOT_FOUND = "/etc/nginx/tld/404.html";
/** The front's read log on a server: the worker reads it (FRONT_READS_LOG); rotate it with copytruncate. */
export const DEPLOY_READS_LOG = "/var/log/nginx/tld-reads.log";

/** A complete, deployable nginx.conf (Debian paths; TLS is left to the operator). */
export function deployConf(o: { upstream?: string; listen?: string; cacheDir?: string } = {}): string {
  return `# Trade Law Daily front — generated by \`npm run front:conf\` from deploy/front/ (scripts/lib/front.ts).
# Put TLS in front of (or into) this server block and set SITE_URL to the https address.
# The app: "PORT=3001 npm start -- --behind-front" (next start on localhost:3001) → upstream ${o.upstream ?? "127.0.0.1:3001"};
# several instances: "PORT=3001 npm start -- --behind-front --instances 2" (3001, 3002) and --upstream 127.0.0.1:3001,127.0.0.1:3002.
# Needs Debian's nginx and libnginx-mod-http-js; \`npm run front:conf -- --secrets\` (in the app's
# environment: its NEXTAUTH_SECRET, or the install's generated .data/secrets.json) writes
# ${DEPLOY_PASS_SCRIPT} and ${DEPLOY_PASS_SECRETS} (mode 600), and says how to rotate them.
# Tell the app where this front is (FRONT_URL=http://127.0.0.1:80) so a takedown can purge it.
load_module ${NJS_MODULE};
user www-data;
worker_processes auto;
pid /run/nginx.pid;
events { worker_connections 1024; }
http {
  sendfile on;
  tcp_nopush on;
  server_tokens off;
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log /var/log/nginx/access.log;
  error_log /var/log/nginx/error.log;
${frontHttpBlock({ upstream: o.upstream ?? "127.0.0.1:3001", listen: o.listen ?? "80", cacheDir: o.cacheDir ?? "/var/lib/nginx/tld-cache", passes: { script: DEPLOY_PASS_SCRIPT }, secrets: `include ${DEPLOY_PASS_SECRETS};`, notFoundPage: DEPLOY_NOT_FOUND, readsLog: DEPLOY_READS_LOG })}}
`;
}

export type Nginx = { url: string; port: number; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/**
 * nginx as a child process (not a daemon), with its configuration, pid and
 * temp folders in a new temporary folder removed by stop(). `http` returns
 * the inside of the http block; `prepare` may add files to the folder.
 */
export async function startNginx(opts: {
  http: (dir: string, port: number) => string;
  prepare?: (dir: string) => void;
  probe: string;
  port?: number;
  workers?: number;
  modules?: string[];
  log?: (line: string) => void;
}): Promise<Nginx> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tld-nginx-"));
  // As root, nginx's workers run as "nobody" and must be able to read what they serve.
  chmodSync(dir, 0o755);
  opts.prepare?.(dir);
  const port = opts.port ?? (await freePort());
  const conf = `${(opts.modules ?? []).map((m) => `load_module ${m};\n`).join("")}daemon off;
worker_processes ${opts.workers ?? 2};
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  server_tokens off;
  keepalive_requests 1000000;
  types { text/html html; }
  default_type text/html;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${opts.http(dir, port)}
}
`;
  // Only the master (root, or this user) reads it: it may hold the front's secrets.
  writeFileSync(path.join(dir, "nginx.conf"), conf, { mode: 0o600 });
  const child = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", "stderr"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const keep = (d: Buffer) => {
    out += d;
    if (out.length > 100_000) out = out.slice(-50_000);
    opts.log?.(String(d));
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`nginx exited (${child.exitCode}): ${out}`);
    }
    try {
      const r = await fetch(url + opts.probe);
      await r.arrayBuffer();
      if (r.status < 500) break;
    } catch {}
    if (Date.now() > until) {
      await stop();
      throw new Error(`nginx did not answer within 15 s: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, stop };
}

/**
 * The front on `port` (default: a free one) in front of the app at `upstream`
 * (a URL such as http://localhost:3001). `publicAddress`: listen on all
 * interfaces (npm start) instead of loopback only (tests, bench). The cache of
 * full pages for pass holders is on when Debian's njs module is installed; its
 * key derives from `authSecret` (default: this process's NEXTAUTH_SECRET, or the
 * install's generated secret, as the app started with the same environment uses).
 */
export async function startFront(opts: {
  /** The app's address (http://localhost:3001); several instances: comma-separated. */
  upstream: string;
  port?: number;
  publicAddress?: boolean;
  probe?: string;
  maxBodyMb?: number;
  authSecret?: string;
  passes?: boolean;
  log?: (line: string) => void;
  /** The read log's path (decision 28); default reads.log in the front's own folder, which goes when it stops. */
  readsLog?: string;
}): Promise<Nginx & { passes: boolean; readsLog: string }> {
  const upstream = upstreamOf(opts.upstream);
  const passes = (opts.passes ?? true) && hasNjs();
  const key = passKey(opts.authSecret ?? loadConfig(process.env).authSecret);
  let readsLog = opts.readsLog ?? "";
  const http = (dir: string, port: number) =>
    frontHttpBlock({
      readsLog: (readsLog ||= `${dir}/reads.log`),
      upstream,
      listen: opts.publicAddress ? String(port) : `127.0.0.1:${port}`,
      cacheDir: `${dir}/cache`,
      maxBodyMb: opts.maxBodyMb,
      passes: passes ? { script: `${dir}/pass.js` } : null,
      secrets: passSecrets(key),
      notFoundPage: `${dir}/404.html`,
    });
  const nginx = await startNginx({
    http,
    prepare: (dir) => {
      if (passes) copyFileSync(PASS_SCRIPT_FILE, path.join(dir, "pass.js"));
      // nginx's workers (not root) read it from here.
      copyFileSync(NOT_FOUND_FILE, path.join(dir, "404.html"));
    },
    modules: passes ? [NJS_MODULE] : [],
    probe: opts.probe ?? "/robots.txt",
    port: opts.port,
    log: opts.log,
  });
  return { ...nginx, passes, readsLog };
}

/** "http://localhost:3001,http://localhost:3002" → "127.0.0.1:3001,127.0.0.1:3002" (nginx resolves "localhost" itself; the app listens on IPv4 loopback, see nextHostname). */
function upstreamOf(urls: string): string {
  return urls
    .split(",")
    .map((s) => new URL(s.trim()))
    .map((u) => `${u.hostname === "localhost" ? "127.0.0.1" : u.hostname}:${u.port || 80}`)
    .join(",");
}

/**
 * The --hostname for next start behind the front. With "-H 127.0.0.1",
 * Next.js 16 builds the proxy's request URL on "localhost" but compares
 * rewrites with 127.0.0.1, so proxy.ts's rewrite to /teaser becomes an HTTP
 * proxy hop to itself (double the work, and "Failed to proxy … ECONNRESET"
 * 500s under load). "localhost" keeps the rewrite internal and, where it
 * resolves to 127.0.0.1 (checked), still listens on loopback only.
 */
export async function nextHostname(): Promise<string> {
  try {
    const first = await lookup("localhost");
    return first.address === "127.0.0.1" ? "localhost" : "127.0.0.1";
  } catch {
    return "127.0.0.1";
  }
}
