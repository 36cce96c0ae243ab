// Debian's nginx for the bench: the ceiling (a saved copy of one anonymous
// article page served from disk) and the production front (scripts/lib/front.ts:
// the page cache with per-response nonces in front of next start).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startFront, startNginx, type Nginx } from "../../lib/front.ts";

export { hasNginx, NGINX, NGINX_INSTALL, type Nginx } from "../../lib/front.ts";

/** nginx serving `html` for every path: the ceiling for an anonymous article page. */
export function startStaticNginx(html: string): Promise<Nginx> {
  return startNginx({
    http: (dir, port) => `  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    location / { try_files /article.html =404; }
  }`,
    prepare: (dir) => {
      mkdirSync(path.join(dir, "www"), { mode: 0o755 });
      writeFileSync(path.join(dir, "www/article.html"), html, { mode: 0o644 });
    },
    probe: "/",
  });
}

/** The production front (same configuration as npm start and deploy/nginx.conf) in front of `upstream`. */
export function startBenchFront(upstream: string, probe: string): Promise<Nginx> {
  return startFront({ upstream, probe });
}
