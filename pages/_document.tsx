import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from "next/document";
import { BODY_CLASS } from "@/components/layout/SiteChrome";
import { nonceOf } from "@/lib/csp";

type Props = DocumentInitialProps & { nonce?: string };

// The document of the zero-JS Pages Router reader pages; the same <html> and
// <body> as app/layout.tsx. NextScript renders nothing in production on pages
// that set `unstable_runtimeJS: false` (all of ours).
//
// `next dev` ignores that flag: it ships its runtime, HMR client and the page's
// chunks as <script src> tags, and hides the body (`data-next-hide-fouc`) until
// they run. Unlike the App Router, the Pages Router puts the request's CSP nonce
// on none of those tags unless the document passes it, so under proxy.ts's nonce
// policy the browser blocked them all and the page stayed blank. In development
// every page renders per request with a fresh nonce (proxy.ts), so the document
// hands it on. In production it passes none: cached (ISR) HTML must never carry
// a nonce, and these pages render no script there anyway (the nginx front stamps
// its own). NODE_ENV is a build-time constant here, inlined by Next.
// docs/decisions/0020-development-csp.md
const DEV = process.env.NODE_ENV === "development";

export default class ReaderDocument extends Document<Props> {
  static async getInitialProps(ctx: DocumentContext): Promise<Props> {
    const initial = await Document.getInitialProps(ctx);
    const header = ctx.req?.headers["content-security-policy"];
    return { ...initial, nonce: DEV ? nonceOf(Array.isArray(header) ? header[0] : header) : undefined };
  }

  render() {
    const { nonce } = this.props;
    return (
      <Html lang="en">
        <Head nonce={nonce} />
        <body className={BODY_CLASS}>
          <Main />
          <NextScript nonce={nonce} />
        </body>
      </Html>
    );
  }
}
