/**
 * backup -o FILE: a consistent snapshot of the whole store (every file's record and every chunk
 * they reference, in the format of src/storage/snapshot-stream.ts), pulled piece by piece from
 * the leader (which has applied every write the cluster acknowledged) and written like a read:
 * to a temp file beside FILE, fsynced, renamed (or streamed to stdout for `-o -`). The node
 * reports the SHA-256 of every byte it sent; the client checks it against what it received,
 * and the report carries it so the file can be verified later (sha256sum). `restore` checks
 * every chunk's digest and the stream's structure again as it installs it.
 */
import { createHash } from "node:crypto";
import { parseHostPort } from "../cli/host-port";
import { AssertionError } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { uint64FromWire } from "../wire/codec";
import { fetchStatus } from "./cluster-status";
import { ClientError, reasonOf } from "./errors";
import { NodePool } from "./node-pool";
import type { ClientOptions } from "./options";
import { prepareOutput, type OutputSink } from "./output-file";
import type { Progress } from "./progress";

/** Bytes per piece asked of the node (its own frames may cut them smaller). */
export const backupPieceBytes = 1 << 20;
/** Room in a frame for the envelope around a piece. */
const pieceOverheadBytes = 64 << 10;

export interface BackupReport {
  readonly output: string;
  readonly node: string;
  readonly bytes: number;
  /** SHA-256 of the backup file, hex: what the node sent, checked on arrival. */
  readonly digest: string;
  readonly appliedIndex: number;
  readonly ms: number;
}

export async function backupTo(options: ClientOptions, output: string, progress: Progress): Promise<Result<BackupReport, ClientError>> {
  const started = performance.now();
  const status = await fetchStatus(options);
  if (!status.ok) return status;
  const leader = status.value.leader;
  const address = status.value.nodes.find((node) => node.id === leader)?.address ?? "";
  if (leader === null || parseHostPort(address) === null) return err(new ClientError("unavailable", "backup: the cluster has no leader to take a consistent snapshot from"));
  const prepared = await prepareOutput(output);
  if (!prepared.ok) return err(new ClientError(prepared.error.kind, prepared.error.message.replace(/^read:/, "backup:")));
  const sink = prepared.value;
  const pool = new NodePool(new Map([[leader, address]]), options, backupPieceBytes + pieceOverheadBytes);
  let committed = false;
  try {
    progress.phase(`receiving the snapshot from ${leader}`, 0);
    const pulled = await pull(pool, leader, sink, options.requestTimeoutMs);
    if (!pulled.ok) return pulled;
    progress.phase("syncing", 0);
    await sink.commit();
    committed = true;
    return ok({ output: sink.output, node: leader, ...pulled.value, ms: Math.round(performance.now() - started) });
  } catch (error: unknown) {
    if (error instanceof AssertionError) throw error;
    return err(new ClientError("failed", `backup: cannot write ${sink.output}: ${reasonOf(error)}`, { cause: error }));
  } finally {
    await pool.close();
    if (!committed) await sink.abort();
  }
}

/** Reads every piece in order; the end piece's digest must match the bytes received. */
async function pull(pool: NodePool, node: string, sink: OutputSink, timeoutMs: number): Promise<Result<{ bytes: number; digest: string; appliedIndex: number }, ClientError>> {
  const hash = createHash("sha256");
  let backupId = 0;
  let offset = 0;
  // Bounded by the store's size: every turn but the last moves the offset on (checked below).
  for (;;) {
    const response = await pool.request(node, { backupRead: { backupId, offset, pieceBytesMax: backupPieceBytes } }, timeoutMs);
    if (!response.ok) return err(new ClientError("unavailable", `backup: ${node}: ${response.error}`));
    if (response.value.body === "error") return err(new ClientError("failed", `backup: ${node}: ${response.value.error?.message ?? "refused"}`, { replyCode: response.value.error?.code ?? 0 }));
    const piece = response.value.backupPiece;
    if (response.value.body !== "backupPiece" || piece === null || piece === undefined) return err(new ClientError("failed", `backup: ${node} answered ${String(response.value.body)}`));
    const data = piece.data ?? new Uint8Array(0);
    if (uint64FromWire(piece.offset) !== offset || (backupId !== 0 && uint64FromWire(piece.backupId) !== backupId)) {
      return err(new ClientError("failed", `backup: ${node} sent a piece at ${uint64FromWire(piece.offset)}, expected ${offset}`));
    }
    backupId = uint64FromWire(piece.backupId);
    if (piece.done === true) {
      const digest = hash.digest("hex");
      const sent = Buffer.from(piece.digest ?? new Uint8Array(0)).toString("hex");
      if (sent !== digest) return err(new ClientError("failed", `backup: the bytes received (sha256 ${digest}) are not what ${node} sent (sha256 ${sent})`));
      return ok({ bytes: offset, digest, appliedIndex: uint64FromWire(piece.appliedIndex) });
    }
    if (data.length === 0 || data.length > backupPieceBytes) return err(new ClientError("failed", `backup: ${node} sent a piece of ${data.length} bytes at ${offset}`));
    hash.update(data);
    await sink.write(data);
    offset += data.length;
  }
}
