import { allTopics } from "@/lib/articles/queries";

// Rendered per request, so its scripts carry this response's nonce (or the
// front's placeholder); the front keeps the anonymous copy (lib/proxy/front-cache.ts).
export const dynamic = "force-dynamic";
export const metadata = { title: "Topics" };

export default async function TopicsPage() {
  const topics = await allTopics();
  return (
    <section>
      <h1 className="border-b border-neutral-300 pb-2 font-serif text-3xl font-bold">Topics</h1>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {topics.map((t) => (
          <li key={t.slug} className="rounded border border-neutral-200 p-4">
            <h2 className="font-serif text-xl font-bold">
              <a href={`/topics/${t.slug}`} className="hover:underline">
                {t.name}
              </a>
            </h2>
            <p className="mt-1 text-sm text-muted">{t.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
