import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article/ArticleList";
import { dayArchive } from "@/lib/articles/archive";
import { formatDate } from "@/lib/site";

// Rendered per request, so its scripts carry this response's nonce (or the
// front's placeholder); the front keeps the anonymous copy (lib/proxy/front-cache.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ y: string; m: string; d: string }> };

export default async function DayArchive({ params }: Props) {
  const { y, m, d } = await params;
  const day = await dayArchive(y, m, d);
  if (!day) notFound();
  return (
    <section>
      <h1 className="border-b border-neutral-300 pb-2 font-serif text-3xl font-bold">Stories of {formatDate(day.noon)}</h1>
      <ArticleList items={day.items} />
      <nav aria-label="Days" className="mt-6 flex justify-between text-sm">
        {day.prev ? (
          <a href={day.prev} className="underline">
            ← {day.prevLabel}
          </a>
        ) : (
          <span />
        )}
        {day.next ? (
          <a href={day.next} className="underline">
            {day.nextLabel} →
          </a>
        ) : (
          <span />
        )}
      </nav>
    </section>
  );
}
