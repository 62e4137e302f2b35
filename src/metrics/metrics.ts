/**
 * Every metric Gossamer exports, named once, here: docs/http.md lists the same names. Code
 * that does a thing counts it by importing the group it belongs to
 * (`nodeMetrics.readsServed.inc()`); the HTTP door renders the common group and its role's.
 *
 * One set per process, on purpose: a process runs one role, Prometheus scrapes one process
 * per target, and the counting sites (the net layer, storage, the Raft loop) are far from the
 * role's main, so passing a metrics object down would touch every constructor on the way for
 * no gain. Tests that run several roles in one process read differences, never absolutes.
 */
import { renderAll, Registry } from "./registry";

/** Durations from a tenth of a millisecond (a fast fsync) to seconds (a stalled disk). */
const syncBuckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
/** A proposal takes one replication round and an fsync per node: milliseconds, or seconds under load. */
const proposalBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Queue waits run from a node already polling (ms) to an item's whole deadline (minutes). */
const queueBuckets = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/**
 * Where chunk bytes travel: client → queue (upload), queue → leader (cut-through), leader →
 * follower (replication), node → client (download: ChunkFetch), and a small file's whole content
 * (inline: in a WriteBegin or write item in, in a read answer out).
 */
export const chunkPaths = ["upload", "cut-through", "replication", "download", "inline"] as const;
export type ChunkPath = (typeof chunkPaths)[number];

const common = new Registry();
const node = new Registry();
const queue = new Registry();

/** Every role. */
export const processMetrics = {
  startTime: common.gauge({ name: "process_start_time_seconds", help: "Start time of the process since the Unix epoch, in seconds." }),
  residentMemory: common.gauge({ name: "process_resident_memory_bytes", help: "Resident memory of the process, in bytes." }),
};
processMetrics.startTime.set(Math.floor(Date.now() / 1000));

/** Every role: the protocol port (not the HTTP door). */
export const netMetrics = {
  connectionsOpen: common.gauge({ name: "gossamer_connections_open", help: "Connections open now on this process's protocol port." }),
  connectionsAccepted: common.counter({ name: "gossamer_connections_accepted_total", help: "Connections accepted on the protocol port." }),
  connectionsRefused: common.counter({ name: "gossamer_connections_refused_total", help: "Connections refused at open because the port had its maximum open." }),
  handshakeFailures: common.counter({
    name: "gossamer_handshake_failures_total",
    help: "Connections refused before or at the handshake: refused (wrong secret, key, cluster or proof; a replay), timeout (no handshake in time), tampered (a sealed frame that failed its tag or digest), wrong-door (HTTP or TLS on a protocol port), oversized (a frame over the stranger's limit).",
    labels: { reason: ["refused", "timeout", "tampered", "wrong-door", "oversized"] },
  }),
};

/** Every role that stores or forwards chunks (queue servers and nodes). */
export const chunkMetrics = {
  chunksIn: common.counter({ name: "gossamer_chunks_in_total", help: "Chunks received, by path.", labels: { path: chunkPaths } }),
  bytesIn: common.counter({ name: "gossamer_chunk_bytes_in_total", help: "Chunk bytes received, by path.", labels: { path: chunkPaths } }),
  chunksOut: common.counter({ name: "gossamer_chunks_out_total", help: "Chunks sent, by path.", labels: { path: chunkPaths } }),
  bytesOut: common.counter({ name: "gossamer_chunk_bytes_out_total", help: "Chunk bytes sent, by path.", labels: { path: chunkPaths } }),
};

/** Where a bad chunk copy was found; every repair names one. */
export const chunkRepairSources = ["read", "replication", "scrub", "receive"] as const;
export type ChunkRepairSource = (typeof chunkRepairSources)[number];

export const chunkRepairMetrics = {
  found: node.counter({ name: "gossamer_chunk_bad_found_total", help: "Chunk copies found corrupt or missing on this node, by where.", labels: { source: chunkRepairSources } }),
  failed: node.counter({ name: "gossamer_chunk_repair_failures_total", help: "Repairs that found no peer with a good copy (tried again when the chunk is next needed)." }),
  scrubbed: node.counter({ name: "gossamer_chunk_scrubbed_total", help: "Chunks re-read and checked by the background scrub." }),
};

export const raftMetrics = {
  term: node.gauge({ name: "gossamer_raft_term", help: "Current Raft term, as persisted." }),
  commitIndex: node.gauge({ name: "gossamer_raft_commit_index", help: "Highest log index known committed, as persisted." }),
  appliedIndex: node.gauge({ name: "gossamer_raft_applied_index", help: "Highest log index applied to this node's state machine." }),
  role: node.gauge({ name: "gossamer_raft_role", help: "1 for this node's current Raft role, 0 for the others.", labels: { role: ["follower", "pre-candidate", "candidate", "leader"] } }),
  hasLeader: node.gauge({ name: "gossamer_raft_has_leader", help: "1 when this node knows a leader, else 0." }),
  leaderChanges: node.counter({ name: "gossamer_raft_leader_changes_total", help: "Times this node saw the leader change to a new known leader." }),
  proposals: node.counter({
    name: "gossamer_raft_proposals_total",
    help: "Proposals (commands and membership changes) by outcome: applied here, refused by the core, or lost (timed out or overtaken by a new term).",
    labels: { outcome: ["applied", "refused", "lost"] },
  }),
  proposalDuration: node.histogram({ name: "gossamer_raft_proposal_duration_seconds", help: "From proposal to applied on this node, for applied proposals.", buckets: proposalBuckets }),
  inboxDropped: node.counter({ name: "gossamer_raft_inbox_dropped_total", help: "Raft messages dropped because the driver loop's inbox was full." }),
};

export const storageMetrics = {
  fsyncDuration: node.histogram({
    name: "gossamer_storage_fsync_duration_seconds",
    help: "Durable writes: kind=log is one persist of Raft entries and hard state (one synchronous commit), kind=chunk the sync of one batch of chunk files (each file, their renames, one sync of their directory).",
    labels: { kind: ["log", "chunk"] },
    buckets: syncBuckets,
  }),
  // Counted at each sync call, so a design that drops the directory sync or batches many
  // chunks per fdatasync shows here (the histogram above times one durable write as a whole).
  fsyncs: node.counter({
    name: "gossamer_storage_fsyncs_total",
    help: "Syncs to disk this node asked for: log is one synchronous SQLite commit (its WAL fsync; SQLite's checkpoint syncs are not counted), chunk the fdatasync of a chunk file, directory the fsync of a directory after a rename or unlink.",
    labels: { kind: ["log", "chunk", "directory"] },
  }),
};

export const workKinds = ["write", "read", "list", "remove", "remove-node", "add-node", "promote-node", "transfer-leader", "member-list", "ping"] as const;

export const nodeMetrics = {
  workStolen: node.counter({ name: "gossamer_work_stolen_total", help: "Work items this node took from a queue server, by kind.", labels: { kind: workKinds } }),
  readsServed: node.counter({ name: "gossamer_reads_served_total", help: "Reads this node answered (manifest and chunk locations)." }),
  chunkRepairs: node.counter({ name: "gossamer_chunk_repairs_total", help: "Chunks found missing or corrupt in this node's store and fetched again from a peer." }),
};

export const queueNames = ["leader", "non-leader"] as const;

export const queueMetrics = {
  items: queue.gauge({ name: "gossamer_queue_items", help: "Items on each queue, waiting (queued) or held by a node (in-flight).", labels: { queue: queueNames, state: ["queued", "in-flight"] } }),
  capacity: queue.gauge({ name: "gossamer_queue_capacity_items", help: "Items each queue holds at most (queued plus in flight); a full queue answers busy.", labels: { queue: queueNames } }),
  stealWaiters: queue.gauge({ name: "gossamer_queue_steal_waiters", help: "Node polls waiting for work now." }),
  nodes: queue.gauge({ name: "gossamer_queue_nodes", help: "Nodes this queue server hears from, by whether it heard from them lately.", labels: { state: ["reachable", "unreachable"] } }),
  term: queue.gauge({ name: "gossamer_queue_term", help: "Highest Raft term any node reported to this queue server." }),
  leaderKnown: queue.gauge({ name: "gossamer_queue_leader_known", help: "1 when this queue server trusts a leader that it heard from lately, else 0." }),
  submitted: queue.counter({ name: "gossamer_queue_submitted_total", help: "Items put on each queue.", labels: { queue: queueNames } }),
  busy: queue.counter({ name: "gossamer_queue_busy_total", help: "Requests answered busy because their queue was full.", labels: { queue: queueNames } }),
  steals: queue.counter({ name: "gossamer_queue_steals_total", help: "Items handed to a polling node (redeliveries included).", labels: { queue: queueNames } }),
  requeued: queue.counter({ name: "gossamer_queue_requeued_total", help: "Items put back at the head of their queue, by reason.", labels: { reason: ["visibility-timeout", "hand-back", "disconnect"] } }),
  timedOut: queue.counter({ name: "gossamer_queue_timed_out_total", help: "Items dropped at their deadline, their requester answered timed out." }),
  wait: queue.histogram({ name: "gossamer_queue_wait_seconds", help: "From submit to first delivery to a node.", labels: { queue: queueNames }, buckets: queueBuckets }),
  requestDuration: queue.histogram({ name: "gossamer_queue_request_duration_seconds", help: "From submit to the answer a node sent back.", labels: { queue: queueNames }, buckets: queueBuckets }),
  results: queue.counter({
    name: "gossamer_queue_results_total",
    help: "Answers nodes sent back, by kind (error: the node refused or failed the work).",
    labels: { result: ["write", "read", "list", "remove", "ack", "ping", "members", "error"] },
  }),
  uploadsInProgress: queue.gauge({ name: "gossamer_uploads_in_progress", help: "Uploads begun and not yet complete or expired." }),
  fileBytesWritten: queue.counter({ name: "gossamer_file_bytes_written_total", help: "Bytes of files whose write was committed and acknowledged through this queue server." }),
};

/** The exposition text of one role: the common metrics and the role's own. */
export function renderMetrics(role: "node" | "queue"): string {
  processMetrics.residentMemory.set(process.memoryUsage.rss());
  return renderAll([common, role === "node" ? node : queue]);
}
