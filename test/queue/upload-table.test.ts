/**
 * Proves that the upload table stays within both of its bounds (count, and the buffer bytes
 * its uploads reserve), answers "busy" with a clamped retry hint when full and "too-large" for
 * an upload that could never fit, assigns ids that only ever increase (never reused after a remove or an
 * expiry), and that expire frees exactly the uploads whose clients went silent past their
 * deadline, while an upload that made progress survives.
 */
import { describe, expect, test } from "bun:test";
import { validateManifest, type Manifest } from "../../src/files/manifest";
import { UploadTable, uploadBusyRetryMsMax, uploadBusyRetryMsMin, uploadsMax } from "../../src/queue/upload-table";
import { uploadChunksInMemoryMax } from "../../src/queue/upload-assembly";
import { chunkBytesMin } from "../../src/files/limits";
import type { Digest } from "../../src/files/digest";
import { fileDigestOf, hashChunk } from "../../src/files/sha256";

function manifestOf(size: number, name = "f"): Manifest {
  const zero = "0".repeat(64) as Digest;
  const chunks = Array.from({ length: Math.ceil(size / chunkBytesMin) }, () => zero);
  const result = validateManifest({ name, size, chunkBytes: chunkBytesMin, chunks, sha256: zero });
  if (!result.ok) throw result.error;
  return result.value;
}

function started(table: UploadTable, manifest: Manifest, nowMs: number): number {
  const result = table.begin(manifest, nowMs);
  if (result.kind !== "started") throw new Error(`expected started, got ${result.kind}`);
  expect(table.get(result.uploadId)).toBe(result.upload);
  return result.uploadId;
}

describe("UploadTable", () => {
  test("ids are assigned monotonically from 1 and never reused", () => {
    const table = new UploadTable();
    expect(started(table, manifestOf(0), 0)).toBe(1);
    expect(started(table, manifestOf(0), 0)).toBe(2);
    expect(table.remove(2)).toBe(true);
    expect(table.remove(2)).toBe(false);
    expect(table.get(2)).toBeUndefined();
    expect(started(table, manifestOf(0), 0)).toBe(3);
    expect(table.size).toBe(2);
  });

  test("a full table answers busy with a clamped retry hint, and a slot frees on remove", () => {
    const table = new UploadTable({ uploadsMax: 2 });
    started(table, manifestOf(100), 0);
    const second = started(table, manifestOf(100), 0);
    const busy = table.begin(manifestOf(100), 0);
    expect(busy.kind).toBe("busy");
    if (busy.kind === "busy") {
      expect(busy.retryAfterMs).toBeGreaterThanOrEqual(uploadBusyRetryMsMin);
      expect(busy.retryAfterMs).toBeLessThanOrEqual(uploadBusyRetryMsMax);
    }
    expect(table.size).toBe(2);
    table.remove(second);
    expect(table.begin(manifestOf(100), 0).kind).toBe("started");
  });

  test("the retry hint follows the earliest deadline within its clamp", () => {
    const table = new UploadTable({ uploadsMax: 1 });
    const id = started(table, manifestOf(0), 0);
    const deadline = table.get(id)?.deadlineMs() ?? 0;
    const nearly = table.begin(manifestOf(0), deadline - 1);
    expect(nearly).toEqual({ kind: "busy", retryAfterMs: uploadBusyRetryMsMin });
    const early = table.begin(manifestOf(0), 0);
    expect(early).toEqual({ kind: "busy", retryAfterMs: uploadBusyRetryMsMax });
  });

  test("buffer bytes are bounded: busy when the sum would exceed, too-large when one upload would", () => {
    const perUpload = uploadChunksInMemoryMax * chunkBytesMin;
    const table = new UploadTable({ memoryBytesMax: perUpload + 3 * chunkBytesMin });
    // A big file reserves its buffer's worth, not its size: the bytes stream on to the leader.
    const first = started(table, manifestOf(1000 * chunkBytesMin), 0);
    expect(table.memoryBytesReserved).toBe(perUpload);
    expect(table.begin(manifestOf(4 * chunkBytesMin), 0).kind).toBe("busy");
    started(table, manifestOf(3 * chunkBytesMin), 0);
    expect(table.memoryBytesReserved).toBe(perUpload + 3 * chunkBytesMin);
    table.remove(first);
    expect(table.memoryBytesReserved).toBe(3 * chunkBytesMin);
    const small = new UploadTable({ memoryBytesMax: 2 * chunkBytesMin });
    expect(small.begin(manifestOf(3 * chunkBytesMin), 0)).toEqual({ kind: "too-large", memoryBytes: 3 * chunkBytesMin, memoryBytesMax: 2 * chunkBytesMin });
  });

  test("expire frees exactly the silent uploads and returns their ids", () => {
    const table = new UploadTable();
    const silent = started(table, manifestOf(0), 0);
    const active = started(table, manifestOf(chunkBytesMin), 0);
    const deadline = table.get(silent)?.deadlineMs() ?? 0;
    expect(table.nextDeadlineMs()).toBe(deadline);
    expect(table.expire(deadline - 1)).toEqual([]);
    // The active client makes progress just before the silent one's deadline.
    const chunk = hashChunk(new Uint8Array(chunkBytesMin));
    const fresh = validateManifest({
      name: "g",
      size: chunkBytesMin,
      chunkBytes: chunkBytesMin,
      chunks: [chunk.digest],
      sha256: fileDigestOf([chunk.digest]),
    });
    if (!fresh.ok) throw fresh.error;
    const progressing = started(table, fresh.value, 0);
    expect(table.get(progressing)?.accept(0, chunk, deadline - 1)).toBe("accepted");
    expect(table.expire(deadline + 1_000)).toEqual([silent, active]);
    expect(table.get(silent)).toBeUndefined();
    expect(table.get(progressing)).toBeDefined();
    expect(table.size).toBe(1);
    expect(table.memoryBytesReserved).toBe(chunkBytesMin);
  });

  test("many begins never exceed uploadsMax", () => {
    const table = new UploadTable();
    let busy = 0;
    for (let i = 0; i < uploadsMax + 10; i += 1) if (table.begin(manifestOf(0), i).kind === "busy") busy += 1;
    expect(table.size).toBe(uploadsMax);
    expect(busy).toBe(10);
    expect([...table.entries()].map((upload) => upload.uploadId)).toEqual(Array.from({ length: uploadsMax }, (_, i) => i + 1));
  });

  test("limits above the named bounds are a bug", () => {
    expect(() => new UploadTable({ uploadsMax: uploadsMax + 1 })).toThrow();
    expect(() => new UploadTable({ uploadsMax: 0 })).toThrow();
  });
});
