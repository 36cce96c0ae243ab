// The daily headline email (react-email): headlines with teasers and links,
// grouped by topic, a link to the PDF edition, preferences and unsubscribe.
// Teasers only: the email goes through the same rule as the public site.
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";

export type HeadlineEmailData = {
  day: string;
  siteUrl: string;
  pdfUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  groups: { topic: string; articles: { publicId: string; headline: string; teaserText: string; url: string }[] }[];
};

const brand = "#7a1f1f";

function longDate(day: string) {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
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
                  <Text style={{ fontSize: "15px", lineHeight: "1.5", margin: "4px 0" }}>{a.teaserText}</Text>
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
    text: await render(element, { plainText: true }),
  };
}
