// The front: Debian's nginx in front of `next start`. One place that writes
// its configuration, used by `npm start`, the benchmark, the tests and
// `deploy/nginx.conf` (docs/decisions/0010-security-headers.md).
//
// What it does:
// 1. Caches cookie-less GETs (honouring the app's Cache-Control; nginx never
//    stores a response with Set-Cookie). Requests with a next-auth session
//    cookie, and Next's RSC/router requests, bypass the cache both ways.
// 2. Owns the Content-Security-Policy: every HTML response, cached or not,
//    gets `nonce="$request_id"` (fresh per response) on each <script> and
//    <link> tag and the matching policy header. It tells the app so (X-TLD-Front), and
//    proxy.ts then leaves nonces out of the HTML Next renders: a script with
//    two nonce attributes is not nonceable (CSP 3, duplicate-attribute rule).
//
// Also here: starting/stopping nginx as a child process with its own
// configuration in a temporary folder (the bench's static ceiling uses it).
import { spawn } from "node:child_process";
import { lookup } from "node:dns/promises";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FRONT_HEADER, noncePolicy } from "../../lib/csp.ts";
import { frontPassScript, passKey, SHARED_RENDER_HEADER, sharedRenderToken } from "../../lib/access-pass.ts";
import { loadConfig } from "../../lib/config.ts";

export const NGINX = "/usr/sbin/nginx";
export const NGINX_INSTALL = "sudo apt-get install -y nginx";
export { FRONT_HEADER };

export function hasNginx(): boolean {
  return existsSync(NGINX);
}

export type FrontOptions = {
  /** Where next start listens, e.g. 127.0.0.1:3001 (host:port). */
  upstream: string;
  /** The nginx listen directive's address, e.g. "127.0.0.1:8080" or "3000". */
  listen: string;
  /** Folder for the page cache. */
  cacheDir: string;
  /** Largest request body (uploads), MB. */
  maxBodyMb?: number;
  /**
   * The cache of full pages for readers with a valid access pass (decision 0012):
   * the njs script's path, and how its secrets reach nginx: passSecrets(key),
   * or an `include` of a file holding them (deploy). null: no such cache;
   * signed-in readers are all served by the app.
   */
  passes?: { script: string; secrets: string } | null;
};

/** How long the front keeps an anonymous search answer (the app's own result cache keeps one 60 s). */
export const SEARCH_SECONDS = 60;

/** Where Debian's njs module (package libnginx-mod-http-js) puts itself. */
export const NJS_MODULE = "/usr/lib/nginx/modules/ngx_http_js_module.so";
export const NJS_INSTALL = "sudo apt-get install -y libnginx-mod-http-js";

export function hasNjs(): boolean {
  return existsSync(NJS_MODULE);
}

/**
 * The front's two secrets, as nginx variables: the pass key ($tld_pass_key, for
 * the njs check) and the shared-render token ($tld_shared_token). Both derive
 * from the app's NEXTAUTH_SECRET (lib/access-pass.ts); deploy/nginx.conf
 * includes them from a file instead of holding them.
 */
export function passSecrets(key: string): string {
  return `map $host $tld_pass_key { default "${key}"; }
  map $host $tld_shared_token { default "${sharedRenderToken(key)}"; }`;
}

/** The front's part of an nginx \`http { }\` block. */
export function frontHttpBlock(o: FrontOptions): string {
  // Single quotes inside the policy are fine inside nginx's double quotes.
  const policy = noncePolicy("$request_id");
  const proxy = (indent: string, extra: string[]) =>
    [
      "proxy_pass http://tld_next;",
      "proxy_http_version 1.1;",
      'proxy_set_header Connection "";',
      "proxy_set_header Host $http_host;",
      "# The client's address as nginx saw it (the app's rate limits key on it): never a list a client could start.",
      "proxy_set_header X-Forwarded-For $remote_addr;",
      "proxy_set_header X-Forwarded-Proto $scheme;",
      "# Uncompressed from the app so sub_filter can see the HTML; gzip happens here.",
      'proxy_set_header Accept-Encoding "";',
      `proxy_set_header ${FRONT_HEADER} "1";`,
      'proxy_set_header Content-Security-Policy "";',
      'proxy_set_header X-Middleware-Subrequest "";',
      ...extra,
      "# The cache key (the whole URL, up to large_client_header_buffers' 8k) is kept in the buffer",
      "# that reads the app's response headers: at 4k a URL of ~3,000 characters was a 502.",
      "proxy_buffer_size 16k;",
      "proxy_busy_buffers_size 16k;",
      "proxy_cache tld_pages;",
      "proxy_cache_lock on;",
      "proxy_cache_use_stale updating error timeout;",
      "proxy_cache_background_update on;",
      "# A fresh nonce on every <script> of every HTML response (cache hits included:",
      "# the cache stores the app's HTML, filters run on the way out), and on every",
      '# <link> (Next\'s <link rel="preload" as="script"> is checked against script-src).',
      `sub_filter '<script' '<script nonce="$request_id"';`,
      `sub_filter '<link' '<link nonce="$request_id"';`,
      "sub_filter_once off;",
      "proxy_hide_header Content-Security-Policy;",
      `add_header Content-Security-Policy "${policy}" always;`,
      "add_header X-Cache $upstream_cache_status always;",
    ]
      .map((l) => indent + l)
      .join("\n");
  // Everything a reader sends goes on, except the shared-render header, which only the front may set.
  // Vary (RSC headers, Accept-Encoding) is ignored: RSC requests never touch the cache, and
  // the app always sends uncompressed HTML here, so one stored copy serves every client.
  const asSent = [
    `proxy_set_header ${SHARED_RENDER_HEADER} "";`,
    "proxy_cache_key $scheme$host$request_uri;",
    "proxy_cache_bypass $tld_session $tld_rsc;",
    "proxy_no_cache $tld_session $tld_rsc;",
    "proxy_ignore_headers Vary;",
  ];
  const p = o.passes ?? null;
  const passBlock = p
    ? `
  # Access passes (decision 0012): a signed-in reader whose tld_pass cookie is valid
  # for their session token and says "full" is served the shared full page.
  ${p.secrets}
  js_import tld_pass from ${p.script};
  js_set $tld_level tld_pass.level;
  map "$tld_session:$tld_rsc:$request_method:$tld_level" $tld_shared_ok {
    default 0;
    "1:0:GET:full" 1;
    "1:0:HEAD:full" 1;
  }`
    : "";
  const articles = p
    ? `
    # Article pages: readers with a full pass get the shared render (below);
    # everyone else is served as at location /.
    location ~ "^/articles/[0-9]{10}(/[^/]*)?/?$" {
      if ($tld_shared_ok) {
        rewrite ^ /_tld_full$uri last;
      }
${proxy("      ", asSent)}
    }
    # The shared full render: no cookie reaches the app, only the secret header
    # that makes proxy.ts and lib/viewer.ts render for "an entitled reader". Kept
    # as long as the app's X-Accel-Expires says (SHARED_RENDER_SECONDS), never
    # when it sets a cookie. Its Cache-Control (private, no-store) still goes to the browser.
    location ^~ /_tld_full/ {
      internal;
      rewrite ^/_tld_full(/.*)$ $1 break;
${proxy("      ", [
  'proxy_set_header Cookie "";',
  `proxy_set_header ${SHARED_RENDER_HEADER} $tld_shared_token;`,
  "proxy_cache_key full:$scheme$host$request_uri;",
  "proxy_ignore_headers Cache-Control Expires Vary;",
  "proxy_no_cache $upstream_http_set_cookie;",
])}
    }`
    : "";
  return `  # Page cache for anonymous pages (keyed by URL; the app's Cache-Control decides how long).
  proxy_cache_path ${o.cacheDir} levels=1:2 keys_zone=tld_pages:20m max_size=2g inactive=30m use_temp_path=off;
  # A next-auth session cookie: served by the app, never from or into the cache.
  map $http_cookie $tld_session {
    default 0;
    "~(^|;)\\s*(__Secure-)?next-auth\\.session-token=" 1;
  }
  # Next's RSC / router requests (RSC header, prefetch headers, ?_rsc=) are not HTML:
  # never from or into the cache under the page's key.
  map "$http_rsc$http_next_router_prefetch$http_next_router_state_tree$http_next_router_segment_prefetch$http_next_action$arg__rsc" $tld_rsc {
    default 1;
    "" 0;
  }${passBlock}
  upstream tld_next {
    server ${o.upstream};
    keepalive 64;
  }
  server {
    listen ${o.listen};
    client_max_body_size ${o.maxBodyMb ?? 60}m;
    gzip on;
    gzip_vary on;
    gzip_min_length 1024;
    gzip_types text/css application/javascript application/json text/x-component text/xml application/xml application/rss+xml text/plain image/svg+xml;${articles}
    # Search for readers without a session: a successful answer (200) is kept for
    # SEARCH_SECONDS under its URL, like the app's own result cache. Refusals (the
    # rate limit: X-Accel-Expires 0 from proxy.ts) and failures (500) never are.
    location = /search {
${proxy("      ", [...asSent.filter((l) => !l.startsWith("proxy_ignore_headers")), "proxy_ignore_headers Cache-Control Expires Vary;", `proxy_cache_valid 200 ${SEARCH_SECONDS}s;`])}
    }
    location / {
${proxy("      ", asSent)}
    }
  }`;
}

export const DEPLOY_PASS_SCRIPT = "/etc/nginx/tld/pass.js";
export const DEPLOY_PASS_SECRETS = "/etc/nginx/tld/secrets.conf";

/** A complete, deployable nginx.conf (Debian paths; TLS is left to the operator). */
export function deployConf(o: { upstream?: string; listen?: string; cacheDir?: string } = {}): string {
  return `# Trade Law Daily front — generated by \`npm run front:conf\` from scripts/lib/front.ts.
# Put TLS in front of (or into) this server block and set SITE_URL to the https address.
# The app: "PORT=3001 npm start -- --behind-front" (next start on localhost:3001) → upstream ${o.upstream ?? "127.0.0.1:3001"}.
# Needs Debian's nginx and libnginx-mod-http-js; \`npm run front:conf -- --secrets\` (in the app's
# environment: its NEXTAUTH_SECRET, or the install's generated .data/secrets.json) writes
# ${DEPLOY_PASS_SCRIPT} and ${DEPLOY_PASS_SECRETS} (mode 600), and says how to rotate them.
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
${frontHttpBlock({ upstream: o.upstream ?? "127.0.0.1:3001", listen: o.listen ?? "80", cacheDir: o.cacheDir ?? "/var/lib/nginx/tld-cache", passes: { script: DEPLOY_PASS_SCRIPT, secrets: `include ${DEPLOY_PASS_SECRETS};` } })}
}
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
export async function startNginx(opts: { http: (dir: string, port: number) => string; prepare?: (dir: string) => void; probe: string; port?: number; workers?: number; modules?: string[]; log?: (line: string) => void }): Promise<Nginx> {
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
export async function startFront(opts: { upstream: string; port?: number; publicAddress?: boolean; probe?: string; maxBodyMb?: number; authSecret?: string; passes?: boolean; log?: (line: string) => void }): Promise<Nginx & { passes: boolean }> {
  const u = new URL(opts.upstream);
  // nginx resolves "localhost" itself; the app listens on IPv4 loopback (see nextHostname).
  const upstream = `${u.hostname === "localhost" ? "127.0.0.1" : u.hostname}:${u.port || 80}`;
  const passes = (opts.passes ?? true) && hasNjs();
  const key = passKey(opts.authSecret ?? loadConfig(process.env).authSecret);
  const nginx = await startNginx({
    http: (dir, port) =>
      frontHttpBlock({
        upstream,
        listen: opts.publicAddress ? String(port) : `127.0.0.1:${port}`,
        cacheDir: `${dir}/cache`,
        maxBodyMb: opts.maxBodyMb,
        passes: passes ? { script: `${dir}/pass.js`, secrets: passSecrets(key) } : null,
      }),
    prepare: (dir) => {
      if (passes) writeFileSync(path.join(dir, "pass.js"), frontPassScript(), { mode: 0o644 });
    },
    modules: passes ? [NJS_MODULE] : [],
    probe: opts.probe ?? "/robots.txt",
    port: opts.port,
    log: opts.log,
  });
  return { ...nginx, passes };
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
