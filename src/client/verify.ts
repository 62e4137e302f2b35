/**
 * verify: checks, per node, that every chunk of a file is present and matches its digest
 * (docs/protocol.md, read then ChunkFetch). The read answer names the file's manifest and every
 * member; each node is asked for every chunk, one at a time per node (memory: one chunk per
 * node), all nodes at once. Nothing is repaired here: a node answers a corrupt copy with an
 * error and repairs it itself, so a second verify shows it healed.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { chunkRange, type FileRecord } from "../files/manifest";
import { validateFileName } from "../files/name";
import { frameBytesMaxLimit, frameOverheadBytes } from "../wire/framing";
import { fetchPlan } from "./download";
import { ClientError } from "./errors";
import { NodePool } from "./node-pool";
import type { ClientOptions } from "./options";

/** Chunk indexes listed per kind in a node's verdict (the counts are always exact). */
export const verifyListedMax = 20;

export interface NodeVerdict {
  readonly nodeId: string;
  readonly address: string;
  readonly chunks: number;
  readonly good: number;
  /** Counts per kind of failure, and the first verifyListedMax indexes of each. */
  readonly missing: number;
  readonly corrupt: number;
  readonly unreachable: number;
  readonly failedChunks: readonly number[];
  readonly firstFailure: string | null;
}

export interface VerifyReport {
  readonly file: FileRecord;
  readonly nodes: readonly NodeVerdict[];
  /** Every node holds every chunk intact. */
  readonly intact: boolean;
}

export async function verifyFile(options: ClientOptions, name: string): Promise<Result<VerifyReport, ClientError>> {
  const valid = validateFileName(name);
  if (!valid.ok) return err(new ClientError("failed", `verify: ${valid.error.message}`));
  const plan = await fetchPlan(options, { name, stale: false });
  if (!plan.ok) return plan;
  const { file, nodes } = plan.value;
  const frameBytesMax = Math.min(frameBytesMaxLimit, Math.max(options.frameBytesMax, file.chunkBytes + frameOverheadBytes));
  const pool = new NodePool(nodes, options, frameBytesMax);
  try {
    const verdicts = await Promise.all([...nodes].map(async ([nodeId, address]) => await verifyNode(pool, file, nodeId, address)));
    verdicts.sort((a, b) => a.nodeId.localeCompare(b.nodeId));
    return ok({ file, nodes: verdicts, intact: verdicts.length > 0 && verdicts.every((verdict) => verdict.good === verdict.chunks) });
  } finally {
    await pool.close();
  }
}

async function verifyNode(pool: NodePool, file: FileRecord, nodeId: string, address: string): Promise<NodeVerdict> {
  const counts = { missing: 0, corrupt: 0, unreachable: 0 };
  const failedChunks: number[] = [];
  let firstFailure: string | null = null;
  let good = 0;
  // Bounded by the file's chunk count.
  for (const [index, digest] of file.chunks.entries()) {
    const { start, end } = chunkRange(index, file.size, file.chunkBytes);
    const fetched = await pool.fetch(nodeId, digest, end - start, true);
    if (fetched.ok) {
      good += 1;
      continue;
    }
    counts[fetched.error.kind] += 1;
    if (failedChunks.length < verifyListedMax) failedChunks.push(index);
    firstFailure ??= `chunk ${index}: ${fetched.error.kind} (${fetched.error.detail})`;
  }
  assert(good + counts.missing + counts.corrupt + counts.unreachable === file.chunks.length, "every chunk is judged once");
  return { nodeId, address, chunks: file.chunks.length, good, ...counts, failedChunks, firstFailure };
}

/** The --json document of `verify`. */
export function verifyReportJson(report: VerifyReport): Record<string, unknown> {
  return {
    name: report.file.name, version: report.file.version, digest: report.file.sha256, chunks: report.file.chunks.length, intact: report.intact,
    nodes: report.nodes.map((node) => ({
      id: node.nodeId, address: node.address, good: node.good, missing: node.missing, corrupt: node.corrupt, unreachable: node.unreachable,
      failedChunks: node.failedChunks, ...(node.firstFailure === null ? {} : { firstFailure: node.firstFailure }),
    })),
  };
}
