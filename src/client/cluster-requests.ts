/**
 * The small verbs: ls, rm, remove-node. Each is one request to a queue server, answered once
 * the cluster has done it (docs/protocol.md): ListRequest → ListResponse, RemoveRequest →
 * RemoveResponse, RemoveNode → Ack.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { validateFileName } from "../files/name";
import { uint64FromWire, type EnvelopeShape } from "../wire/codec";
import type { pb } from "../wire/proto";
import { digestFromBytes } from "../files/digest";
import { ClientError } from "./errors";
import type { ClientOptions } from "./options";
import { openQueue, requestExpecting } from "./queue-session";
import { requestTimeoutMsMax, type ClientTransport } from "./transport";

/** Files one ls prints: a response listing more is cut here, and the cut is reported. */
export const listFilesMax = 100_000;
assert(listFilesMax > 0, "ls lists something");

export interface FileEntry {
  readonly name: string;
  readonly size: number;
  readonly version: number;
  /** When the cluster committed this version (ms since the epoch; 0: unknown). */
  readonly createdMs: number;
  /** SHA-256 of the whole file, hex (empty if the server sent none). */
  readonly digest: string;
  readonly chunkSize: number;
  readonly chunks: number;
}

function fileEntryFromWire(manifest: pb.Manifest.$Shape): FileEntry {
  return {
    name: manifest.name ?? "",
    size: uint64FromWire(manifest.size),
    version: uint64FromWire(manifest.version),
    createdMs: uint64FromWire(manifest.createdMs),
    digest: digestFromBytes(manifest.digest) ?? "",
    chunkSize: manifest.chunkSize ?? 0,
    chunks: (manifest.chunkDigests ?? []).length,
  };
}

/** The --json form of a file, shared by ls, stat and rm --dry-run. */
export function fileEntryJson(file: FileEntry): Record<string, unknown> {
  return { name: file.name, size: file.size, version: file.version, digest: file.digest, chunks: file.chunks, created: createdText(file) };
}

export function createdText(file: FileEntry): string {
  return file.createdMs > 0 ? new Date(file.createdMs).toISOString() : "";
}

export async function withQueue<T>(options: ClientOptions, body: (transport: ClientTransport) => Promise<Result<T, ClientError>>): Promise<Result<T, ClientError>> {
  const opened = await openQueue(options);
  if (!opened.ok) return opened;
  try {
    return await body(opened.value);
  } finally {
    opened.value.close();
  }
}

export async function listFiles(options: ClientOptions, prefix: string, stale: boolean): Promise<Result<readonly FileEntry[], ClientError>> {
  return withQueue(options, async (transport) => {
    const answer = await requestExpecting(transport, { list: { prefix, stale } }, ["listResponse"], "ls", options.requestTimeoutMs);
    if (!answer.ok) return answer;
    const files = (answer.value.listResponse.files ?? []).slice(0, listFilesMax).map(fileEntryFromWire);
    return ok(files.toSorted((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0)));
  });
}

/** Removes a file; `existed: false` is reported by the caller as a failure (nothing to remove). */
export async function removeFile(options: ClientOptions, name: string): Promise<Result<{ readonly existed: boolean }, ClientError>> {
  const removed = await removeFiles(options, [name]);
  if (!removed.ok) return removed;
  if (removed.value.failure !== null) return err(removed.value.failure);
  const [outcome] = removed.value.outcomes;
  assert(outcome !== undefined, "one outcome for the one name");
  return ok({ existed: outcome.existed });
}

/** What removeFiles did with each name, in order. */
export interface RemoveOutcome {
  readonly name: string;
  readonly existed: boolean;
}

/**
 * Removes several files over one queue session, one after another (each answered once the
 * cluster committed it). Stops at the first failure, which is returned beside the outcomes so
 * far, so the caller can say what was removed before it.
 */
export interface RemoveReport {
  readonly outcomes: readonly RemoveOutcome[];
  /** What stopped the removal early, or null when every name was asked for. */
  readonly failure: ClientError | null;
}

export async function removeFiles(options: ClientOptions, names: readonly string[]): Promise<Result<RemoveReport, ClientError>> {
  assert(names.length <= listFilesMax, "a removal names at most one listing of files");
  for (const name of names) {
    const valid = validateFileName(name);
    if (!valid.ok) return err(new ClientError("failed", `rm: ${valid.error.message}`));
  }
  return withQueue<RemoveReport>(options, async (transport) => {
    const outcomes: RemoveOutcome[] = [];
    // Bounded by names (at most listFilesMax).
    for (const name of names) {
      const answer = await requestExpecting(transport, { remove: { name } }, ["removeResponse"], `rm ${name}`, options.requestTimeoutMs);
      if (!answer.ok) return ok({ outcomes, failure: answer.error });
      outcomes.push({ name, existed: answer.value.removeResponse.existed === true });
    }
    return ok({ outcomes, failure: null });
  });
}

export async function removeNode(options: ClientOptions, nodeId: string): Promise<Result<void, ClientError>> {
  assert(nodeId.length > 0, "the caller checked the node id");
  return withQueue(options, async (transport) => {
    const answer = await requestExpecting(transport, { removeNode: { nodeId } }, ["ack"], `remove-node ${nodeId}`, options.requestTimeoutMs);
    return answer.ok ? ok(undefined) : answer;
  });
}

/** A member of the cluster as the leader sees it (member list). */
export interface MemberView {
  readonly id: string;
  readonly address: string;
  readonly role: "voter" | "learner";
  readonly match: number;
  readonly leader: boolean;
}

export interface MemberListView {
  readonly leader: string;
  readonly term: number;
  readonly commit: number;
  readonly members: readonly MemberView[];
}

/** Adding or promoting waits for the learner to catch up (up to a minute at the leader): allow for it. */
export const membershipTimeoutMs = 120_000;
assert(membershipTimeoutMs <= requestTimeoutMsMax, "the membership wait is within the channel's bound");

export async function listMembers(options: ClientOptions): Promise<Result<MemberListView, ClientError>> {
  return withQueue(options, async (transport) => {
    const answer = await requestExpecting(transport, { memberList: {} }, ["memberListResponse"], "member list", options.requestTimeoutMs);
    if (!answer.ok) return answer;
    const response = answer.value.memberListResponse;
    const members = (response.members ?? []).map((member): MemberView => ({
      id: member.id ?? "", address: member.address ?? "", role: member.learner === true ? "learner" : "voter",
      match: uint64FromWire(member.match), leader: member.leader === true,
    }));
    return ok({ leader: response.leader ?? "", term: uint64FromWire(response.term), commit: uint64FromWire(response.commit), members });
  });
}

/** member add: a learner, then (unless `learner`) a voter once it caught up. */
export async function addMember(options: ClientOptions, id: string, address: string, learner: boolean): Promise<Result<void, ClientError>> {
  return membershipRequest(options, { addNode: { nodeId: id, address, learner } }, `member add ${id}`);
}

export async function promoteMember(options: ClientOptions, id: string): Promise<Result<void, ClientError>> {
  return membershipRequest(options, { promoteNode: { nodeId: id } }, `member promote ${id}`);
}

export async function transferLeader(options: ClientOptions, id: string): Promise<Result<void, ClientError>> {
  return membershipRequest(options, { transferLeader: { nodeId: id } }, `transfer-leader ${id}`);
}

async function membershipRequest(options: ClientOptions, shape: EnvelopeShape, what: string): Promise<Result<void, ClientError>> {
  return withQueue(options, async (transport) => {
    const answer = await requestExpecting(transport, shape, ["ack"], what, Math.max(options.requestTimeoutMs, membershipTimeoutMs));
    return answer.ok ? ok(undefined) : answer;
  });
}
