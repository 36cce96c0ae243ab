import Link from "next/link";
import { requireAdmin } from "@/lib/auth/require";
import { licencesWithSso } from "@/lib/sso/admin";

export const metadata = { title: "Single sign-on" };

export default async function SsoLicencesPage() {
  await requireAdmin("/newsroom/sso");
  const licences = await licencesWithSso();
  return (
    <section aria-labelledby="sso">
      <h1 id="sso" className="font-serif text-2xl font-bold">
        Single sign-on
      </h1>
      <p className="mt-2 max-w-2xl text-sm text-muted">
        A licence with single sign-on sends every reader at its join domains to the company&apos;s identity provider instead of emailing a link. The identity
        provider vouches for every address at those domains, so set one up only for a domain the company has proven is theirs.
      </p>
      {licences.length === 0 ? (
        <p className="mt-4">No site licences yet.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th className="py-2 pr-4">Licence</th>
                <th className="pr-4">Join domains</th>
                <th className="pr-4">Single sign-on</th>
              </tr>
            </thead>
            <tbody>
              {licences.map((l) => (
                <tr key={l.id} className="border-b border-neutral-100">
                  <td className="py-2 pr-4">
                    <Link href={`/newsroom/sso/${l.id}`} className="font-medium underline">
                      {l.name}
                    </Link>
                  </td>
                  <td className="pr-4">{l.allowedDomains.length ? l.allowedDomains.join(", ") : <span className="text-muted">none</span>}</td>
                  <td className="pr-4">{l.sso ? l.sso.protocol === "OIDC" ? "OpenID Connect" : "SAML 2.0" : <span className="text-muted">off</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
