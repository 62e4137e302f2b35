/**
 * The queue server's durable memory of the cluster: DATA_DIR/cluster.json holds the last
 * configuration the leader reported, the members' addresses and the ids removed. A queue server
 * restarted with it answers discovery with the real members at once (a fresh node is told to
 * join them) and recognizes a removed node before any leader has polled. It decides nothing
 * about founding: a cluster is founded only by a node started with --bootstrap
 * (docs/founding.md), so losing this file costs time, never a second cluster.
 *
 * Replaced atomically (temp file, fsync, rename, fsync of the directory); checked once when read.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { configurationMembersMax, removedRememberedMax, type ClusterRecord } from "./cluster-view";

export const clusterRecordFile = "cluster.json";

const id = z.string().min(1).max(64);
const recordSchema = z.object({
  cluster: z.string(),
  configuration: z.object({
    voters: z.array(id).max(configurationMembersMax),
    learners: z.array(id).max(configurationMembersMax),
    term: z.number().int().min(0),
    applied: z.number().int().min(0),
  }).nullable(),
  addresses: z.record(id, z.string().max(300)),
  removed: z.array(id).max(removedRememberedMax),
});

export class ClusterRecordError extends Error {
  override readonly name = "ClusterRecordError";
}

/** The record in `dataDir`, null when there is none; a damaged one is an error naming the file. */
export function loadClusterRecord(dataDir: string, cluster: string): ClusterRecord | null {
  const path = join(dataDir, clusterRecordFile);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  let parsed: z.infer<typeof recordSchema>;
  try {
    parsed = recordSchema.parse(JSON.parse(text));
  } catch (error: unknown) {
    throw new ClusterRecordError(`${path} is damaged (${error instanceof Error ? error.message.split("\n")[0] : String(error)}): move it away to start without it`, { cause: error });
  }
  if (parsed.cluster !== cluster) throw new ClusterRecordError(`${path} belongs to cluster ${JSON.stringify(parsed.cluster)}, not ${JSON.stringify(cluster)}`);
  return { configuration: parsed.configuration, addresses: parsed.addresses, removed: parsed.removed };
}

export function saveClusterRecord(dataDir: string, cluster: string, record: ClusterRecord): void {
  const path = join(dataDir, clusterRecordFile);
  const temp = `${path}.tmp`;
  const fd = openSync(temp, "w");
  try {
    writeSync(fd, `${JSON.stringify({ cluster, ...record }, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  const dir = openSync(dataDir, "r");
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
