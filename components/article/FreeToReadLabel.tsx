/** "Free to read" (decision 33): an editor opened this story to everyone. */
export function FreeToReadLabel({ free }: { free: boolean }) {
  if (!free) return null;
  return (
    <p className="mt-2 inline-block rounded bg-green-50 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-green-800" data-free-to-read>
      Free to read
    </p>
  );
}
