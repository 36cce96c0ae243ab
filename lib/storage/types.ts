// What every storage backend offers, and the checks they share.
import type { Readable } from "node:stream";

export interface Storage {
  put(key: string, data: Buffer): Promise<void>;
  read(key: string): Promise<Readable>;
  size(key: string): Promise<number | null>;
  remove(key: string): Promise<void>;
}

/**
 * A put that did not store the file. Callers can tell the user "the file could
 * not be stored" from the type alone; the message (with the backend's reason)
 * is for the log, not for the page.
 */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StorageError";
  }

  static wrap(key: string, cause: unknown): StorageError {
    const reason = cause instanceof Error ? cause.message || cause.name : String(cause);
    return new StorageError(`could not store ${key}: ${reason}`, { cause });
  }
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]*$/i;

// Keys become file paths and object names: a key must never climb out of the
// storage root, and both backends must accept exactly the same keys so that
// switching backend cannot strand a file.
export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.includes("..")) throw new Error(`unsafe storage key ${key}`);
}
