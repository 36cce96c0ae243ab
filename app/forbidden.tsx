export default function Forbidden() {
  return (
    <section className="mx-auto max-w-xl py-10 text-center">
      <h1 className="font-serif text-3xl font-bold">This part of the site is for our newsroom</h1>
      <p className="mt-3 text-muted">Your account does not have access to it. If you think it should, ask an administrator.</p>
      <p className="mt-6">
        <a href="/" className="font-medium text-brand underline">
          Go to the latest headlines
        </a>
      </p>
    </section>
  );
}
