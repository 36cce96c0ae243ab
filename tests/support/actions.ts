// Server actions, enumerated from the production build's manifest, so a new
// action is covered by the authorization tests without anyone listing it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { base, testDb } from "./fixtures.ts";

export type ActionRef = { id: string; file: string; name: string; page: string };

export function serverActions(): ActionRef[] {
  const manifest = JSON.parse(readFileSync(path.resolve(".next-test/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => {
    const worker = Object.keys(a.workers).find((w) => !w.includes("[")) ?? Object.keys(a.workers)[0];
    const page =
      "/" +
      worker
        .replace(/^app\//, "")
        .replace(/\/page$/, "")
        .replace(/^page$/, "")
        .replace(/\[[^\]]+\]/g, "x");
    return { id, file: a.filename, name: a.exportedName, page: page === "/" ? "/" : page.replace(/\/$/, "") };
  });
}

/** Call a server action the way Next's client does: POST with the action id and JSON args (to the harness's app, or to `origin`). */
export async function callAction(a: ActionRef, args: unknown[], cookie?: string, origin = base()) {
  const r = await fetch(`${origin}${a.page}`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": a.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(args),
  });
  return { status: r.status, text: await r.text() };
}

/** The value an action returned, from the RSC response ("1:{...}"). */
export function actionResult<T = Record<string, unknown>>(text: string): T {
  const line = text.split("\n").find((l) => l.startsWith("1:"));
  if (!line) throw new Error(`no action result in: ${text.slice(0, 300)}`);
  return JSON.parse(line.slice(2)) as T;
}

export function actionNamed(name: string): ActionRef {
  const a = serverActions().find((x) => x.name === name);
  if (!a) throw new Error(`no server action ${name} in the build`);
  return a;
}

/** An editor's new draft, saved with this text (topic tariffs, author Dana Whitcomb), through the newsroom's own actions; its id. */
export async function draftStory(
  editor: { cookie: string; userId: string },
  text: { headline: string; teaser: string; body: string },
  origin = base(),
): Promise<string> {
  const before = Date.now();
  await callAction(actionNamed("createArticleAction"), [], editor.cookie, origin);
  const draft = await testDb().article.findFirstOrThrow({
    where: { lastEditorId: editor.userId, status: "DRAFT", createdAt: { gte: new Date(before - 1000) } },
    orderBy: { createdAt: "desc" },
  });
  const saved = actionResult<{ ok: boolean; message?: string }>(
    (
      await callAction(
        actionNamed("saveArticleAction"),
        [{ id: draft.id, version: draft.version, ...text, topics: ["tariffs"], authors: ["dana-whitcomb"], documents: [] }],
        editor.cookie,
        origin,
      )
    ).text,
  );
  expect(saved.ok, saved.message).toBe(true);
  return draft.id;
}
