/**
 * What this proves: uploadFile speaks the write protocol of docs/protocol.md correctly against a
 * fake queue server over real TCP. For 0 bytes, 1 byte, exactly one chunk, one chunk + 1 and
 * several MB, the bytes the fake committed (its chunks concatenated in manifest order) are
 * exactly the file's, and the manifest's digests are SHA-256 of each chunk and of the whole.
 * When the fake pretends chunks were corrupt, or the fault hook corrupts or drops chunks on the
 * way out, the next round carries exactly those chunks again and nothing else. BUSY is waited
 * out; NOT_FOUND mid-upload restarts from WriteBegin; at most uploadWindowChunks WriteChunks
 * are ever outstanding (the fake delays its acks so overlap would show). Bad names and bad
 * paths fail before any connection, and an unreachable queue is `unavailable`. Every attempt
 * of a write carries the same write id; when the commit's answer is lost the write is sent again
 * with it (up to `retries` times), and the message of an unknown outcome names the id. A small
 * file (fitsInline) travels whole in its WriteBegin, one request, answered WriteDone; one byte
 * over the bound, or more than one chunk, takes the chunked path.
 */
import { afterAll, afterEach, describe, expect, test } from "bun:test";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { digestOf } from "../../src/files/sha256";
import { uploadFile, uploadReportJson, uploadWindowChunks } from "../../src/client/upload";
import { inlineBytesMax } from "../../src/files/limits";
import type { WriteId } from "../../src/files/write-id";
import { uint64FromWire } from "../../src/wire/codec";
import { pb } from "../../src/wire/proto";
import { FakeQueue } from "./fake-cluster";
import { clientOptions, concatChunks, fileDigestOfBytes, patternBytes, smallChunkBytes, tempDir } from "./helpers";

/** Hex of raw wire digest bytes (the fake servers speak the wire). */
function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}


const dir = tempDir("upload");
afterAll(() => dir.remove());
const queues: FakeQueue[] = [];
afterEach(() => {
  for (const queue of queues.splice(0)) queue.stop();
});

function startQueue(options: ConstructorParameters<typeof FakeQueue>[0] = {}): FakeQueue {
  const queue = new FakeQueue(options).start();
  queues.push(queue);
  return queue;
}

function fileOf(name: string, bytes: Uint8Array): string {
  const path = join(dir.path, name);
  writeFileSync(path, bytes);
  return path;
}

/** The committed file's bytes, in manifest order. */
function committedBytes(queue: FakeQueue): Uint8Array {
  const stored = queue.lastCommitted;
  expect(stored).not.toBeNull();
  const digests = stored?.manifest.chunkDigests ?? [];
  return concatChunks(digests.map((digest) => stored?.chunks?.get(hex(digest)) ?? new Uint8Array(0)));
}

describe("uploadFile sends exactly the file", () => {
  const sizes: [string, number, number][] = [
    ["empty", 0, smallChunkBytes],
    ["one byte", 1, smallChunkBytes],
    ["exactly one chunk", smallChunkBytes, smallChunkBytes],
    ["one chunk + 1", smallChunkBytes + 1, smallChunkBytes],
    ["several MB", 5 * (1 << 20) + 123, 256 << 10],
  ];
  for (const [label, size, chunkSize] of sizes) {
    test(label, async () => {
      const queue = startQueue();
      const bytes = patternBytes(size, size + 7);
      const path = fileOf(`file-${size}.bin`, bytes);
      const result = await uploadFile(clientOptions([queue.address], chunkSize), { path, name: `dir/f-${size}` });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.size).toBe(size);
      expect(result.value.chunks).toBe(Math.ceil(size / chunkSize));
      expect(result.value.rounds).toBe(1);
      expect(result.value.version).toBe(1);
      expect<string>(result.value.digest).toBe(fileDigestOfBytes(bytes, chunkSize));
      const manifest = queue.lastCommitted?.manifest;
      expect(manifest?.name).toBe(`dir/f-${size}`);
      expect(uint64FromWire(manifest?.size)).toBe(size);
      expect(manifest?.chunkSize).toBe(chunkSize);
      expect(hex(manifest?.digest ?? new Uint8Array(0))).toBe(fileDigestOfBytes(bytes, chunkSize));
      expect(committedBytes(queue)).toEqual(bytes);
    });
  }
});

describe("a small file travels whole", () => {
  test("in one request: WriteBegin carries the content and is answered WriteDone; just over the bound, chunks", async () => {
    const queue = startQueue();
    const bytes = patternBytes(inlineBytesMax, 11);
    const result = await uploadFile(clientOptions([queue.address], 1 << 20), { path: fileOf("whole.bin", bytes), name: "whole" });
    expect(result.ok && result.value).toMatchObject({ size: inlineBytesMax, chunks: 1, rounds: 1, chunkSends: 1 });
    expect(queue.requests).toEqual(["handshake", "writeBegin"]);
    expect(committedBytes(queue)).toEqual(bytes);
    queue.requests.length = 0;
    const over = patternBytes(inlineBytesMax + 1, 12);
    const chunked = await uploadFile(clientOptions([queue.address], 1 << 20), { path: fileOf("over.bin", over), name: "over" });
    expect(chunked.ok).toBe(true);
    expect(queue.requests).toEqual(["handshake", "writeBegin", "writeChunk", "writeRoundDone"]);
    expect(committedBytes(queue)).toEqual(over);
  });
});

describe("rounds resend exactly what is needed", () => {
  test("chunks the queue pretends were corrupt are sent again, and only those", async () => {
    const corrupt = new Set([1, 4, 6]);
    const queue = startQueue({ pretendCorrupt: (index, arrival) => arrival === 0 && corrupt.has(index) });
    const bytes = patternBytes(8 * smallChunkBytes - 5, 3);
    const result = await uploadFile(clientOptions([queue.address]), { path: fileOf("pretend.bin", bytes), name: "pretend" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rounds).toBe(2);
    const arrivals = queue.arrivalsOf(1);
    expect(arrivals.slice(0, 8).toSorted((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(arrivals.slice(8).toSorted((a, b) => a - b)).toEqual([1, 4, 6]);
    expect(committedBytes(queue)).toEqual(bytes);
  });

  test("the fault hook corrupts and drops chunks; the queue asks for exactly those again", async () => {
    const queue = startQueue();
    const bytes = patternBytes(10 * smallChunkBytes, 4);
    const faults = {
      corrupt: (index: number, attempt: number) => attempt === 0 && (index === 2 || index === 9),
      drop: (index: number, attempt: number) => attempt < 2 && index === 5,
    };
    const result = await uploadFile(clientOptions([queue.address]), { path: fileOf("faults.bin", bytes), name: "faults", faults });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rounds).toBe(3);
    const arrivals = queue.arrivalsOf(1);
    // Round 1: everything but the dropped 5; round 2: 2, 9 (corrupt) and 5 is dropped again; round 3: 5.
    expect(arrivals.slice(0, 9).toSorted((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9]);
    expect(arrivals.slice(9).toSorted((a, b) => a - b)).toEqual([2, 5, 9]);
    expect(queue.requests.filter((body) => body === "writeRoundDone").length).toBe(3);
    expect(committedBytes(queue)).toEqual(bytes);
  });

  test("a chunk corrupted on every send gives up after the round bound", async () => {
    const queue = startQueue();
    const result = await uploadFile(clientOptions([queue.address]), {
      path: fileOf("hopeless.bin", patternBytes(3 * smallChunkBytes, 5)),
      faults: { corrupt: (index) => index === 1 },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("failed");
    expect(result.error.message).toContain("still needs 1 chunk");
  });

  test("never more than uploadWindowChunks chunk requests outstanding", async () => {
    const queue = startQueue({ ackDelayMs: 15 });
    const result = await uploadFile(clientOptions([queue.address]), { path: fileOf("window.bin", patternBytes(20 * smallChunkBytes, 6)) });
    expect(result.ok).toBe(true);
    expect(queue.chunksOutstandingPeak).toBe(uploadWindowChunks);
  });
});

describe("retries", () => {
  test("BUSY on WriteBegin is waited out, then the upload succeeds", async () => {
    const queue = startQueue({ busyBegins: 3 });
    const bytes = patternBytes(2 * smallChunkBytes + 9, 8);
    const result = await uploadFile(clientOptions([queue.address]), { path: fileOf("busy.bin", bytes) });
    expect(result.ok).toBe(true);
    expect(queue.requests.filter((body) => body === "writeBegin").length).toBe(4);
    expect(committedBytes(queue)).toEqual(bytes);
  });

  test("NOT_FOUND mid-upload starts again from WriteBegin", async () => {
    const queue = startQueue({ forgetAtChunk: 3 });
    const bytes = patternBytes(6 * smallChunkBytes, 9);
    const result = await uploadFile(clientOptions([queue.address]), { path: fileOf("forget.bin", bytes) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.attempts).toBe(2);
    expect(queue.requests.filter((body) => body === "writeBegin").length).toBe(2);
    expect(committedBytes(queue)).toEqual(bytes);
  });

  test("the connection closes mid-upload (queue restart): reconnect and start again", async () => {
    const queue = startQueue({ closeAtChunk: 4 });
    const bytes = patternBytes(6 * smallChunkBytes + 1, 10);
    const result = await uploadFile(clientOptions([queue.address]), { path: fileOf("restart.bin", bytes) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.attempts).toBe(2);
    expect(queue.requests.filter((body) => body === "handshake").length).toBe(2);
    expect(committedBytes(queue)).toEqual(bytes);
  });

  test("NO_LEADER at commit is unavailable", async () => {
    const queue = startQueue({ commitError: pb.ErrorCode.ERROR_NO_LEADER });
    const result = await uploadFile(clientOptions([queue.address]), { path: fileOf("noleader.bin", patternBytes(100, 1)) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("unavailable");
    expect(result.error.message).toContain("no leader");
  });

  test("the commit's answer never arrives, with --retries 0: the outcome is unknown, and the message names the write id to retry with", async () => {
    const queue = startQueue({ lostCommitAnswer: "silent" });
    const options = { ...clientOptions([queue.address]), requestTimeoutMs: 1_500 };
    const result = await uploadFile(options, { path: fileOf("silent.bin", patternBytes(3 * smallChunkBytes, 4)), retries: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("unknown");
    expect(result.error.message).toContain("outcome is unknown");
    expect(queue.writeIds).toHaveLength(1);
    expect(queue.writeIds[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(result.error.message).toContain(`--write-id ${queue.writeIds[0]}`);
    expect(result.error.message.split("outcome is unknown")).toHaveLength(2);
  });

  test("the queue server goes away once the write committed: the write is sent again with the same id, and answered with the first version", async () => {
    const queue = startQueue({ lostCommitAnswer: "close", lostCommitAnswersMax: 1 });
    const bytes = patternBytes(3 * smallChunkBytes, 5);
    const result = await uploadFile(clientOptions([queue.address]), { path: fileOf("closed.bin", bytes) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ version: 1, repeated: true, attempts: 2 });
    expect(queue.writeIds).toEqual([result.value.writeId, result.value.writeId]);
    expect(uploadReportJson(result.value)).toMatchObject({ writeId: result.value.writeId, repeated: true, version: 1 });
    expect(committedBytes(queue)).toEqual(bytes);
  });

  test("every answer lost: retries are bounded, each with the same id, then the outcome is unknown", async () => {
    const queue = startQueue({ lostCommitAnswer: "close" });
    const result = await uploadFile(clientOptions([queue.address]), { path: fileOf("gone.bin", patternBytes(100, 6)), retries: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("unknown");
    expect(queue.writeIds).toHaveLength(2);
    expect(new Set(queue.writeIds).size).toBe(1);
    expect(result.error.message).toContain(`--write-id ${queue.writeIds[0]}`);
    expect(result.error.message.split("outcome is unknown")).toHaveLength(2);
  });

  test("once an outcome was unknown, a retry that cannot reach the queue server leaves it unknown (never 'nothing was stored')", async () => {
    const queue = startQueue({ lostCommitAnswer: "close", stopWithLostAnswer: true });
    const result = await uploadFile(clientOptions([queue.address]), { path: fileOf("away.bin", patternBytes(100, 8)), retries: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("unknown");
    expect(result.error.message).toContain(`--write-id ${queue.writeIds[0] ?? "?"}`);
    expect(result.error.message).toContain("a retry with the same write id then failed");
  });

  test("a write id given (--write-id) is the one sent; without one, each write draws its own", async () => {
    const queue = startQueue();
    const given = "00112233445566778899aabbccddeeff" as WriteId;
    const path = fileOf("given.bin", patternBytes(100, 7));
    const first = await uploadFile(clientOptions([queue.address]), { path, writeId: given });
    expect(first.ok && first.value.writeId).toBe(given);
    const again = await uploadFile(clientOptions([queue.address]), { path, writeId: given });
    expect(again.ok && again.value).toMatchObject({ version: 1, repeated: true });
    await uploadFile(clientOptions([queue.address]), { path });
    await uploadFile(clientOptions([queue.address]), { path });
    expect(queue.writeIds[0]).toBe(given);
    expect(new Set(queue.writeIds).size).toBe(3);
  });

  test("the first queue is down: the client falls over to the next", async () => {
    const queue = startQueue();
    const bytes = patternBytes(777, 2);
    const result = await uploadFile(clientOptions(["127.0.0.1:1", queue.address]), { path: fileOf("fallover.bin", bytes) });
    expect(result.ok).toBe(true);
    expect(committedBytes(queue)).toEqual(bytes);
  });
});

describe("refusals before any network", () => {
  test("bad names", async () => {
    const path = fileOf("ok.bin", patternBytes(10, 1));
    for (const name of ["", "../escape", "/abs", "a//b", "x".repeat(300), "a/./b"]) {
      const result = await uploadFile(clientOptions(["127.0.0.1:1"]), { path, name });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.kind).toBe("failed");
      expect(result.error.message).toContain("invalid file name");
    }
  });

  test("missing file, directory", async () => {
    const missing = await uploadFile(clientOptions(["127.0.0.1:1"]), { path: join(dir.path, "nope.bin") });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toContain("no such file");
    const sub = join(dir.path, "subdir");
    mkdirSync(sub, { recursive: true });
    const directory = await uploadFile(clientOptions(["127.0.0.1:1"]), { path: sub, name: "d" });
    expect(directory.ok).toBe(false);
    if (!directory.ok) expect(directory.error.message).toContain("is a directory");
  });

  test("unreachable queue is unavailable and names the addresses tried", async () => {
    const result = await uploadFile(clientOptions(["127.0.0.1:1", "127.0.0.1:2"]), { path: fileOf("u.bin", patternBytes(5, 1)) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("unavailable");
    expect(result.error.message).toContain("127.0.0.1:1, 127.0.0.1:2");
  });
});
