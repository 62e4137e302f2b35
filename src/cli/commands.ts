/**
 * Every command the binary knows (the server roles, the client verbs, the demo) and the options
 * each one takes: the one table the parser (args.ts), the help (help.ts) and the tests read.
 * An option belongs to commands; a setting (config.ts) belongs to every role.
 */
import { assert } from "../lib/assert";
import { writeIdsRememberedMax } from "../files/write-id";

export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** The value's placeholder in help (`NAME`, `OUT`); string options only. */
  readonly value?: string;
  readonly help: string;
}

export const optionSpecs = {
  name: { type: "string", value: "NAME", help: "name to store the file under (default: the file's base name)" },
  output: { type: "string", short: "o", value: "OUT", help: "where to write the file (default: ./ and the name's base name; - for stdout)" },
  recursive: { type: "boolean", short: "r", help: "write: upload the files under each directory, named relative to it; read: download every file under PREFIX into the -o directory" },
  stale: { type: "boolean", help: "skip the linearizable ReadIndex check (may return old data)" },
  timeout: { type: "string", value: "MS", help: "give up on a request after MS milliseconds (default 30000)" },
  "write-id": { type: "string", value: "ID", help: `the write's id (32 hex characters): retry a write whose outcome was unknown with the id it printed; the cluster applies it once (within its last ${writeIdsRememberedMax.toLocaleString("en-US")} writes)` },
  retries: { type: "string", value: "N", help: "when a write's outcome is unknown, send it again with the same write id up to N times (default 2, at most 10; 0: never)" },
  keep: { type: "boolean", help: "leave the demo cluster running and print how to talk to it" },
  prefix: { type: "string", value: "PREFIX", help: "every file whose name starts with PREFIX (needs --yes, or --dry-run)" },
  yes: { type: "boolean", help: "do it: the files under --prefix are removed without another question" },
  "dry-run": { type: "boolean", help: "list what would be removed, remove nothing" },
  restore: { type: "string", value: "FILE", help: "fill this node's empty data dir from a backup FILE (gossamer backup) and exit; then start the node as usual" },
  learner: { type: "boolean", help: "add the node as a learner only (it votes on nothing until member promote)" },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof optionSpecs;

export const clientVerbs = ["write", "read", "ls", "stat", "verify", "rm", "status", "member", "transfer-leader", "remove-node", "backup", "ping"] as const;
export type ClientVerb = (typeof clientVerbs)[number];

/** Names one rm takes on its command line (more: --prefix). */
export const rmNamesMax = 1_000;
/** Paths one write takes on its command line (more: -r DIR). */
export const pathsMax = 1_000;

export interface CommandSpec {
  readonly usage: string;
  readonly summary: string;
  readonly options: readonly OptionName[];
  /** Positional arguments after the verb, at most. */
  readonly positionalsMax: number;
}

/** The parser's table; help prints usage and summary. */
export const commandSpecs: Readonly<Record<"node" | "queue" | "client" | "demo" | ClientVerb, CommandSpec>> = {
  node: { usage: "--role node [--restore FILE] [settings]", summary: "a Raft member: stores every file, serves chunks, takes work from the queue server", options: ["restore"], positionalsMax: 0 },
  queue: { usage: "--role queue [settings]", summary: "the front door: uploads, the Leader and Non-Leader Queues, discovery", options: [], positionalsMax: 0 },
  client: { usage: "--role client VERB [args] [settings]", summary: "talk to a cluster", options: [], positionalsMax: 0 },
  demo: { usage: "demo [--keep]", summary: "a queue server and three nodes on this machine: a write, a read, a leader killed, a read again", options: ["keep"], positionalsMax: 0 },
  write: { usage: "write PATH [--name NAME] | write PATH... | write -r DIR...", summary: "store local files in the cluster (each acknowledged once committed and durable on a majority); - reads standard input (with --name)", options: ["name", "recursive", "timeout", "write-id", "retries"], positionalsMax: pathsMax },
  read: { usage: "read NAME [-o OUT] [--stale] | read -r [PREFIX] [-o DIR]", summary: "fetch a file, verifying every chunk and the whole; writes OUT atomically (- for stdout); -r fetches every file under PREFIX", options: ["output", "recursive", "stale", "timeout"], positionalsMax: 1 },
  ls: { usage: "ls [PREFIX] [--stale]", summary: "list stored files", options: ["stale", "timeout"], positionalsMax: 1 },
  stat: { usage: "stat NAME [--stale]", summary: "a file's size, chunk count, digest, version and commit time, without reading it", options: ["stale", "timeout"], positionalsMax: 1 },
  verify: { usage: "verify NAME", summary: "check on every node that each chunk of the file is present and matches its digest; exit 1 if any is not", options: ["timeout"], positionalsMax: 1 },
  rm: { usage: "rm NAME... | rm --prefix PREFIX (--yes | --dry-run)", summary: "remove files: the ones named, or every one under a prefix", options: ["prefix", "yes", "dry-run", "timeout"], positionalsMax: rmNamesMax },
  status: { usage: "status", summary: "the cluster's leader, term, nodes and queue lengths", options: ["timeout"], positionalsMax: 0 },
  ping: { usage: "ping [--cluster TARGET]", summary: "ping a cluster through the global registry (no target: every cluster); here --cluster names the target", options: ["timeout"], positionalsMax: 0 },
  member: { usage: "member list | member add ID HOST:PORT [--learner] | member promote ID", summary: "the leader's configuration (id, address, voter or learner, match index); add a node to a static cluster (start it with --join), promote a learner", options: ["learner", "timeout"], positionalsMax: 3 },
  "transfer-leader": { usage: "transfer-leader ID", summary: "hand the leadership to voter ID (Raft thesis §3.10), e.g. before restarting the leader's host", options: ["timeout"], positionalsMax: 1 },
  backup: { usage: "backup -o FILE", summary: "a consistent snapshot of the whole store (files, metadata, chunks) from the leader, checked by SHA-256 (- for stdout); restore with gossamer --role node --restore FILE", options: ["output", "timeout"], positionalsMax: 0 },
  "remove-node": { usage: "remove-node ID", summary: "remove a node from the cluster (dead or alive) through Raft", options: ["timeout"], positionalsMax: 1 },
};

export type Command = keyof typeof commandSpecs;

for (const [name, spec] of Object.entries(optionSpecs) as [OptionName, OptionSpec][]) {
  assert((spec.type === "string") === (spec.value !== undefined), `option --${name} names its value exactly when it takes one`);
}
