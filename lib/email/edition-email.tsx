// The daily headline email (react-email): headlines with teasers and links,
// grouped by topic, a link to the PDF edition, preferences and unsubscribe.
// Teasers only: the email goes through the same rule as the public site.
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";
import type { Block, Run } from "../articles/document.ts";

export type HeadlineEmailData = {
  day: string;
  siteUrl: string;
  pdfUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  groups: { topic: string; articles: { publicId: string; headline: string; teaserText: string; teaserBlocks?: Block[]; url: string }[] }[];
};

const brand = "#7a1f1f";

function longDate(day: string) {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
}

const cell = {
  border: "1px solid #999999",
  padding: "6px 8px",
  fontFamily: "Arial, sans-serif",
  fontSize: "13px",
  textAlign: "left" as const,
  verticalAlign: "top",
};

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) => {
        const text = r.bold ? <strong>{r.text}</strong> : r.italic ? <em>{r.text}</em> : r.text;
        return r.href && /^(https?:|mailto:)/.test(r.href) ? (
          <Link key={i} href={r.href} style={{ color: brand }}>
            {text}
          </Link>
        ) : (
          <span key={i}>{text}</span>
        );
      })}
    </>
  );
}

/**
 * A teaser's blocks for mail clients: paragraphs and list items as text, and
 * tables as plain ruled tables (border attribute and inline styles, which
 * every client renders; no CSS layout).
 */
function Teaser({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((b, i) =>
        b.kind === "table" ? (
          <table
            key={i}
            className="data-table"
            border={1}
            cellPadding={6}
            cellSpacing={0}
            role="table"
            style={{ borderCollapse: "collapse", margin: "8px 0", width: "100%" }}
          >
            <tbody>
              {b.rows.map((row, r) => (
                <tr key={r} style={row.header ? { backgroundColor: "#f1ece4" } : undefined}>
                  {row.cells.map((c, k) =>
                    row.header ? (
                      <th key={k} scope="col" style={cell}>
                        {c}
                      </th>
                    ) : (
                      <td key={k} style={cell}>
                        {c}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Text
            key={i}
            style={{
              fontSize: b.kind === "h" ? "16px" : "15px",
              fontWeight: b.kind === "h" ? "bold" : undefined,
              fontStyle: b.kind === "quote" ? "italic" : undefined,
              lineHeight: "1.5",
              margin: "4px 0",
              paddingLeft: b.kind === "li" || b.kind === "quote" ? `${16 + 16 * (b.depth ?? 0)}px` : undefined,
            }}
          >
            {b.kind === "li" ? `${b.marker ?? "•"} ` : null}
            <Runs runs={b.runs} />
          </Text>
        ),
      )}
    </>
  );
}

export function HeadlineEmail(d: HeadlineEmailData) {
  const count = d.groups.reduce((n, g) => n + g.articles.length, 0);
  return (
    <Html lang="en">
      <Head />
      <Preview>{`${count} stories: ${d.groups[0]?.articles[0]?.headline ?? "today's trade-law headlines"}`}</Preview>
      <Body style={{ backgroundColor: "#ffffff", fontFamily: "Georgia, 'Times New Roman', serif", color: "#1a1a1a" }}>
        <Container style={{ maxWidth: "600px", margin: "0 auto", padding: "24px" }}>
          <Heading as="h1" style={{ color: brand, fontSize: "28px", margin: "0" }}>
            Trade Law Daily
          </Heading>
          <Text style={{ fontFamily: "Arial, sans-serif", fontSize: "13px", color: "#555", margin: "4px 0 0" }}>
            {longDate(d.day)} · {count} {count === 1 ? "story" : "stories"}
          </Text>
          <Text style={{ fontFamily: "Arial, sans-serif", fontSize: "14px" }}>
            <Link href={d.pdfUrl} style={{ color: brand, fontWeight: "bold" }}>
              Read the in-depth PDF edition
            </Link>
          </Text>
          <Hr style={{ borderColor: brand, borderWidth: "2px" }} />
          {d.groups.map((g) => (
            <Section key={g.topic} style={{ marginBottom: "12px" }}>
              <Text
                style={{
                  fontFamily: "Arial, sans-serif",
                  fontSize: "11px",
                  fontWeight: "bold",
                  letterSpacing: "1px",
                  color: brand,
                  textTransform: "uppercase",
                  margin: "16px 0 4px",
                }}
              >
                {g.topic}
              </Text>
              {g.articles.map((a) => (
                <Section key={a.publicId} style={{ marginBottom: "14px" }}>
                  <Link href={a.url} style={{ color: "#111", fontSize: "18px", fontWeight: "bold", textDecoration: "none" }}>
                    {a.headline}
                  </Link>
                  {a.teaserBlocks?.length ? (
                    <Teaser blocks={a.teaserBlocks} />
                  ) : (
                    <Text style={{ fontSize: "15px", lineHeight: "1.5", margin: "4px 0" }}>{a.teaserText}</Text>
                  )}
                  <Text style={{ fontFamily: "Arial, sans-serif", fontSize: "11px", color: "#777", margin: "0" }}>Article ID {a.publicId}</Text>
                </Section>
              ))}
            </Section>
          ))}
          <Hr />
          <Text style={{ fontFamily: "Arial, sans-serif", fontSize: "12px", color: "#666" }}>
            You receive this email as a Trade Law Daily reader. <Link href={d.preferencesUrl}>Email preferences</Link> ·{" "}
            <Link href={d.unsubscribeUrl}>Unsubscribe</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export async function renderHeadlineEmail(d: HeadlineEmailData) {
  const element = <HeadlineEmail {...d} />;
  const count = d.groups.reduce((n, g) => n + g.articles.length, 0);
  return {
    subject: `Trade Law Daily, ${longDate(d.day)}: ${count} ${count === 1 ? "story" : "stories"}`,
    html: await render(element),
    // The text part lays a teaser's table out in columns.
    text: await render(element, { plainText: true, htmlToTextOptions: { selectors: [{ selector: "table.data-table", format: "dataTable" }] } }),
  };
}
