export const metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmail() {
  return (
    <section className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-bold">Check your email</h1>
      <p className="mt-2">A sign-in link is on its way. It works once and expires soon.</p>
    </section>
  );
}
