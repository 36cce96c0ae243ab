"use client";

import Link from "next/link";
import { useRef, useState } from "react";

type Outcome = { kind: "error"; message: string; existing?: { id: string; title: string } } | null;

/** Drag-and-drop or pick a PDF; the progress bar follows the real upload. */
export function Uploader({ maxMb }: { maxMb: number }) {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [over, setOver] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  function upload(file: File) {
    setOutcome(null);
    if (file.size > maxMb * 1024 * 1024) {
      setOutcome({ kind: "error", message: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxMb} MB.` });
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/newsroom/documents");
    xhr.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    xhr.setRequestHeader("content-type", "application/pdf");
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: { ok?: boolean; id?: string; message?: string; existing?: { id: string; title: string } } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {}
      if (xhr.status === 201 && body.id) {
        setProgress(100);
        window.location.href = `/newsroom/documents/${body.id}`;
        return;
      }
      setProgress(null);
      setOutcome({ kind: "error", message: body.message ?? `Upload failed (HTTP ${xhr.status}).`, existing: body.existing });
    };
    xhr.onerror = () => {
      setProgress(null);
      setOutcome({ kind: "error", message: "The upload was interrupted. Check your connection and try again." });
    };
    setProgress(0);
    xhr.send(file);
  }

  return (
    <div>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const f = e.dataTransfer.files[0];
          if (f) upload(f);
        }}
        className={`rounded-lg border-2 border-dashed p-6 text-center ${over ? "border-brand bg-red-50" : "border-neutral-400"}`}
      >
        <p className="font-semibold">Drop a PDF here</p>
        <p className="text-sm text-muted">or</p>
        <label className="mt-2 inline-block cursor-pointer rounded bg-brand px-4 py-2 text-sm font-semibold text-white">
          Choose a PDF…
          <input ref={input} type="file" accept="application/pdf,.pdf" className="sr-only" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
        </label>
        <p className="mt-2 text-xs text-muted">PDF only, up to {maxMb} MB. Text is extracted automatically.</p>
      </div>
      {progress !== null && (
        <div className="mt-3" role="status" aria-live="polite">
          <progress max={100} value={progress} className="w-full" aria-label="Upload progress" />
          <p className="text-sm">{progress < 100 ? `Uploading… ${progress}%` : "Uploaded. Opening the document…"}</p>
        </div>
      )}
      {outcome && (
        <p role="alert" className="mt-3 rounded bg-red-50 p-3 text-sm text-red-900">
          {outcome.message}
          {outcome.existing && (
            <>
              {" "}
              <Link href={`/newsroom/documents/${outcome.existing.id}`} className="underline">
                Open “{outcome.existing.title}”
              </Link>{" "}
              and attach it from the article editor.
            </>
          )}
        </p>
      )}
    </div>
  );
}
