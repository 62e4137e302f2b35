/**
 * A streaming read of part of a file: the bytes [start, end) as a ReadableStream, fetching only
 * the chunks that range covers (the S3 door's GetObject with Range, and any reader that wants a
 * slice of a large file without its whole). The plan comes first (one ReadRequest), so a caller
 * learns the size and attributes, checks its range against them, and only then streams.
 *
 *   planRead:  ReadRequest(name) → ReadResponse(manifest, locations, nodes)    (download.ts)
 *   stream:    ChunkFetch for chunks first..last through the same window across the nodes as
 *              a whole-file read (chunk-reader.ts), delivered in order; each chunk's size and
 *              SHA-256 checked once on arrival, with fallback to the next node; none for a
 *              small file whose content the answer carried (download.ts checked it)
 *
 * Memory: at most the read window (chunk-reader.ts), whatever the range or the file size; a consumer that
 * stops pulling stops the fetching (pull-based stream). The whole file's digest is not checked
 * here: every chunk is checked against the manifest's digests, which the leader committed, and a
 * range does not cover the whole file anyway.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { validateFileName } from "../files/name";
import { chunkRange } from "../files/manifest";
import { frameBytesMaxLimit, frameOverheadBytes } from "../wire/framing";
import { pb } from "../wire/proto";
import { ChunkReader } from "./chunk-reader";
import { fetchPlan, type ReadPlan } from "./download";
import { ClientError } from "./errors";
import { infoFromRecord, type FileInfo } from "./file-info";
import { NodePool } from "./node-pool";
import type { ClientOptions } from "./options";

export interface ReadHandle {
  readonly info: FileInfo;
  /** The bytes [start, end) of the file; 0 <= start <= end <= size. Call once. */
  stream(start: number, end: number): ReadableStream<Uint8Array>;
}

/** The file's plan, or null when there is no such file. */
export async function planRead(options: ClientOptions, name: string, stale = false): Promise<Result<ReadHandle | null, ClientError>> {
  const valid = validateFileName(name);
  if (!valid.ok) return err(new ClientError("failed", `read: ${valid.error.message}`));
  const plan = await fetchPlan(options, { name, stale });
  if (!plan.ok) return plan.error.replyCode === pb.ErrorCode.ERROR_NOT_FOUND ? ok(null) : plan;
  let streamed = false;
  return ok({
    info: infoFromRecord(plan.value.file),
    stream(start, end) {
      assert(!streamed, "a read handle streams once");
      streamed = true;
      return rangeStream(options, plan.value, name, start, end);
    },
  });
}

function rangeStream(options: ClientOptions, plan: ReadPlan, name: string, start: number, end: number): ReadableStream<Uint8Array> {
  assert(Number.isSafeInteger(start) && start >= 0 && start <= end && end <= plan.file.size, "the range lies within the file");
  if (plan.inline !== null) {
    // The answer carried the file whole, checked against its chunk digest: no node to ask.
    const bytes = plan.inline.subarray(start, end);
    return new ReadableStream<Uint8Array>({ start(controller) { if (bytes.length > 0) controller.enqueue(bytes); controller.close(); } });
  }
  const frameBytesMax = Math.min(frameBytesMaxLimit, Math.max(options.frameBytesMax, plan.file.chunkBytes + frameOverheadBytes));
  const pool = new NodePool(plan.nodes, options, frameBytesMax);
  const first = Math.floor(start / plan.file.chunkBytes);
  const last = end === start ? first - 1 : Math.floor((end - 1) / plan.file.chunkBytes);
  const reader = new ChunkReader(pool, plan, first, last, name);
  let delivered = first;
  const finish = async (): Promise<void> => {
    reader.cancel();
    await pool.close();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await reader.next();
      if (!chunk.ok) {
        await finish();
        controller.error(chunk.error);
        return;
      }
      if (chunk.value === null) {
        await finish();
        controller.close();
        return;
      }
      const { start: chunkStart } = chunkRange(delivered, plan.file.size, plan.file.chunkBytes);
      const from = Math.max(0, start - chunkStart);
      const to = Math.min(chunk.value.length, end - chunkStart);
      assert(from < to, "a delivered chunk contributes at least one byte");
      delivered += 1;
      controller.enqueue(chunk.value.subarray(from, to));
    },
    async cancel() {
      await finish();
    },
  }, { highWaterMark: 0 });
}
