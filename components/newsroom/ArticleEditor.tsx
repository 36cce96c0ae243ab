"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  previewDocumentAction,
  presenceAction,
  publishAction,
  publishCorrectionAction,
  saveArticleAction,
  scheduleAction,
  submitForReviewAction,
  unpublishAction,
} from "@/app/newsroom/articles/actions";
import { ReviewPanel, type DeskInfo } from "./ReviewPanel";
import { RichTextEditor } from "./RichTextEditor";
import { DocumentPicker, type Doc } from "./DocumentPicker";
import { CorrectionForm } from "./CorrectionForm";

export type EditorArticle = {
  id: string;
  publicId: string | null;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED";
  version: number;
  headline: string;
  slug: string;
  teaser: string;
  body: string;
  topics: string[];
  authors: string[];
  documents: Doc[];
  scheduledAt: string | null;
};

type Choice = { slug: string; name: string };
type Notice = { kind: "ok" | "error" | "info"; text: string } | null;

const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);

export function ArticleEditor({ initial, topics, authors, desk }: { initial: EditorArticle; topics: Choice[]; authors: Choice[]; desk: DeskInfo }) {
  const [a, setA] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(initial.slug !== "untitled" && initial.slug !== slugify(initial.headline));
  const [notice, setNotice] = useState<Notice>(null);
  const [unresolved, setUnresolved] = useState<string[]>([]);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState<{ teaserHtml: string; bodyHtml: string } | null>(null);
  const [scheduleAt, setScheduleAt] = useState("");
  const [others, setOthers] = useState<string[]>([]);
  const latest = useRef(a);
  latest.current = a;
  const readOnly = !desk.canEdit;

  // Presence: say we have this open, and learn who else has, before a save collides.
  useEffect(() => {
    let alive = true;
    const beat = async () => {
      const r = await presenceAction(initial.id).catch(() => null);
      if (alive && r?.ok) setOthers(r.others);
    };
    void beat();
    const t = setInterval(beat, 10_000);
    return () => {
      alive = false;
      clearInterval(t);
    };
  }, [initial.id]);

  const update = (patch: Partial<EditorArticle>) => {
    setA((prev) => {
      const next = { ...prev, ...patch };
      if (patch.headline !== undefined && !slugTouched) next.slug = slugify(patch.headline) || "untitled";
      return next;
    });
    setDirty(true);
  };

  const save = useCallback(async (autosave: boolean) => {
    const cur = latest.current;
    setSaving(true);
    const r = await saveArticleAction({
      id: cur.id,
      version: cur.version,
      headline: cur.headline,
      slug: cur.slug,
      teaser: cur.teaser,
      body: cur.body,
      topics: cur.topics,
      authors: cur.authors,
      documents: cur.documents.map((d) => d.id),
      autosave,
    });
    setSaving(false);
    if (r.ok) {
      setA((prev) => ({ ...prev, version: r.version, slug: r.slug }));
      setDirty(false);
      setUnresolved(r.unresolved);
      setNotice({ kind: "ok", text: `${autosave ? "Autosaved" : "Saved"} at ${new Date(r.savedAt).toLocaleTimeString()} (version ${r.version}).` });
      return true;
    }
    setNotice({ kind: "error", text: r.message });
    return false;
  }, []);

  // Autosave a draft a few seconds after the last change. Not a published story: its
  // text changes when an editor saves (a minor edit) or publishes a correction.
  useEffect(() => {
    if (!dirty || saving || readOnly || a.status === "PUBLISHED") return;
    const t = setTimeout(() => void save(true), 4000);
    return () => clearTimeout(t);
  }, [a, dirty, saving, save, readOnly]);

  // Live preview through the site's own renderer.
  useEffect(() => {
    const t = setTimeout(async () => {
      const r = await previewDocumentAction(a.teaser, a.body);
      if (r.ok) setPreview({ teaserHtml: r.teaserHtml, bodyHtml: r.bodyHtml });
    }, 500);
    return () => clearTimeout(t);
  }, [a.teaser, a.body]);

  async function act(kind: "publish" | "schedule" | "unpublish" | "submit") {
    if (dirty && !readOnly && !(await save(false))) return;
    const r =
      kind === "publish"
        ? await publishAction(a.id)
        : kind === "schedule"
          ? await scheduleAction(a.id, scheduleAt)
          : kind === "submit"
            ? await submitForReviewAction(a.id)
            : await unpublishAction(a.id);
    setNotice({ kind: r.ok ? "ok" : "error", text: r.message });
    if (r.ok) window.location.reload();
  }

  // A correction note, with the unsaved edit if there is one (decision 34).
  async function publishCorrection(note: string): Promise<boolean> {
    const cur = latest.current;
    const edit = dirty
      ? {
          id: cur.id,
          version: cur.version,
          headline: cur.headline,
          slug: cur.slug,
          teaser: cur.teaser,
          body: cur.body,
          topics: cur.topics,
          authors: cur.authors,
          documents: cur.documents.map((d) => d.id),
        }
      : undefined;
    const r = await publishCorrectionAction({ id: cur.id, version: cur.version, note, article: edit });
    if (!r.ok) {
      setNotice({ kind: "error", text: r.message });
      return false;
    }
    setNotice({ kind: "ok", text: "Correction published: it is under the headline and on /corrections." });
    window.location.reload();
    return true;
  }

  const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
        className="space-y-4"
        aria-label="Edit article"
      >
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded bg-neutral-100 px-2 py-0.5 font-semibold">{a.status.toLowerCase()}</span>
          {desk.review !== "DRAFTING" && (
            <span className="rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900">{desk.review === "IN_REVIEW" ? "in review" : "returned"}</span>
          )}
          {a.publicId && <span className="font-mono">{a.publicId}</span>}
          {a.scheduledAt && a.status === "SCHEDULED" && <span>for {new Date(a.scheduledAt).toLocaleString("en-US", { timeZone: "America/New_York" })} ET</span>}
          <span className="text-muted">{saving ? "Saving…" : dirty ? "Unsaved changes" : `Version ${a.version}`}</span>
        </div>
        {others.length > 0 && (
          <p role="status" className="rounded bg-amber-50 p-2 text-sm text-amber-900">
            Also open now: {others.join(", ")}. Whoever saves second will be asked to merge; agree who edits first.
          </p>
        )}
        {readOnly && desk.readOnlyReason && (
          <p role="note" className="rounded bg-neutral-100 p-2 text-sm">
            {desk.readOnlyReason}
          </p>
        )}
        {notice && (
          <p
            role={notice.kind === "error" ? "alert" : "status"}
            className={`rounded p-2 text-sm ${notice.kind === "error" ? "bg-red-50 text-red-900" : "bg-green-50 text-green-900"}`}
          >
            {notice.text}
          </p>
        )}
        {unresolved.length > 0 && (
          <p role="alert" className="rounded bg-amber-50 p-2 text-sm text-amber-900">
            Cross-references to articles that do not exist: {unresolved.map((id) => `(see ${id})`).join(", ")}. Fix them before publishing.
          </p>
        )}
        <div>
          <label htmlFor="headline" className="block text-sm font-semibold">
            Headline
          </label>
          <input
            id="headline"
            value={a.headline}
            onChange={(e) => update({ headline: e.target.value })}
            readOnly={readOnly}
            className="mt-1 w-full rounded border border-neutral-400 px-3 py-2 font-serif text-lg"
            maxLength={300}
          />
        </div>
        <div>
          <label htmlFor="slug" className="block text-sm font-semibold">
            Slug
          </label>
          <input
            id="slug"
            value={a.slug}
            onChange={(e) => {
              setSlugTouched(true);
              update({ slug: e.target.value });
            }}
            readOnly={readOnly}
            className="mt-1 w-full rounded border border-neutral-400 px-3 py-1 font-mono text-sm"
            maxLength={120}
          />
        </div>
        <fieldset className="rounded border border-neutral-300 p-3" disabled={readOnly}>
          <legend className="px-1 text-sm font-semibold">Topics</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {topics.map((t) => (
              <label key={t.slug} className="flex items-center gap-1">
                <input type="checkbox" checked={a.topics.includes(t.slug)} onChange={() => update({ topics: toggle(a.topics, t.slug) })} />
                {t.name}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="rounded border border-neutral-300 p-3" disabled={readOnly}>
          <legend className="px-1 text-sm font-semibold">Authors</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {authors.map((t) => (
              <label key={t.slug} className="flex items-center gap-1">
                <input type="checkbox" checked={a.authors.includes(t.slug)} onChange={() => update({ authors: toggle(a.authors, t.slug) })} />
                {t.name}
              </label>
            ))}
          </div>
        </fieldset>
        <RichTextEditor
          id="teaser"
          label="Teaser (public lead)"
          toolbarLabel="Teaser formatting"
          hint='Everyone sees this. Type "(see " to cite an article. Esc moves to the toolbar.'
          value={a.teaser}
          onChange={(v) => update({ teaser: v })}
          minHeight="6rem"
          readOnly={readOnly}
        />
        <RichTextEditor
          id="body"
          label="Body (subscribers only)"
          toolbarLabel="Body formatting"
          hint="Paste from Word or Google Docs keeps headings, lists, links and tables. In a table, Tab moves between cells; Esc moves to the toolbar."
          value={a.body}
          onChange={(v) => update({ body: v })}
          minHeight="20rem"
          readOnly={readOnly}
        />
        {!readOnly && <DocumentPicker value={a.documents} onChange={(documents) => update({ documents })} />}
        <div className="flex flex-wrap items-end gap-2 border-t pt-4">
          {!readOnly && (
            <button type="submit" disabled={saving} className="rounded border border-neutral-500 px-4 py-2 text-sm font-semibold">
              Save
            </button>
          )}
          {!desk.canPublish && !readOnly && (
            <button type="button" onClick={() => void act("submit")} className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white">
              Submit for review
            </button>
          )}
          {desk.canPublish && a.status !== "PUBLISHED" && (
            <button type="button" onClick={() => void act("publish")} className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white">
              Publish now
            </button>
          )}
          {desk.canPublish && a.status === "PUBLISHED" && <CorrectionForm dirty={dirty} onPublish={publishCorrection} />}
          {desk.canPublish && a.status !== "DRAFT" && (
            <button type="button" onClick={() => void act("unpublish")} className="rounded border border-red-700 px-4 py-2 text-sm text-red-800">
              {a.status === "SCHEDULED" ? "Cancel schedule" : "Unpublish"}
            </button>
          )}
          {desk.canPublish && a.status === "DRAFT" && (
            <span className="flex items-end gap-2">
              <label className="flex flex-col text-xs font-semibold">
                Publish at (New York time)
                <input
                  type="datetime-local"
                  value={scheduleAt}
                  onChange={(e) => setScheduleAt(e.target.value)}
                  className="rounded border border-neutral-400 px-2 py-1 font-normal"
                />
              </label>
              <button
                type="button"
                disabled={!scheduleAt}
                onClick={() => void act("schedule")}
                className="rounded border border-neutral-500 px-3 py-2 text-sm disabled:opacity-50"
              >
                Schedule
              </button>
            </span>
          )}
        </div>
        {a.status === "PUBLISHED" && !readOnly && (
          <p className="text-xs text-muted">
            Save on a published story is a minor edit: kept in the revision history, with no public notice. To tell readers what was wrong, publish a
            correction.
          </p>
        )}
        <p className="flex flex-wrap gap-4 text-sm">
          Preview as:
          <Link href={`/newsroom/articles/${a.id}/preview?as=anonymous`} target="_blank" className="underline">
            anonymous
          </Link>
          <Link href={`/newsroom/articles/${a.id}/preview?as=preview`} target="_blank" className="underline">
            preview reader
          </Link>
          <Link href={`/newsroom/articles/${a.id}/preview?as=subscriber`} target="_blank" className="underline">
            subscriber
          </Link>
          <Link href={`/newsroom/articles/${a.id}/history`} className="ml-auto underline">
            Revision history
          </Link>
        </p>
        <ReviewPanel articleId={a.id} desk={desk} />
      </form>
      <section aria-label="Live preview" className="rounded border border-neutral-200 p-4">
        <p className="text-xs font-bold uppercase tracking-wide text-muted">Live preview</p>
        <h2 className="mt-2 font-serif text-2xl font-bold">{a.headline || "(headline)"}</h2>
        {preview ? (
          <>
            <div className="prose prose-neutral mt-3 max-w-none font-serif" dangerouslySetInnerHTML={{ __html: preview.teaserHtml }} />
            <hr className="my-4 border-dashed" aria-label="Paywall: subscribers only below" />
            <div className="prose prose-neutral max-w-none font-serif" dangerouslySetInnerHTML={{ __html: preview.bodyHtml }} />
          </>
        ) : (
          <p className="text-muted">Rendering…</p>
        )}
      </section>
    </div>
  );
}
