import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article/ArticleList";
import { dayArchive } from "@/lib/articles/archive";
import { formatDate } from "@/lib/site";

// Cached by Next (ISR), for signed-in readers too: every render of it carries the
// install's nonce placeholder, which the front turns into a fresh nonce per response
// (lib/proxy/csp.ts, docs/decisions/0010-security-headers.md).
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

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
