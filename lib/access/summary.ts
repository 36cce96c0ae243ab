// What the account page says about a viewer's access, in plain words: by the
// same rules and the same configured policy as every other path (the parity
// test compares its wording with what the article page serves).
import { accessPolicy } from "./policy.ts";
import { grantIsActive, previewRunning, viewerKind, type Viewer } from "./rules.ts";

export function accountSummary(viewer: Viewer, now = new Date()) {
  const policy = accessPolicy();
  const kind = viewerKind(viewer, now, policy);
  const active = viewer.grants.find((g) => grantIsActive(g, now, policy)) ?? viewer.grants[0] ?? null;
  const accessLabel = {
    anonymous: "Not signed in",
    preview: "Free preview — full access",
    "preview-expired": "Headlines and teasers only",
    subscriber: "Subscriber — full access",
    editor: "Editor — full access",
    admin: "Administrator — full access",
  }[kind];
  return {
    kind,
    accessLabel,
    subscribed: kind === "subscriber" || kind === "editor" || kind === "admin",
    previewUntil: viewer.previewEndsAt?.toISOString() ?? null,
    previewRunning: previewRunning(viewer, now),
    hasBilling: viewer.grants.some((g) => g.source === "individual"),
    subscription: active && {
      label:
        active.source === "organization"
          ? "Company site licence"
          : active.source === "ip-range"
            ? `Office network of ${viewer.office?.name ?? "a site licence"}`
            : active.source === "complimentary"
              ? "Complimentary access"
              : "Individual plan",
      status: active.status,
      endsAt: active.currentPeriodEnd.toISOString(),
      renews: !active.cancelAtPeriodEnd && active.source === "individual" && active.status === "ACTIVE",
    },
  };
}
