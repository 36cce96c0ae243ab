"use client";

// Review of a draft (decision 25): where it stands, the comments on it, a
// comment box, and for editors "Return to writer" while it is in review.
// It sits inside the editor's form, so its buttons are plain buttons.
import { useState } from "react";
import { commentAction, returnToWriterAction } from "@/app/newsroom/articles/actions";

export type DeskInfo = {
  canPublish: boolean;
  canEdit: boolean;
  readOnlyReason: string | null;
  review: "DRAFTING" | "IN_REVIEW" | "RETURNED";
  submittedAt: string | null;
  comments: { id: string; body: string; at: string; by: string }[];
};

const STATE: Record<DeskInfo["review"], string> = { DRAFTING: "Not in review", IN_REVIEW: "In review", RETURNED: "Returned to the writer" };

export function ReviewPanel({ articleId, desk }: { articleId: string; desk: DeskInfo }) {
  const [text, setText] = useState("");
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(kind: "comment" | "return") {
    setBusy(true);
    const r = kind === "comment" ? await commentAction(articleId, text) : await returnToWriterAction(articleId, text);
    setBusy(false);
    setNotice({ ok: r.ok, text: r.message });
    if (r.ok) window.location.reload();
  }

  return (
    <section aria-labelledby="review-h" className="rounded border border-neutral-300 p-3">
      <h2 id="review-h" className="text-sm font-semibold">
        Review: <span data-testid="review-state">{STATE[desk.review]}</span>
        {desk.review === "IN_REVIEW" && desk.submittedAt && (
          <span className="font-normal text-muted"> since {new Date(desk.submittedAt).toLocaleString("en-US", { timeZone: "America/New_York" })} ET</span>
        )}
      </h2>
      {desk.comments.length > 0 ? (
        <ol className="mt-2 space-y-2 text-sm" aria-label="Comments">
          {desk.comments.map((c) => (
            <li key={c.id} className="rounded bg-neutral-50 p-2">
              <p className="text-xs text-muted">
                {c.by}, {new Date(c.at).toLocaleString("en-US", { timeZone: "America/New_York" })} ET
              </p>
              <p className="whitespace-pre-wrap">{c.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-muted">No comments yet.</p>
      )}
      <label htmlFor="review-comment" className="mt-3 block text-sm font-semibold">
        Comment
      </label>
      <textarea
        id="review-comment"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        maxLength={4000}
        className="mt-1 w-full rounded border border-neutral-400 p-2 text-sm"
      />
      {notice && (
        <p role={notice.ok ? "status" : "alert"} className={`mt-1 text-sm ${notice.ok ? "text-green-900" : "text-red-900"}`}>
          {notice.text}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy || !text.trim()}
          onClick={() => void run("comment")}
          className="rounded border border-neutral-500 px-3 py-1 text-sm disabled:opacity-50"
        >
          Add comment
        </button>
        {desk.canPublish && desk.review === "IN_REVIEW" && (
          <button type="button" disabled={busy} onClick={() => void run("return")} className="rounded border border-red-700 px-3 py-1 text-sm text-red-800">
            Return to writer{text.trim() ? " with this comment" : ""}
          </button>
        )}
      </div>
    </section>
  );
}
