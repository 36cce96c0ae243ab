"use client";

// One rich-text field of the article editor (TipTap, decision 24): a toolbar
// that follows the WAI-ARIA toolbar pattern (one tab stop, arrow keys move,
// toggles say aria-pressed), the editing surface labelled as a multi-line
// textbox, Word/Google Docs paste normalised, and the "(see " helper that
// offers published articles to cite. It emits HTML; the server reduces it to
// the stored allow-list on save.
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { findReferencesAction } from "@/app/newsroom/articles/actions";
import { normaliseOfficeHtml } from "./office-paste.client";

type Hit = { publicId: string; headline: string };

type Tool = { key: string; label: string; run: (e: Editor) => void; active?: (e: Editor) => boolean; enabled?: (e: Editor) => boolean };

const TOOLS: Tool[] = [
  { key: "bold", label: "Bold", run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive("bold") },
  { key: "italic", label: "Italic", run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive("italic") },
  { key: "h2", label: "Heading", run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive("heading", { level: 2 }) },
  {
    key: "h3",
    label: "Subheading",
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    active: (e) => e.isActive("heading", { level: 3 }),
  },
  { key: "ul", label: "Bulleted list", run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive("bulletList") },
  { key: "ol", label: "Numbered list", run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive("orderedList") },
  { key: "quote", label: "Quote", run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive("blockquote") },
  {
    key: "link",
    label: "Link",
    active: (e) => e.isActive("link"),
    run: (e) => {
      const current = (e.getAttributes("link").href as string | undefined) ?? "https://";
      const href = window.prompt("Link address (https://…). Leave empty to remove the link.", current);
      if (href === null) return;
      if (!href.trim() || href.trim() === "https://") e.chain().focus().extendMarkRange("link").unsetLink().run();
      else if (/^(https?:\/\/|mailto:)/i.test(href.trim())) e.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run();
      else window.alert("Links start with https://, http:// or mailto:.");
    },
  },
  {
    key: "table",
    label: "Insert table",
    run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    enabled: (e) => !e.isActive("table"),
  },
  { key: "row", label: "Add row", run: (e) => e.chain().focus().addRowAfter().run(), enabled: (e) => e.isActive("table") },
  { key: "col", label: "Add column", run: (e) => e.chain().focus().addColumnAfter().run(), enabled: (e) => e.isActive("table") },
  { key: "delrow", label: "Delete row", run: (e) => e.chain().focus().deleteRow().run(), enabled: (e) => e.isActive("table") },
  { key: "delcol", label: "Delete column", run: (e) => e.chain().focus().deleteColumn().run(), enabled: (e) => e.isActive("table") },
  { key: "deltable", label: "Delete table", run: (e) => e.chain().focus().deleteTable().run(), enabled: (e) => e.isActive("table") },
  { key: "undo", label: "Undo", run: (e) => e.chain().focus().undo().run(), enabled: (e) => e.can().undo() },
  { key: "redo", label: "Redo", run: (e) => e.chain().focus().redo().run(), enabled: (e) => e.can().redo() },
];

export function RichTextEditor({
  id,
  label,
  toolbarLabel,
  hint,
  value,
  onChange,
  minHeight = "8rem",
  readOnly = false,
}: {
  id: string;
  label: string;
  /** The toolbar's name ("Body formatting"); not containing the field's label, so the label finds one element. */
  toolbarLabel: string;
  hint?: string;
  value: string;
  onChange: (html: string) => void;
  minHeight?: string;
  readOnly?: boolean;
}) {
  const labelId = useId();
  const hintId = useId();
  const [hits, setHits] = useState<Hit[]>([]);
  const [focusIndex, setFocusIndex] = useState(0);
  const toolbar = useRef<HTMLDivElement>(null);
  const partial = useRef<{ from: number; to: number } | null>(null);
  const lookup = useRef(0);

  const editor = useEditor({
    immediatelyRender: false,
    editable: !readOnly,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        codeBlock: false,
        link: { openOnClick: false, autolink: true, protocols: ["mailto"], defaultProtocol: "https" },
      }),
      Table.configure({ resizable: false }),
      TableRow,
      TableHeader,
      TableCell,
    ],
    content: value,
    editorProps: {
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(hint ? { "aria-describedby": hintId } : {}),
        class: "prose prose-neutral max-w-none font-serif rich-text-surface px-3 py-2 focus:outline-none",
        style: `min-height: ${minHeight}`,
      },
      transformPastedHTML: normaliseOfficeHtml,
      handleKeyDown: (_view, event) => {
        // Esc leaves the text (a table or list keeps Tab for its cells and levels) for the toolbar.
        if (event.key === "Escape") {
          toolbar.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: e }) => {
      onChange(e.getHTML());
      void lookForCitation(e);
    },
  });

  // Re-render when any toggle or availability changes; the values themselves are read
  // from the live editor below, so a state computed before the editor existed cannot stick.
  useEditorState({
    editor,
    selector: ({ editor: e }) => (e ? TOOLS.map((t) => `${t.active?.(e) ?? ""}${t.enabled?.(e) ?? ""}`).join("|") : ""),
  });
  const state = editor ? TOOLS.map((t) => ({ active: t.active ? t.active(editor) : undefined, enabled: t.enabled ? t.enabled(editor) : true })) : null;

  async function lookForCitation(e: Editor) {
    const { $from, empty } = e.state.selection;
    const before = empty ? $from.parent.textBetween(0, $from.parentOffset, undefined, "\ufffc") : "";
    const m = before.match(/\(see\s+([^()\n]{2,60})$/i);
    if (!m) {
      setHits([]);
      partial.current = null;
      return;
    }
    partial.current = { from: $from.pos - m[1].length, to: $from.pos };
    const ticket = ++lookup.current;
    const r = await findReferencesAction(m[1]);
    if (r.ok && ticket === lookup.current) setHits(r.results);
  }

  function cite(h: Hit) {
    if (!editor || !partial.current) return;
    editor.chain().focus().insertContentAt(partial.current, `${h.publicId})`).run();
    setHits([]);
    partial.current = null;
  }

  function onToolbarKey(ev: KeyboardEvent<HTMLDivElement>) {
    const buttons = Array.from(toolbar.current?.querySelectorAll<HTMLButtonElement>("button") ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = ev.key === "ArrowRight" ? at + 1 : ev.key === "ArrowLeft" ? at - 1 : ev.key === "Home" ? 0 : ev.key === "End" ? buttons.length - 1 : null;
    if (next === null) return;
    ev.preventDefault();
    const i = (next + buttons.length) % buttons.length;
    setFocusIndex(i);
    buttons[i].focus();
  }

  return (
    <div className="relative">
      <p id={labelId} className="block text-sm font-semibold">
        {label}
      </p>
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      <div className="mt-1 rounded border border-neutral-400 focus-within:ring-2 focus-within:ring-brand">
        {!readOnly && (
          <div
            ref={toolbar}
            role="toolbar"
            aria-label={toolbarLabel}
            aria-controls={id}
            onKeyDown={onToolbarKey}
            className="flex flex-wrap gap-1 border-b border-neutral-200 bg-neutral-50 p-1"
          >
            {TOOLS.map((t, i) => (
              <button
                key={t.key}
                type="button"
                tabIndex={i === focusIndex ? 0 : -1}
                aria-pressed={t.active ? Boolean(state?.[i]?.active) : undefined}
                disabled={!editor || !state?.[i]?.enabled}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  setFocusIndex(i);
                  if (!editor) return;
                  // Back to the text at once (TipTap's own focus waits a frame, and keys typed meanwhile were lost).
                  if (t.key !== "link") editor.view.focus();
                  t.run(editor);
                }}
                className="rounded px-2 py-1 text-xs font-medium text-neutral-800 hover:bg-neutral-200 disabled:opacity-40 aria-pressed:bg-neutral-800 aria-pressed:text-white"
              >
                {t.label}
              </button>
            ))}
          </div>
        )}
        <EditorContent editor={editor} />
      </div>
      {hits.length > 0 && (
        <ul
          id={`${id}-refs`}
          role="listbox"
          aria-label="Articles to cite"
          className="absolute z-10 mt-1 max-h-60 w-full overflow-auto rounded border border-neutral-300 bg-white shadow-lg"
        >
          {hits.map((h) => (
            <li key={h.publicId} role="option" aria-selected={false}>
              <button type="button" onClick={() => cite(h)} className="w-full px-3 py-2 text-left text-sm hover:bg-neutral-100">
                <span className="font-mono">{h.publicId}</span> — {h.headline}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
