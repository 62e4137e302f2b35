/**
 * The queue server's cut-through uploads (src/queue/upload-desk.ts), driven as the queue server
 * drives them, with replies recorded instead of sent: chunks reach the leader's pulls as they
 * arrive and the queue server keeps none of them; acknowledgements are held while the buffer
 * is over its bound and released as the leader takes chunks; the leader may commit (UploadFinish)
 * only once every chunk went on and the client waits in its last round; a lost leader's chunks
 * are asked for again; a client that leaves before the commit may start takes its write with it.
 * The write id of the WriteBegin goes with the write item; a malformed one is refused. A small
 * file sent whole in its WriteBegin goes on the Leader Queue with its content (no upload, no
 * WriteNeed); content that is not the manifest's one chunk, or a file too big to travel whole,
 * is refused.
 */
import { describe, expect, test } from "bun:test";
import type { Connection } from "../../src/net/connection";
import { fileDigestOf } from "../../src/files/sha256";
import { chunkBytesMin } from "../../src/files/limits";
import { silentLogger } from "../../src/lib/logger";
import { UploadDesk, type Pending } from "../../src/queue/upload-desk";
import { uploadBufferChunks, uploadHeldChunksMax } from "../../src/queue/upload-assembly";
import { decodeMessage, encodeMessage, type Envelope, type EnvelopeShape } from "../../src/wire/codec";
import { digestOf } from "../../src/files/sha256";
import { digestToBytes } from "../../src/files/digest";
import { manifestToWire } from "../../src/wire/manifest-codec";
import { pb } from "../../src/wire/proto";

const chunkCount = uploadBufferChunks + uploadHeldChunksMax + 2;

function chunkBytes(index: number): Uint8Array {
  const bytes = new Uint8Array(chunkBytesMin);
  bytes.fill(index + 1);
  return bytes;
}

const digests = Array.from({ length: chunkCount }, (_, index) => digestOf(chunkBytes(index)));
const manifest = { name: "d/f.bin", size: chunkCount * chunkBytesMin, chunkBytes: chunkBytesMin, chunks: digests, sha256: fileDigestOf(digests) };

class Harness {
  readonly replies = new Map<number, EnvelopeShape>();
  readonly cancelled: number[] = [];
  readonly submittedWriteIds: (string | undefined)[] = [];
  readonly inlineWrites: { readonly name: string; readonly bytes: Uint8Array }[] = [];
  holderNode: string | null = "n1";
  private nextRequest = 1;
  readonly client = { closed: false } as unknown as Connection;
  readonly desk = new UploadDesk({
    logger: silentLogger,
    reply: (pending, shape) => {
      if (pending.request !== null) this.replies.set(Number(pending.request.requestId), shape);
    },
    submitWrite: (_pending, _manifest, writeId) => {
      this.submittedWriteIds.push(writeId);
      return 7;
    },
    submitInlineWrite: (_pending, written, _writeId, content) => void this.inlineWrites.push({ name: written.name, bytes: content.bytes }),
    holder: () => this.holderNode,
    extend: () => undefined,
    cancel: (workId) => void this.cancelled.push(workId),
    chunkBytesAllowed: 1 << 20,
  });

  /** A request as the codec delivers it (payloads verified). */
  request(shape: EnvelopeShape): Pending {
    const encoded = encodeMessage({ ...shape, requestId: this.nextRequest });
    this.nextRequest += 1;
    const decoded = decodeMessage(encoded.envelope, encoded.segments);
    if (!decoded.ok) throw decoded.error;
    return { connection: this.client, request: decoded.value };
  }

  answer(pending: Pending): EnvelopeShape | undefined {
    return this.replies.get(Number((pending.request as Envelope).requestId));
  }

  begin(): number {
    const pending = this.request({ writeBegin: { manifest: manifestToWire(manifest) } });
    this.desk.begin(pending, { manifest: manifestToWire(manifest) }, 0);
    return Number(this.answer(pending)?.writeNeed?.uploadId ?? 0);
  }

  chunk(uploadId: number, index: number): Pending {
    const pending = this.request({ writeChunk: { uploadId, chunkIndex: index, data: chunkBytes(index) } });
    this.desk.chunk(pending, pending.request?.writeChunk ?? {}, 0);
    return pending;
  }

  pull(): Pending {
    const pending = this.request({ uploadPull: { workId: 7 } });
    this.desk.pull(pending, "n1", 7, 0);
    return pending;
  }
}

describe("write ids", () => {
  test("the WriteBegin's write id goes with the write item; none is none; a malformed one is a bad request", () => {
    const h = new Harness();
    const id = "00112233445566778899aabbccddeeff";
    const given = h.request({ writeBegin: { manifest: manifestToWire(manifest), writeId: Buffer.from(id, "hex") } });
    h.desk.begin(given, given.request?.writeBegin ?? {}, 0);
    expect(h.answer(given)?.writeNeed).toBeDefined();
    const none = h.request({ writeBegin: { manifest: manifestToWire(manifest) } });
    h.desk.begin(none, none.request?.writeBegin ?? {}, 0);
    expect(h.submittedWriteIds).toEqual([id, undefined]);
    const bad = h.request({ writeBegin: { manifest: manifestToWire(manifest), writeId: new Uint8Array(5) } });
    h.desk.begin(bad, bad.request?.writeBegin ?? {}, 0);
    expect(h.answer(bad)?.error?.code).toBe(pb.ErrorCode.ERROR_BAD_REQUEST);
    expect(h.answer(bad)?.error?.message).toContain("write id of 5 bytes");
    expect(h.submittedWriteIds).toHaveLength(2);
  });
});

describe("cut-through uploads", () => {
  test("chunks stream to the leader's pulls; acks are held past the buffer and released as it drains", () => {
    const h = new Harness();
    const uploadId = h.begin();
    expect(uploadId).toBeGreaterThan(0);
    const sends = Array.from({ length: uploadBufferChunks + uploadHeldChunksMax }, (_, index) => h.chunk(uploadId, index));
    // The buffer's worth acknowledged at once, the rest held.
    expect(sends.map((pending) => h.answer(pending)?.ack !== undefined)).toEqual(sends.map((_, index) => index < uploadBufferChunks));
    // Past the held ones, a chunk is refused busy (the client overran its window).
    expect(h.answer(h.chunk(uploadId, uploadBufferChunks + uploadHeldChunksMax))?.error?.code).toBe(pb.ErrorCode.ERROR_BUSY);
    const pulled = h.answer(h.pull());
    expect(pulled?.uploadChunk?.chunkIndex).toBe(0);
    expect(h.answer(sends[uploadBufferChunks] as Pending)?.ack).toBeDefined();
    // A pull with nothing buffered waits, and gets the next chunk the moment it arrives.
    for (let i = 1; i < uploadBufferChunks + uploadHeldChunksMax; i += 1) h.pull();
    const waiting = h.pull();
    expect(h.answer(waiting)).toBeUndefined();
    h.chunk(uploadId, uploadBufferChunks + uploadHeldChunksMax);
    expect(h.answer(waiting)?.uploadChunk?.chunkIndex).toBe(uploadBufferChunks + uploadHeldChunksMax);
    expect(sends.every((pending) => h.answer(pending)?.ack !== undefined)).toBe(true);
  });

  test("the leader may commit only once every chunk went on and the client waits; the answer reaches that round", () => {
    const h = new Harness();
    const uploadId = h.begin();
    const finish = h.request({ uploadFinish: { workId: 7 } });
    for (let index = 0; index < chunkCount; index += 1) {
      h.chunk(uploadId, index);
      h.pull();
    }
    h.desk.finish(finish, "n1", 7, 0);
    expect(h.answer(finish)).toBeUndefined();
    const round = h.request({ writeRoundDone: { uploadId } });
    h.desk.roundDone(round, uploadId);
    expect(h.answer(finish)?.ack).toBeDefined();
    expect(h.answer(round)).toBeUndefined();
    h.desk.answered(7, { writeDone: { commitIndex: 12 } });
    expect(Number(h.answer(round)?.writeDone?.commitIndex)).toBe(12);
    expect(h.desk.inProgress).toBe(0);
  });

  test("a lost leader's chunks are asked for again from the client waiting in its round", () => {
    const h = new Harness();
    const uploadId = h.begin();
    for (let index = 0; index < chunkCount; index += 1) {
      h.chunk(uploadId, index);
      h.pull();
    }
    const round = h.request({ writeRoundDone: { uploadId } });
    h.desk.roundDone(round, uploadId);
    h.desk.requeued(7);
    expect(h.answer(round)?.writeNeed?.needed).toEqual(digests.map((_, index) => index));
  });

  test("a client that leaves before the commit may start takes its write off the Leader Queue", () => {
    const h = new Harness();
    const uploadId = h.begin();
    h.chunk(uploadId, 0);
    const pull = h.pull();
    const parked = h.pull();
    h.desk.clientGone(h.client);
    expect(h.cancelled).toEqual([7]);
    expect(h.answer(pull)?.uploadChunk?.chunkIndex).toBe(0);
    expect(h.answer(parked)?.error?.code).toBe(pb.ErrorCode.ERROR_NOT_FOUND);
    expect(h.answer(h.chunk(uploadId, 1))?.error?.code).toBe(pb.ErrorCode.ERROR_NOT_FOUND);
  });

  test("only the node holding the write may pull it", () => {
    const h = new Harness();
    h.begin();
    h.holderNode = "n2";
    expect(h.answer(h.pull())?.error?.code).toBe(pb.ErrorCode.ERROR_UNAUTHORIZED);
  });

  test("a small file sent whole goes on the Leader Queue with its content; content that is not its one chunk is refused", () => {
    const h = new Harness();
    const content = new Uint8Array(300).fill(9);
    const digest = digestOf(content);
    const small = { name: "small", size: content.length, chunkBytes: 1 << 20, chunks: [digest], sha256: fileDigestOf([digest]) };
    const send = (shape: pb.WriteBegin.$Shape): EnvelopeShape | undefined => {
      const pending = h.request({ writeBegin: shape });
      h.desk.begin(pending, pending.request?.writeBegin ?? {}, 0);
      return h.answer(pending);
    };
    // Answered later, by the write's own outcome: nothing yet, and no upload began.
    expect(send({ manifest: manifestToWire(small), inlineData: content, inlineDigest: digestToBytes(digest) })).toBeUndefined();
    expect(h.inlineWrites).toEqual([{ name: "small", bytes: content }]);
    expect(h.desk.inProgress).toBe(0);
    const other = new Uint8Array(300).fill(8);
    expect(send({ manifest: manifestToWire(small), inlineData: other })?.error?.code).toBe(pb.ErrorCode.ERROR_BAD_REQUEST);
    expect(send({ manifest: manifestToWire(manifest), inlineData: chunkBytes(0) })?.error?.message).toMatch(/travels whole/);
    expect(h.inlineWrites.length).toBe(1);
  });
});
