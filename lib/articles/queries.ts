// Reader-side article data access for App Router code, feeds, search and the
// newsroom: lib/articles/read.ts behind the `server-only` guard, so a client
// component that imports it fails the build.
//
// The Pages Router reader pages (pages/index.tsx, pages/teaser/...) import
// lib/articles/read.ts directly: Next refuses `server-only` anywhere in a
// pages/ module graph, because a page module is also compiled for the
// browser (getStaticProps and what only it imports are stripped from that
// bundle). See docs/decisions/0013-zero-js-reader-pages.md.
import "server-only";

export * from "./read.ts";
