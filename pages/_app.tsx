import type { AppProps } from "next/app";
import { SiteChrome } from "@/components/layout/SiteChrome";
import "../app/globals.css";

// Pages Router pages (the home page and the anonymous article page, shipped
// without JavaScript: docs/decisions/0013-zero-js-reader-pages.md) get the
// same stylesheet and chrome as the App Router's root layout.
export default function App({ Component, pageProps }: AppProps) {
  return (
    <SiteChrome>
      <Component {...pageProps} />
    </SiteChrome>
  );
}
