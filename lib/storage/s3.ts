// S3-compatible backend (AWS S3, MinIO, R2, ...) for when more than one app
// instance must see the same files. Same contract as the local folder.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { StorageError, assertSafeKey, type Storage } from "./types.ts";

export interface S3StorageOptions {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
}

export function s3Storage(opts: S3StorageOptions): Storage {
  // Half a key pair is a configuration mistake; silently falling back to the
  // SDK's own credential chain would hide it until the first upload fails.
  if (Boolean(opts.accessKeyId) !== Boolean(opts.secretAccessKey)) throw new Error("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together");

  const client = new S3Client({
    region: opts.region,
    endpoint: opts.endpoint,
    // Self-hosted S3 clones usually cannot resolve bucket subdomains.
    forcePathStyle: opts.forcePathStyle ?? false,
    // Without explicit keys the SDK's default chain applies (instance/task
    // roles), so production on AWS needs no long-lived secret in config.
    credentials: opts.accessKeyId && opts.secretAccessKey ? { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey } : undefined,
  });
  const Bucket = opts.bucket;

  return {
    async put(key, data) {
      assertSafeKey(key);
      try {
        // One PutObject, never a multipart upload: S3 makes a single PUT
        // visible all at once or not at all, so a failed or interrupted put
        // leaves no object (and no partial one) under the key. Uploads are
        // capped by MAX_UPLOAD_MB, far below the 5 GB single-PUT limit.
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: key,
            Body: data,
            // Explicit length: the SDK would otherwise have to infer it, and
            // some S3 clones reject bodies sent without it.
            ContentLength: data.byteLength,
            // Lets a browser open a PDF straight from a presigned/public URL.
            ContentType: /\.pdf$/i.test(key) ? "application/pdf" : "application/octet-stream",
          }),
        );
      } catch (e) {
        throw StorageError.wrap(key, e);
      }
    },

    async read(key) {
      assertSafeKey(key);
      const res = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      const body = res.Body;
      if (!body) throw new Error(`storage object ${key} has no body`);
      // In Node the SDK hands back the HTTP response stream itself; the web
      // stream branch covers runtimes where it does not.
      if (body instanceof Readable) return body;
      if (typeof (body as { getReader?: unknown }).getReader === "function") return Readable.fromWeb(body as unknown as WebReadableStream);
      return Readable.from(Buffer.from(await body.transformToByteArray()));
    },

    async size(key) {
      assertSafeKey(key);
      try {
        const res = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return res.ContentLength ?? null;
      } catch (e) {
        // HEAD responses carry no error body, so "missing" arrives as a bare
        // 404 (named NotFound) rather than NoSuchKey. Other failures (403,
        // network) are real faults and must not look like "absent".
        if (isNotFound(e)) return null;
        throw e;
      }
    },

    async remove(key) {
      assertSafeKey(key);
      // Deleting a missing key succeeds in S3, matching the local backend.
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}

function isNotFound(e: unknown): boolean {
  if (e instanceof S3ServiceException && e.$metadata.httpStatusCode === 404) return true;
  const name = (e as { name?: string } | null)?.name;
  return name === "NotFound" || name === "NoSuchKey";
}
