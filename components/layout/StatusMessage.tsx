/** A page that only says what happened and leads back to the headlines (not found, not allowed). */
export function StatusMessage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mx-auto max-w-xl py-10 text-center">
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      <p className="mt-3 text-muted">{children}</p>
      <p className="mt-6">
        <a href="/" className="font-medium text-brand underline">
          Go to the latest headlines
        </a>
      </p>
    </section>
  );
}
