// One storage interface for uploaded files (source documents, PDF editions).
// Local folder by default; an S3-compatible bucket is the scale-out path
// (see docs/decisions/0005-storage.md).
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { config } from "../config.ts";
import { s3Storage } from "./s3.ts";
import { assertSafeKey, StorageError, type Storage } from "./types.ts";

export { assertSafeKey, StorageError, type Storage } from "./types.ts";

export function localStorage(root: string): Storage {
  const file = (key: string) => {
    assertSafeKey(key);
    return path.join(root, key);
  };
  return {
    async put(key, data) {
      const target = file(key);
      // Write then rename, so a failed write never leaves a partial file under the key.
      const tmp = `${target}.${process.pid}.${Date.now()}.part`;
      try {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(tmp, data);
        await rename(tmp, target);
      } catch (e) {
        await rm(tmp, { force: true }).catch(() => {});
        throw StorageError.wrap(key, e);
      }
    },
    async read(key) {
      return createReadStream(file(key));
    },
    async size(key) {
      const target = file(key);
      try {
        return (await stat(target)).size;
      } catch (e) {
        // Missing, or a path through a file: either way nothing is stored there.
        // Anything else (permissions, I/O) is a real fault and must not look like "absent".
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "ENOENT" || code === "ENOTDIR") return null;
        throw e;
      }
    },
    async remove(key) {
      await rm(file(key), { force: true });
    },
  };
}

let current: Storage | null = null;

export function storage(): Storage {
  if (current) return current;
  const c = config();
  current = c.S3_BUCKET
    ? s3Storage({
        bucket: c.S3_BUCKET,
        endpoint: c.S3_ENDPOINT,
        region: c.S3_REGION,
        accessKeyId: c.S3_ACCESS_KEY_ID,
        secretAccessKey: c.S3_SECRET_ACCESS_KEY,
        forcePathStyle: c.S3_FORCE_PATH_STYLE,
      })
    : localStorage(path.resolve(c.STORAGE_DIR));
  return current;
}
