// What the account page says about a viewer's access, in plain words.
import { grantIsActive, previewRunning, viewerKind, type Viewer } from "./access.ts";

export function accountSummary(viewer: Viewer, now = new Date()) {
  const kind = viewerKind(viewer, now);
  const active = viewer.grants.find((g) => grantIsActive(g, now)) ?? viewer.grants[0] ?? null;
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
    previewEndsAt: viewer.previewEndsAt?.toISOString() ?? null,
    previewRunning: previewRunning(viewer, now),
    hasBilling: viewer.grants.some((g) => g.source === "individual"),
    subscription: active && {
      label: active.source === "organization" ? "Company site licence" : active.source === "complimentary" ? "Complimentary access" : "Individual plan",
      status: active.status,
      endsAt: active.currentPeriodEnd.toISOString(),
      renews: !active.cancelAtPeriodEnd && active.source === "individual" && active.status === "ACTIVE",
    },
  };
}
