import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/billing/ActionForm";
import { requireAdmin } from "@/lib/auth/require";
import { licenceSsoPage } from "@/lib/sso/admin";
import { formatDate } from "@/lib/site";
import { configureOidcAction, configureSamlAction, removeSsoAction } from "../actions";
import { KeptField } from "./KeptField";

export const metadata = { title: "Single sign-on for a licence" };

const field = "mt-1 w-full max-w-xl rounded border border-neutral-400 px-3 py-2 font-normal";
const label = "flex flex-col text-sm font-semibold";

export default async function LicenceSsoPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin(`/newsroom/sso/${id}`);
  const page = await licenceSsoPage(id);
  if (!page) notFound();
  const { org, settings, sp } = page;
  const hidden = { organizationId: org.id };
  return (
    <section className="max-w-3xl space-y-8" aria-labelledby="lic">
      <div>
        <p className="text-sm">
          <Link href="/newsroom/sso" className="underline">
            Single sign-on
          </Link>{" "}
          ›
        </p>
        <h1 id="lic" className="font-serif text-2xl font-bold">
          {org.name}
        </h1>
        <p className="mt-1 text-sm">
          {org.seats} seats · join domains:{" "}
          {org.allowedDomains.length ? (
            <strong>{org.allowedDomains.join(", ")}</strong>
          ) : (
            <span className="text-muted">none (single sign-on reaches nobody)</span>
          )}
        </p>
      </div>

      <div role="status" className="rounded border border-neutral-300 bg-neutral-50 p-4 text-sm">
        {settings ? (
          <>
            <p className="font-semibold">
              On: {settings.protocol === "OIDC" ? `OpenID Connect, issuer ${settings.oidcIssuer}` : `SAML 2.0, identity provider ${settings.samlEntityId}`}
            </p>
            {settings.protocol === "OIDC" && (
              <p className="mt-1">
                Client ID {settings.oidcClientId}; client secret {settings.hasSecret ? "stored (not shown)" : "missing"}.
                {!settings.secretReadable && (
                  <strong className="block text-red-800">The stored secret cannot be read since the site&apos;s secret changed: enter it again.</strong>
                )}
              </p>
            )}
            {settings.protocol === "SAML" && <p className="mt-1">Signs in at {settings.samlSsoUrl}.</p>}
            <p className="mt-1 text-muted">Changed {formatDate(settings.updatedAt)}.</p>
          </>
        ) : (
          <p>Off: readers at this licence&apos;s domains sign in with an email link.</p>
        )}
      </div>

      <div>
        <h2 className="font-serif text-xl font-bold">What the company&apos;s IT team needs from us</h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">OIDC redirect URI</dt>
          <dd className="break-all font-mono">{sp.oidcRedirectUri}</dd>
          <dt className="font-semibold">SAML entity ID (audience)</dt>
          <dd className="break-all font-mono">{sp.entityId}</dd>
          <dt className="font-semibold">SAML ACS (HTTP-POST)</dt>
          <dd className="break-all font-mono">{sp.acsUrl}</dd>
        </dl>
      </div>

      <div>
        <h2 className="font-serif text-xl font-bold">OpenID Connect</h2>
        <ActionForm action={configureOidcAction} hidden={{ ...hidden, intent: "oidc" }} submit="Save OpenID Connect" className="mt-2 space-y-3">
          <label className={label}>
            Issuer
            <KeptField name="issuer" type="url" required defaultValue={settings?.oidcIssuer ?? ""} placeholder="https://login.example.com" className={field} />
          </label>
          <label className={label}>
            Client ID
            <KeptField name="clientId" required defaultValue={settings?.oidcClientId ?? ""} className={field} autoComplete="off" />
          </label>
          <label className={label}>
            Client secret
            <KeptField
              name="clientSecret"
              type="password"
              autoComplete="new-password"
              placeholder={settings?.hasSecret && settings.protocol === "OIDC" ? "Stored: leave empty to keep it" : ""}
              className={field}
            />
          </label>
        </ActionForm>
      </div>

      <div>
        <h2 className="font-serif text-xl font-bold">SAML 2.0</h2>
        <ActionForm action={configureSamlAction} hidden={{ ...hidden, intent: "saml" }} submit="Save SAML metadata" className="mt-2 space-y-3">
          <label className={label}>
            Identity provider metadata (XML)
            <KeptField multiline name="metadata" required rows={8} className={`${field} font-mono text-xs`} placeholder="<EntityDescriptor …>" />
          </label>
        </ActionForm>
      </div>

      {settings && (
        <div>
          <h2 className="font-serif text-xl font-bold">Turn off</h2>
          <ActionForm action={removeSsoAction} hidden={{ ...hidden, intent: "remove" }} submit="Remove single sign-on" variant="danger" className="mt-2" />
        </div>
      )}
    </section>
  );
}
