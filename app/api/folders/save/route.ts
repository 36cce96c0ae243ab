// "Save to folder" (decision 30): the plain form on the zero-JS article page and
// on document pages posts here. Answers like a classic form, 303 back to the
// page with the outcome in the query (?saved=<folder id>, or ?save_error=<code>
// with what was typed), or, asked for JSON (the document page's script), the
// outcome as JSON without a page load. Who may save is lib/folders/save.ts's
// question, answered by lib/access. Same-origin rule: guard (decision 17).
import { currentViewer } from "@/lib/access/current";
import { afterSave } from "@/lib/folders/form";
import { SAVE_REFUSALS } from "@/lib/folders/input";
import { saveToFolder } from "@/lib/folders/save";
import { guard, json } from "@/lib/http/guard";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
const seeOther = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });

export const POST = guard("public", async (req) => {
  const wantsJson = (req.headers.get("accept") ?? "").includes("application/json");
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return wantsJson ? json(400, { error: "Send the form's fields." }) : text(400, "Send the form's fields.");
  }
  const field = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : undefined;
  };
  const raw = { kind: field("kind"), id: field("id"), folderId: field("folderId"), folderName: field("folderName"), note: field("note") };
  const viewer = await currentViewer();
  if (!viewer.userId) {
    if (wantsJson) return json(401, { error: "Please sign in." });
    const back =
      raw.kind === "article" && /^\d{10}$/.test(raw.id ?? "")
        ? `/articles/${raw.id}`
        : raw.kind === "document" && /^[a-z0-9]{10,40}$/i.test(raw.id ?? "")
          ? `/documents/${raw.id}`
          : "/account/folders";
    return seeOther(`/sign-in?${new URLSearchParams({ callbackUrl: back })}`);
  }
  const result = await saveToFolder(viewer, raw);
  if (!result) return wantsJson ? json(404, { error: "There is nothing to save there." }) : text(404, "There is nothing to save there.");
  if (!result.ok && result.reason === "no-access") {
    const message = SAVE_REFUSALS["no-access"];
    return wantsJson ? json(403, { error: message }) : text(403, `${message} See /subscribe for plans.`);
  }
  if (wantsJson)
    return result.ok
      ? json(200, { ok: true, folder: result.folder, duplicate: result.duplicate })
      : json(400, { ok: false, reason: result.reason, error: SAVE_REFUSALS[result.reason] });
  return seeOther(afterSave(result.returnTo!, result));
});
