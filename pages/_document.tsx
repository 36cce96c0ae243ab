import { Head, Html, Main, NextScript } from "next/document";
import { BODY_CLASS } from "@/components/layout/SiteChrome";

// The document of the zero-JS Pages Router reader pages; the same <html> and
// <body> as app/layout.tsx. NextScript renders nothing on pages that set
// `unstable_runtimeJS: false` (all of ours); it stays for any page that does not.
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body className={BODY_CLASS}>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
