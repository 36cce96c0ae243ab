// Debian's nginx on loopback, as a child process with its own minimal
// configuration in a temporary folder, stopped and removed afterwards. Two
// uses: the ceiling (a saved copy of one anonymous article page served from
// disk), and the proposed fix for anonymous throughput (a shared page cache in
// front of next start that every request with a session cookie bypasses).
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../lib/embedded-pg.ts";

export const NGINX = "/usr/sbin/nginx";
export const NGINX_INSTALL = "sudo apt-get install -y nginx";

export function hasNginx(): boolean {
  return existsSync(NGINX);
}

export type Nginx = { url: string; stop: () => Promise<void> };

async function startNginx(http: (dir: string, port: number) => string, prepare: (dir: string) => void, probe: string): Promise<Nginx> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tld-bench-nginx-"));
  // As root, nginx's workers run as "nobody" and must be able to read what they serve.
  chmodSync(dir, 0o755);
  prepare(dir);
  const port = await freePort();
  const conf = `daemon off;
worker_processes 2;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  default_type text/html;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${http(dir, port)}
}
`;
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  const child = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", "stderr"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
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
      const r = await fetch(url + probe);
      await r.arrayBuffer();
      if (r.ok) break;
    } catch {}
    if (Date.now() > until) {
      await stop();
      throw new Error(`nginx did not answer within 15 s: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop };
}

/** nginx serving `html` for every path: the ceiling for an anonymous article page. */
export function startStaticNginx(html: string): Promise<Nginx> {
  return startNginx(
    (dir, port) => `  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    location / { try_files /article.html =404; }
  }`,
    (dir) => {
      mkdirSync(path.join(dir, "www"), { mode: 0o755 });
      writeFileSync(path.join(dir, "www/article.html"), html, { mode: 0o644 });
    },
    "/",
  );
}

/**
 * nginx as a shared page cache in front of next start (the proposed fix):
 * keyed by URL, honouring the app's Cache-Control (s-maxage) with 60 s as a
 * floor for cacheable answers, and bypassed, in both directions, by any
 * request that carries a next-auth session cookie, so a signed-in reader is
 * always served by the app and never from (or into) the shared cache.
 */
export function startCachingNginx(upstream: string, probe: string): Promise<Nginx> {
  const target = new URL(upstream);
  return startNginx(
    (dir, port) => `  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=pages:20m max_size=2g inactive=30m use_temp_path=off;
  map $http_cookie $tld_session {
    default 0;
    "~(^|;)\\s*(__Secure-)?next-auth\\.session-token=" 1;
  }
  upstream next_app {
    server ${target.host};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://next_app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_cache pages;
      proxy_cache_key $scheme$host$request_uri;
      proxy_cache_valid 200 301 308 404 60s;
      proxy_cache_bypass $tld_session;
      proxy_no_cache $tld_session;
      proxy_cache_lock on;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      add_header X-Cache $upstream_cache_status always;
    }
  }`,
    () => {},
    probe,
  );
}
