// The identity provider's answer, as the callback and ACS routes take it.
import { connectionOf } from "./connections.ts";
import { completeSsoSignIn } from "./finish.ts";
import { finishOidc } from "./oidc.ts";
import { finishSaml } from "./saml.ts";

const oidcConnection = async (orgId: string) => {
  const c = await connectionOf(orgId);
  return c?.protocol === "OIDC" ? c : null;
};
const samlConnection = async (orgId: string) => {
  const c = await connectionOf(orgId);
  return c?.protocol === "SAML" ? c : null;
};

export async function answerOidc(query: URLSearchParams, cookieState: string | undefined) {
  return completeSsoSignIn(await finishOidc(query, cookieState, oidcConnection), "OIDC");
}

export async function answerSaml(samlResponse: unknown) {
  return completeSsoSignIn(await finishSaml(samlResponse, samlConnection), "SAML");
}
