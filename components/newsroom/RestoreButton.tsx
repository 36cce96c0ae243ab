"use client";

import { useState } from "react";
import { restoreRevisionAction } from "@/app/newsroom/articles/actions";

export function RestoreButton({ articleId, revisionId, version }: { articleId: string; revisionId: string; version: number }) {
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className="rounded border border-neutral-500 px-2 py-1 text-xs"
        onClick={async () => {
          const r = await restoreRevisionAction(articleId, revisionId, version);
          setMsg(r.ok ? "Restored as a new version." : r.message);
          if (r.ok) window.location.href = `/newsroom/articles/${articleId}`;
        }}
      >
        Restore this text
      </button>
      {msg && (
        <span role="status" className="ml-2 text-xs">
          {msg}
        </span>
      )}
    </span>
  );
}
