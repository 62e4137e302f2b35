/**
 * Applies committed entries to the file state machine. Commands were validated when they
 * entered the log (proposal or receipt); a command that does not decode here means our own
 * log is corrupt, which is a bug or a broken disk: crash rather than diverge.
 */
import { assert } from "../lib/assert";
import type { Entry } from "../raft/types";
import { chunkReferencesOf, decodeFileCommand, type FileCommand, type IndexedFileCommand } from "../storage/file-commands";
import type { EntryToPersist, Storage } from "../storage/storage";

/**
 * Commands already decoded, by the entry bytes they came from. One entry is looked at up to four
 * times on a node (its chunk checked on receipt, its chunk references when persisted, the
 * transport's chunk for a follower, the apply), and a put-file's JSON carries a small file's
 * content as base64: decoding it once per process is the "hash/parse once" rule applied to
 * commands. Weak, so it holds nothing the log has dropped; entry bytes are never written after
 * they are made (a received entry is a view of its own frame body, which is not reused).
 */
const decodedCommands = new WeakMap<Uint8Array, FileCommand>();

export function commandOf(entry: Entry): FileCommand | null {
  if (entry.type !== "normal" || entry.data.length === 0) return null;
  const known = decodedCommands.get(entry.data);
  if (known !== undefined) return known;
  const decoded = decodeFileCommand(entry.data);
  assert(decoded.ok, `entry ${entry.index} does not hold a file command`);
  decodedCommands.set(entry.data, decoded.value);
  return decoded.value;
}

export async function applyEntries(storage: Storage, entries: readonly Entry[]): Promise<void> {
  const last = entries[entries.length - 1];
  if (last === undefined) return;
  const commands: IndexedFileCommand[] = [];
  for (const entry of entries) {
    const command = commandOf(entry);
    if (command !== null) commands.push({ index: entry.index, command });
  }
  await storage.applyBatch(commands, last.index);
}

/** Pairs each entry with the chunks it references, so the chunk sweep spares them. */
export function entriesToPersist(entries: readonly Entry[]): EntryToPersist[] {
  return entries.map((entry) => {
    const command = commandOf(entry);
    return { entry, chunks: command === null ? [] : chunkReferencesOf(command) };
  });
}
