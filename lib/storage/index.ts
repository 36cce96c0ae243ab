// One storage interface for uploaded files (source documents, PDF editions).
// Local folder by default; an S3-compatible bucket is the scale-out path.
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { config } from "../config.ts";

export interface Storage {
  put(key: string, data: Buffer): Promise<void>;
  read(key: string): Promise<Readable>;
  size(key: string): Promise<number | null>;
  remove(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]*$/i;

export function localStorage(root: string): Storage {
  const file = (key: string) => {
    if (!SAFE_KEY.test(key) || key.includes("..")) throw new Error(`unsafe storage key ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, data) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a failed write never leaves a partial file under the key.
      const tmp = `${target}.${process.pid}.${Date.now()}.part`;
      try {
        await writeFile(tmp, data);
        await rename(tmp, target);
      } catch (e) {
        await rm(tmp, { force: true });
        throw e;
      }
    },
    async read(key) {
      return createReadStream(file(key));
    },
    async size(key) {
      try {
        return (await stat(file(key))).size;
      } catch {
        return null;
      }
    },
    async remove(key) {
      await rm(file(key), { force: true });
    },
  };
}

let current: Storage | null = null;

export function storage(): Storage {
  current ??= localStorage(path.resolve(config().STORAGE_DIR));
  return current;
}
