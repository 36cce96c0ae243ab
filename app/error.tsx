"use client";

// Shown for unexpected server errors. Never prints details: the digest lets
// us find the logged error without exposing anything to the reader.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="mx-auto max-w-xl py-10 text-center" role="alert">
      <h1 className="font-serif text-3xl font-bold">Something went wrong on our side</h1>
      <p className="mt-3 text-muted">
        Please try again in a moment.
        {error.digest && (
          <>
            {" "}
            Reference: <code>{error.digest}</code>
          </>
        )}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-5 py-2 font-semibold text-white">
        Try again
      </button>
    </section>
  );
}
