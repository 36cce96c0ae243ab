// Both storage backends against the same contract: byte-identical round trips,
// size/remove semantics, key safety, and a failed put that stores nothing.
// Self-contained (temp folder, in-process s3rver): needs nothing from the
// integration global setup.
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error s3rver ships no type declarations; the part used here is typed below.
import S3rverModule from "s3rver";
import { StorageError, localStorage, type Storage } from "../../lib/storage/index.ts";
import { s3Storage } from "../../lib/storage/s3.ts";

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverOptions = { port: number; address: string; directory: string; silent: boolean; configureBuckets: { name: string }[] };
const S3rver = S3rverModule as new (opts: S3rverOptions) => S3rverInstance;

const BUCKET = "bucket";
// s3rver accepts only this key pair when it checks signatures.
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

async function startS3rver() {
  const directory = await mkdtemp(path.join(os.tmpdir(), "tld-storage-s3-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", directory, silent: true, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  // s3rver cannot resolve bucket subdomains of an IP address, hence path style.
  const client = { endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", forcePathStyle: true, ...CREDENTIALS };
  return {
    client,
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

interface Harness {
  store: Storage;
  /** A store and key for which put must fail (and must leave nothing behind). */
  failing: { store: Storage; key: string };
  cleanup(): Promise<void>;
}

const backends: { name: string; setup(): Promise<Harness> }[] = [
  {
    name: "local folder",
    async setup() {
      const root = await mkdtemp(path.join(os.tmpdir(), "tld-storage-local-"));
      // A regular file where put needs a directory: mkdir fails whoever runs
      // the test (a read-only directory would not stop root).
      await writeFile(path.join(root, "blocker"), "not a directory");
      const store = localStorage(root);
      return {
        store,
        failing: { store, key: "blocker/doc.pdf" },
        cleanup: () => rm(root, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "S3 (s3rver)",
    async setup() {
      const s3 = await startS3rver();
      return {
        store: s3Storage({ bucket: BUCKET, ...s3.client }),
        // put to a bucket that does not exist: the server refuses the whole request.
        failing: { store: s3Storage({ bucket: "no-such-bucket", ...s3.client }), key: "documents/xx/doc.pdf" },
        cleanup: s3.close,
      };
    },
  },
];

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe.each(backends)("storage: $name", (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await backend.setup();
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  it("reads back exactly the bytes that were put (3 MB)", async () => {
    const data = randomBytes(3 * 1024 * 1024);
    const key = "documents/ab/round-trip.pdf";
    await h.store.put(key, data);
    const back = await readAll(await h.store.read(key));
    expect(back.length).toBe(data.length);
    expect(sha256(back)).toBe(sha256(data));
  });

  it("replaces an existing object on a second put", async () => {
    const key = "editions/overwrite.bin";
    await h.store.put(key, Buffer.from("first version"));
    await h.store.put(key, Buffer.from("second"));
    expect((await readAll(await h.store.read(key))).toString()).toBe("second");
  });

  it("reports the size of an existing key and null for a missing one", async () => {
    await h.store.put("sizes/seven.bin", Buffer.from("1234567"));
    expect(await h.store.size("sizes/seven.bin")).toBe(7);
    expect(await h.store.size("sizes/missing.bin")).toBeNull();
  });

  it("removes a key, after which size() is null; removing a missing key is fine", async () => {
    await h.store.put("gone/soon.pdf", Buffer.from("%PDF-1.7 tiny"));
    expect(await h.store.size("gone/soon.pdf")).toBe(13);
    await h.store.remove("gone/soon.pdf");
    expect(await h.store.size("gone/soon.pdf")).toBeNull();
    await expect(h.store.remove("gone/soon.pdf")).resolves.toBeUndefined();
  });

  it.each(["../x", "/abs", "a/../../b"])("rejects the unsafe key %j in every operation", async (key) => {
    await expect(h.store.put(key, Buffer.from("x"))).rejects.toThrow(/unsafe storage key/);
    await expect(h.store.read(key)).rejects.toThrow(/unsafe storage key/);
    await expect(h.store.size(key)).rejects.toThrow(/unsafe storage key/);
    await expect(h.store.remove(key)).rejects.toThrow(/unsafe storage key/);
  });

  it("throws StorageError from a failed put and leaves nothing readable under the key", async () => {
    const { store, key } = h.failing;
    const err = await store.put(key, randomBytes(64 * 1024)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).message).toContain(key);
    expect(await store.size(key)).toBeNull();
    await expect(store.read(key).then(readAll)).rejects.toThrow();
    // Nor did the attempt land in the working store.
    expect(await h.store.size(key)).toBeNull();
  });
});

describe("storage: S3 object metadata", () => {
  let s3: Awaited<ReturnType<typeof startS3rver>>;
  let raw: S3Client;
  beforeAll(async () => {
    s3 = await startS3rver();
    raw = new S3Client({ ...s3.client, credentials: CREDENTIALS });
  });
  afterAll(async () => {
    raw?.destroy();
    await s3?.close();
  });

  it("stores .pdf keys as application/pdf, with their length", async () => {
    const store = s3Storage({ bucket: BUCKET, ...s3.client });
    await store.put("documents/cd/typed.pdf", Buffer.from("%PDF-1.7 typed"));
    await store.put("editions/raw.bin", Buffer.from("raw"));
    const pdf = await raw.send(new HeadObjectCommand({ Bucket: BUCKET, Key: "documents/cd/typed.pdf" }));
    expect(pdf.ContentType).toBe("application/pdf");
    expect(pdf.ContentLength).toBe(14);
    const bin = await raw.send(new HeadObjectCommand({ Bucket: BUCKET, Key: "editions/raw.bin" }));
    expect(bin.ContentType).toBe("application/octet-stream");
  });
});
