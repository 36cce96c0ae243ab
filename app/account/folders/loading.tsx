/** Shown while a folder page loads (the folders list, one folder). */
export default function FoldersLoading() {
  return (
    <section className="mx-auto max-w-3xl" aria-busy="true">
      <p role="status" className="text-muted">
        Loading your folders…
      </p>
    </section>
  );
}
