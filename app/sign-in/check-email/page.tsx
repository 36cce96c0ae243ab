// Rendered per request, so its scripts carry this response's nonce (or the
// front's placeholder) (docs/decisions/0010-security-headers.md).
export const dynamic = "force-dynamic";

export const metadata = { title: "Check your email", robots: { index: false } };

// Where the zero-JS sign-up form (app/api/preview-signup/route.ts) lands
// after sending a link. The same words for every address, known or not.
export default function CheckEmail() {
  return (
    <section className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-bold">Check your email</h1>
      <div role="status" className="mt-4 rounded border border-green-700/30 bg-green-50 p-4 text-[15px]">
        <p className="font-semibold">Check your inbox.</p>
        <p className="mt-1">
          A sign-in link is on its way. It works once and expires soon. Open it on this device to come back to the article you were reading.
        </p>
      </div>
    </section>
  );
}
