/**
 * read: fetch a file from the cluster (docs/protocol.md, read).
 *
 *   queue:  ReadRequest(name, stale) → ReadResponse(manifest, locations, nodes[, inline_data])
 *           a small file (one chunk up to inlineBytesMax) comes whole in the answer: checked
 *           against its chunk digest, it is the file, and no node is asked (content that does
 *           not match is refused and the chunk fetched as below)
 *   nodes:  ChunkFetch(digest) → ChunkData through a window across every node that holds the
 *           file (chunk-reader.ts), each chunk checked once on arrival (size and SHA-256),
 *           falling back down its location list on a bad, missing or unreachable node
 *   output: chunks written in order as they come, to a temp file beside OUT, the whole file's
 *           SHA-256 checked, fsync, rename (see output-file.ts); or streamed to stdout for `-o -`
 *
 * Memory holds the window (chunk-reader.ts, readWindowBytes) and the chunk being written.
 */
import { basename } from "node:path";
import { parseHostPort } from "../cli/host-port";
import { assert, AssertionError } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { validateFileName } from "../files/name";
import type { Digest } from "../files/digest";
import type { FileRecord } from "../files/manifest";
import { digestOf, FileDigestBuilder } from "../files/sha256";
import { fileRecordFromWire } from "../wire/manifest-codec";
import { frameBytesMaxLimit, frameOverheadBytes } from "../wire/framing";
import { pb } from "../wire/proto";
import { ClientError, reasonOf } from "./errors";
import { ChunkReader, readWindowFor } from "./chunk-reader";
import { BufferPool } from "../lib/buffer-pool";
import { NodePool, readNodesMax } from "./node-pool";
import type { ClientOptions } from "./options";
import { prepareOutput, stdoutOutput, type ByteWriter, type OutputSink } from "./output-file";
import { createProgress, type Progress } from "./progress";
import { openQueue, requestExpecting } from "./queue-session";

export interface DownloadRequest {
  readonly name: string;
  /** Where to write: a path, or "-" for stdout. Default: the name's base name in the cwd. */
  readonly output?: string;
  /** Skip the linearizable ReadIndex check. */
  readonly stale?: boolean;
  readonly progress?: boolean;
  /** Where "-" writes (default process.stdout, with backpressure). */
  readonly stdout?: ByteWriter;
}

export interface DownloadReport {
  readonly name: string;
  readonly size: number;
  readonly digest: Digest;
  readonly version: number;
  readonly output: string;
  readonly chunks: number;
  /** Chunk fetches that failed and fell back to another node. */
  readonly fallbacks: number;
  readonly servedBy: string;
  readonly ms: number;
}

/** The --json document of `read`. */
export function downloadReportJson(report: DownloadReport): Record<string, unknown> {
  return { name: report.name, size: report.size, digest: report.digest, version: report.version, chunks: report.chunks, output: report.output, ms: report.ms };
}

/** A ReadResponse that passed the gateway checks. */
export interface ReadPlan {
  readonly file: FileRecord;
  /** Per chunk, the node ids to try in order. */
  readonly locations: readonly (readonly string[])[];
  readonly nodes: ReadonlyMap<string, string>;
  readonly servedBy: string;
  /**
   * The file's one chunk when the answer carried it (ReadResponse.inline_data) and it matched
   * the manifest's chunk digest and the file's size; null otherwise.
   */
  readonly inline: Uint8Array | null;
  /** The answer carried content that did not match: refused (the chunk is fetched from the nodes). */
  readonly inlineRefused: boolean;
}

export async function downloadFile(options: ClientOptions, request: DownloadRequest): Promise<Result<DownloadReport, ClientError>> {
  const started = performance.now();
  const valid = validateFileName(request.name);
  if (!valid.ok) return err(new ClientError("failed", `read: ${valid.error.message}`));
  const prepared = await prepareOutput(request.output ?? basename(request.name), request.stdout);
  if (!prepared.ok) return prepared;
  const sink = prepared.value;
  let committed = false;
  try {
    const plan = await fetchPlan(options, request);
    if (!plan.ok) return plan;
    const progress = createProgress(`read ${request.name}`, request.progress === true && sink.output !== stdoutOutput);
    progress.phase("fetching", plan.value.file.size);
    if (plan.value.inline !== null) {
      // The answer carried the file whole, checked against its chunk digest: no node to ask.
      const whole = wholeDigestChecked(plan.value.file, request.name);
      if (!whole.ok) return whole;
      try {
        await sink.write(plan.value.inline);
        progress.advance(plan.value.inline.length);
        progress.phase("verifying and syncing", 0);
        await sink.commit();
      } finally {
        progress.finish();
      }
      committed = true;
      return ok(reportOf(request.name, plan.value, sink.output, 0, started));
    }
    const frameBytesMax = Math.min(frameBytesMaxLimit, Math.max(options.frameBytesMax, plan.value.file.chunkBytes + frameOverheadBytes));
    const window = readWindowFor(plan.value.file.chunkBytes);
    // One buffer per chunk the window holds, one per connection assembling a frame, and the one
    // being written: then no chunk of the read needs a fresh buffer.
    const bodies = new BufferPool(Math.min(frameBytesMax, plan.value.file.chunkBytes + frameOverheadBytes), window.chunksMax + plan.value.nodes.size + 1, 0);
    const pool = new NodePool(plan.value.nodes, options, frameBytesMax, bodies);
    let fetched: Result<number, ClientError>;
    try {
      fetched = await fetchAll(new ChunkReader(pool, plan.value, 0, plan.value.file.chunks.length - 1, request.name, window), plan.value, sink, progress, request.name);
      if (!fetched.ok) return fetched;
      // Every chunk and the whole digest checked out; what is left is making OUT durable.
      progress.phase("verifying and syncing", 0);
      await sink.commit();
    } finally {
      progress.finish();
      await pool.close();
    }
    committed = true;
    return ok(reportOf(request.name, plan.value, sink.output, fetched.value, started));
  } catch (error: unknown) {
    // A bug is not an operating error: let it reach the top level with its stack.
    if (error instanceof AssertionError) throw error;
    return err(new ClientError("failed", `read ${request.name}: cannot write ${sink.output}: ${reasonOf(error)}`, { cause: error }));
  } finally {
    if (!committed) await sink.abort();
  }
}

export async function fetchPlan(options: ClientOptions, request: Pick<DownloadRequest, "name" | "stale">): Promise<Result<ReadPlan, ClientError>> {
  const opened = await openQueue(options);
  if (!opened.ok) return opened;
  try {
    const what = `read ${request.name}`;
    const answer = await requestExpecting(opened.value, { read: { name: request.name, stale: request.stale === true } }, ["readResponse"], what, options.requestTimeoutMs);
    if (!answer.ok) return answer;
    return checkPlan(answer.value.readResponse, what);
  } finally {
    opened.value.close();
  }
}

function reportOf(name: string, plan: ReadPlan, output: string, fetchFallbacks: number, started: number): DownloadReport {
  return {
    name,
    size: plan.file.size,
    digest: plan.file.sha256,
    version: plan.file.version,
    output,
    chunks: plan.file.chunks.length,
    // Refused inline content counts as a fallback: the chunk came from a node instead.
    fallbacks: fetchFallbacks + (plan.inlineRefused ? 1 : 0),
    servedBy: plan.servedBy,
    ms: Math.round(performance.now() - started),
  };
}

/** Gateway check of a ReadResponse: a consistent manifest, locations within it, parseable nodes. */
function checkPlan(response: pb.ReadResponse.$Shape, what: string): Result<ReadPlan, ClientError> {
  const bad = (detail: string): Result<ReadPlan, ClientError> => err(new ClientError("failed", `${what}: bad read response: ${detail}`));
  const file = fileRecordFromWire(response.manifest);
  if (!file.ok) return bad(file.error.message);
  const count = file.value.chunks.length;
  const nodes = new Map<string, string>();
  for (const node of (response.nodes ?? []).slice(0, readNodesMax)) {
    if (node.id === undefined || node.address === undefined || parseHostPort(node.address) === null) return bad(`node ${JSON.stringify(node)}`);
    nodes.set(node.id, node.address);
  }
  if (count > 0 && nodes.size === 0) return bad("no nodes to fetch from");
  const locations: (readonly string[])[] = new Array<readonly string[]>(count).fill([]);
  for (const location of response.locations ?? []) {
    const index = location.chunkIndex ?? 0;
    if (index < 0 || index >= count) return bad(`location for chunk ${index} of ${count}`);
    locations[index] = (location.nodeIds ?? []).filter((id) => nodes.has(id)).slice(0, readNodesMax);
  }
  // A chunk with no location left is tried on every node: better than failing outright.
  for (let index = 0; index < count; index += 1) if ((locations[index] ?? []).length === 0) locations[index] = [...nodes.keys()];
  const inline = checkedInline(response.inlineData, file.value);
  return ok({ file: file.value, locations, nodes, servedBy: response.servedBy ?? "", inline, inlineRefused: inline === null && (response.inlineData?.length ?? 0) > 0 });
}

/**
 * The answer's inline content when it is exactly the file's one chunk: its size and its SHA-256
 * match the manifest (which the leader committed), as every fetched chunk's do. Else null.
 */
function checkedInline(data: Uint8Array | null | undefined, file: FileRecord): Uint8Array | null {
  if (data === null || data === undefined || data.length === 0) return null;
  if (file.chunks.length !== 1 || data.length !== file.size) return null;
  return digestOf(data) === file.chunks[0] ? data : null;
}

/** Fetches every chunk through the window and writes each as its turn comes; checks the whole digest. */
async function fetchAll(reader: ChunkReader, plan: ReadPlan, sink: OutputSink, progress: Progress, name: string): Promise<Result<number, ClientError>> {
  const count = plan.file.chunks.length;
  let written = 0;
  try {
    // Bounded by the file's chunk count: each turn writes one chunk or stops.
    for (let chunk = await reader.next(); ; chunk = await reader.next()) {
      if (!chunk.ok) return chunk;
      if (chunk.value === null) break;
      try {
        await sink.write(chunk.value);
      } catch (error: unknown) {
        // A bug is not an operating error: let it reach the top level with its stack.
        if (error instanceof AssertionError) throw error;
        return err(new ClientError("failed", `read ${name}: cannot write ${sink.output}: ${reasonOf(error)}`, { cause: error }));
      }
      written += 1;
      progress.advance(chunk.value.length);
      reader.release(chunk.value);
    }
  } finally {
    reader.cancel();
  }
  assert(written === count, "every chunk was written");
  const checked = wholeDigestChecked(plan.file, name);
  return checked.ok ? ok(reader.fallbacks) : checked;
}

/**
 * The whole file's digest, built from its chunk digests in order (each chunk was checked against
 * its digest on arrival, so no second pass over the bytes), against the manifest's.
 */
function wholeDigestChecked(file: FileRecord, name: string): Result<void, ClientError> {
  const whole = new FileDigestBuilder();
  for (const chunk of file.chunks) whole.add(chunk);
  const digest = whole.finish();
  if (digest === file.sha256) return ok(undefined);
  return err(new ClientError("failed", `read ${name}: the whole file's digest ${digest} does not match the manifest's ${file.sha256}`));
}
