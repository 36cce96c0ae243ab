/** The account page's way to the reader's folders (decision 30). */
export function AccountFoldersLink() {
  return (
    <p className="mt-3">
      <a href="/account/folders" className="font-semibold text-brand underline">
        Your folders
      </a>{" "}
      — articles and source documents you saved, by matter or client, with notes.
    </p>
  );
}
