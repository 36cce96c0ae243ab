import type { GetStaticProps, PageConfig } from "next";
import { ArticleList } from "@/components/article/ArticleList";
import { PageHead } from "@/components/layout/PageHead";
import { homePage } from "@/lib/articles/home";
import { formatDate } from "@/lib/site";

// The home page: the same for every visitor, so it is rendered once and served
// from cache (ISR), refreshed at once when stories are published
// (lib/newsroom/revalidate.ts) or at the latest every minute. A Pages Router
// page so that it ships no JavaScript at all (docs/decisions/0013-zero-js-reader-pages.md).
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = Awaited<ReturnType<typeof homePage>>;

export const getStaticProps: GetStaticProps<Props> = async () => ({ props: await homePage(), revalidate: 60 });

export default function HomePage({ today, todayDate, latest, byTopic }: Props) {
  return (
    <>
      <PageHead />
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="today">
          <h1 id="today" className="border-b border-neutral-300 pb-2 font-serif text-3xl font-bold">
            {todayDate ? <>Headlines for {formatDate(todayDate)}</> : "Latest headlines"}
          </h1>
          <ArticleList items={today} />
          {latest.length > 0 && (
            <>
              <h2 className="mt-8 border-b border-neutral-300 pb-2 font-serif text-2xl font-bold">Earlier</h2>
              <ArticleList items={latest} headingLevel={3} />
            </>
          )}
          <p className="mt-4">
            <a href="/latest/2" className="font-medium text-brand hover:underline">
              More headlines →
            </a>
          </p>
        </section>
        <aside aria-labelledby="by-topic">
          <h2 id="by-topic" className="border-b border-neutral-300 pb-2 font-serif text-2xl font-bold">
            By topic
          </h2>
          {byTopic.map((t) => (
            <section key={t.slug} className="mt-5">
              <h3 className="text-sm font-bold uppercase tracking-wide text-brand">
                <a href={`/topics/${t.slug}`} className="hover:underline">
                  {t.name}
                </a>
              </h3>
              <ul className="mt-1 space-y-1 text-[15px]">
                {t.items.map((a) => (
                  <li key={a.publicId}>
                    <a href={a.path} className="hover:underline">
                      {a.headline}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </aside>
      </div>
    </>
  );
}
