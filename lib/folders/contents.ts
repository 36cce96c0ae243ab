// A folder as its owner sees it now: the folder page, the CSV and the PDF
// digest. Every item keeps its headline or title, teaser or summary and note
// (a reader whose access has ended keeps their list); an article's body is
// fetched only for the digest and only when lib/access says the viewer may
// read that article in full at this moment. A story that is no longer
// published shows no headline at all (it may have been taken down).
import "server-only";
import { access, canReadLibrary, canSee, type Viewer } from "../access/index.ts";
import { articlePath } from "../articles/read.ts";
import { documentText } from "../articles/document.ts";
import { DOCUMENT_TYPES, type DocumentType } from "../documents/types.ts";
import { articleBodies, folderItemRows, ownFolder } from "./repository.ts";

export type FolderEntry = {
  itemId: string;
  kind: "article" | "document";
  /** false: a story no longer published (or deleted); only the note and the date saved are shown. */
  available: boolean;
  title: string;
  /** Article: its public ID; document: its type and case number. */
  reference: string;
  path: string | null;
  /** Publication date of an article, issue date of a document (ISO). */
  date: string | null;
  /** The public lead: an article's teaser, a document's summary. */
  teaserText: string;
  /** An article's stored teaser (public), for the digest's text; "" for a document. */
  teaserHtml: string;
  note: string;
  savedAt: string;
  /** May the viewer read the whole thing now (article body, document file)? */
  full: boolean;
  /** The article's stored body, only in the digest and only when `full`. */
  body?: string;
};

export type FolderContents = { id: string; name: string; createdAt: string; entries: FolderEntry[] };

/** The folder and its items, newest first, or null when it is not the viewer's (callers answer 404). */
export async function folderForViewer(viewer: Viewer, folderId: string, opts: { bodies?: boolean; now?: Date } = {}): Promise<FolderContents | null> {
  if (!viewer.userId || !/^[a-z0-9]{10,40}$/i.test(folderId)) return null;
  const folder = await ownFolder(viewer.userId, folderId);
  if (!folder) return null;
  const now = opts.now ?? new Date();
  const rows = await folderItemRows(folder.id);
  const entries: FolderEntry[] = rows.map((r) => {
    const base = { itemId: r.id, note: r.note, savedAt: r.savedAt.toISOString() };
    if (r.article) {
      const a = r.article;
      const visible = a.publicId !== null && canSee(a, viewer, now);
      if (!visible)
        return {
          ...base,
          kind: "article",
          available: false,
          title: "A story that is no longer published",
          reference: "",
          path: null,
          date: null,
          teaserText: "",
          teaserHtml: "",
          full: false,
        };
      return {
        ...base,
        kind: "article",
        available: true,
        title: a.headline,
        reference: a.publicId!,
        path: articlePath({ publicId: a.publicId!, slug: a.slug }),
        date: a.publishedAt?.toISOString() ?? null,
        teaserText: documentText(a.teaser),
        teaserHtml: a.teaser,
        full: access(a, viewer, now) === "full",
      };
    }
    if (r.document) {
      const d = r.document;
      return {
        ...base,
        kind: "document",
        available: true,
        title: d.title,
        reference: [DOCUMENT_TYPES[d.type as DocumentType] ?? d.type, d.caseNumber].filter(Boolean).join(" · "),
        path: `/documents/${d.id}`,
        date: d.dateIssued.toISOString(),
        teaserText: d.summary,
        teaserHtml: "",
        full: canReadLibrary(viewer, now),
      };
    }
    return {
      ...base,
      kind: "article",
      available: false,
      title: "An item that no longer exists",
      reference: "",
      path: null,
      date: null,
      teaserText: "",
      teaserHtml: "",
      full: false,
    };
  });
  if (opts.bodies) {
    // The decision above (access(...) === "full") is the only way to a body.
    const fullIds = rows.filter((r, i) => r.article && entries[i]!.full).map((r) => r.article!.id);
    const bodies = await articleBodies(fullIds);
    rows.forEach((r, i) => {
      if (r.article && entries[i]!.full) entries[i]!.body = bodies.get(r.article.id) ?? "";
    });
  }
  return { id: folder.id, name: folder.name, createdAt: folder.createdAt.toISOString(), entries };
}
