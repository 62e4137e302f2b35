/**
 * `gossamer --role node --restore FILE [node settings]`: fills this node's empty storage from a
 * backup (gossamer backup), then exits; the node is then started as usual. Run it for every
 * node of the new cluster with the same FILE and the same --peers (as etcd's snapshot restore):
 * each starts with the files at the backup's applied index, committed, in a configuration of
 * the --peers voters, at term 1. Every chunk is checked against its digest and the stream's
 * structure (header, counts at the end) as it is installed (parseSnapshot), so a damaged
 * backup is refused, not half restored.
 */
import type { RoleContext } from "../cli/run";
import { ExitError, exitCodes, type ExitCode } from "../cli/errors";
import { logIndex, nodeId, term, type SnapshotMeta } from "../raft/types";
import { parseSnapshot, SnapshotFormatError } from "../storage/snapshot-stream";
import { StorageError } from "../storage/errors";
import type { Storage } from "../storage/storage";
import { readFilePieces } from "./snapshot-transfer";

/** The term a restored cluster starts from: the backup's own history is not carried over. */
export const restoredTerm = term(1);

export async function restoreNode(context: RoleContext, storage: Storage, path: string): Promise<ExitCode> {
  const { config } = context;
  const durable = await storage.loadDurableState();
  const fresh = durable.hardState.term === 0 && durable.entries.length === 0 && durable.snapshot === null && (await storage.appliedIndex()) === 0;
  if (!fresh) throw new ExitError(exitCodes.usage, `--restore ${path}: ${config.dataDir} already holds a node's state; restore into an empty data dir`);
  const appliedIndex = await headerIndex(path);
  if (appliedIndex === 0) throw new ExitError(exitCodes.failed, `--restore ${path}: the backup holds no applied state`);
  const voters = config.peers === null ? [nodeId(config.id)] : [...config.peers.keys()].map(nodeId);
  const meta: SnapshotMeta = { index: logIndex(appliedIndex), term: restoredTerm, confState: { voters, learners: [], votersOutgoing: [] } };
  try {
    await storage.installSnapshot(meta, readFilePieces(path));
  } catch (error: unknown) {
    // A bad frame, or a chunk whose bytes do not match its digest (the storage refuses it).
    if (error instanceof SnapshotFormatError || error instanceof StorageError) {
      throw new ExitError(exitCodes.failed, `--restore ${path}: not an intact backup: ${innermost(error)}`, { cause: error });
    }
    throw error;
  }
  await storage.persist({ term: restoredTerm, vote: null, commit: logIndex(appliedIndex) }, []);
  context.logger.info("node.restored", { from: path, appliedIndex, voters, dataDir: config.dataDir });
  context.stdout(`restored ${config.id} from ${path} at index ${appliedIndex} (voters ${voters.join(", ")}) into ${config.dataDir}; start the node as usual\n`);
  return exitCodes.ok;
}

/** The applied index in the backup's header (the first frame), or a clear error. */
async function headerIndex(path: string): Promise<number> {
  try {
    for await (const item of parseSnapshot(readFilePieces(path))) {
      if (item.kind === "header") return item.appliedIndex;
      break;
    }
  } catch (error: unknown) {
    if (error instanceof SnapshotFormatError) throw new ExitError(exitCodes.failed, `--restore ${path}: not a backup: ${error.message}`, { cause: error });
    if (error instanceof Error && "code" in error) throw new ExitError(exitCodes.usage, `--restore ${path}: ${error.message}`, { cause: error });
    throw error;
  }
  throw new ExitError(exitCodes.failed, `--restore ${path}: not a backup (no header)`);
}

function innermost(error: Error): string {
  let current: unknown = error;
  // Bounded: a cause chain is a handful of links deep.
  for (let depth = 0; depth < 8 && current instanceof Error && current.cause instanceof Error; depth += 1) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}
