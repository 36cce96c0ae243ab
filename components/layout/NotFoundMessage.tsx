/** What a reader sees for an address that leads nowhere (both routers' 404 pages). */
export function NotFoundMessage() {
  return (
    <section className="mx-auto max-w-xl py-10 text-center">
      <h1 className="font-serif text-3xl font-bold">We could not find that page</h1>
      <p className="mt-3 text-muted">
        The story or page you asked for does not exist, or is no longer published. Article IDs have ten digits, like 2007090041.
      </p>
      <p className="mt-6">
        <a href="/" className="font-medium text-brand underline">
          Go to the latest headlines
        </a>
      </p>
    </section>
  );
}
