/**
 * A small file is read once on its way up: the manifest's pass keeps the bytes of a file that
 * travels whole (fitsInline), and the upload sends those; a larger file, or one of several
 * chunks, is read again chunk by chunk when sent (nothing whole is held).
 */
import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeManifest, computeManifestKeepingSmall } from "../../src/client/manifest";
import { inlineBytesMax } from "../../src/files/limits";

const dir = mkdtempSync(join(tmpdir(), "gossamer-manifest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, size: number): { path: string; bytes: Uint8Array } {
  const bytes = new Uint8Array(size).map((_, i) => (i * 31 + size) % 251);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, bytes };
}

test("a file that travels whole comes back with its bytes and the same manifest", async () => {
  const { path, bytes } = file("small", 300);
  const kept = await computeManifestKeepingSmall(path, "small", bytes.length, 1 << 20);
  expect(kept.content).toEqual(bytes);
  expect(kept.manifest).toEqual(await computeManifest(path, "small", bytes.length, 1 << 20));
});

test("a file past the inline bound, or of several chunks, keeps nothing", async () => {
  const big = file("big", inlineBytesMax + 1);
  expect((await computeManifestKeepingSmall(big.path, "big", big.bytes.length, 1 << 20)).content).toBeNull();
  const chunked = file("chunked", 5000);
  const kept = await computeManifestKeepingSmall(chunked.path, "chunked", chunked.bytes.length, 4096);
  expect(kept.content).toBeNull();
  expect(kept.manifest.chunks.length).toBe(2);
});
