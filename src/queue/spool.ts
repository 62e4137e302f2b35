/**
 * The queue server's spool: chunks of uploads in progress, on disk (never in memory), one file
 * per chunk under DATA_DIR/spool/UPLOAD_ID/. Not fsynced: a spool only has to outlive the
 * upload, and a queue server restart loses uploads that were never acknowledged anyway.
 */
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { assert } from "../lib/assert";
import type { Digest } from "../files/digest";
import { DigestBuilder } from "../files/sha256";

export class Spool {
  constructor(private readonly dir: string) {}

  /** Removes what a previous run left: its uploads were never acknowledged. */
  async reset(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
    await mkdir(this.dir, { recursive: true });
  }

  private pathOf(uploadId: number, index: number): string {
    assert(Number.isSafeInteger(uploadId) && Number.isSafeInteger(index), "spool ids are integers");
    return join(this.dir, String(uploadId), `${index}.chunk`);
  }

  async write(uploadId: number, index: number, data: Uint8Array): Promise<void> {
    await mkdir(join(this.dir, String(uploadId)), { recursive: true });
    await Bun.write(this.pathOf(uploadId, index), data);
  }

  async read(uploadId: number, index: number): Promise<Uint8Array | null> {
    const file = Bun.file(this.pathOf(uploadId, index));
    if (!(await file.exists())) return null;
    return new Uint8Array(await file.arrayBuffer());
  }

  /** SHA-256 of the whole upload, reading one chunk at a time. */
  async digest(uploadId: number, chunkCount: number): Promise<Digest | null> {
    const hash = new DigestBuilder();
    for (let index = 0; index < chunkCount; index += 1) {
      const data = await this.read(uploadId, index);
      if (data === null) return null;
      hash.update(data);
    }
    return hash.finish();
  }

  async remove(uploadId: number): Promise<void> {
    await rm(join(this.dir, String(uploadId)), { recursive: true, force: true });
  }
}
