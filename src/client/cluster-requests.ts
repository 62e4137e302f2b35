/**
 * The small verbs: ls, rm, remove-node. Each is one request to a queue server, answered once
 * the cluster has done it (docs/protocol.md): ListRequest → ListResponse, RemoveRequest →
 * RemoveResponse, RemoveNode → Ack.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { validateFileName } from "../queue/file-name";
import { uint64FromWire } from "../wire/codec";
import { ClientError } from "./errors";
import type { ClientOptions } from "./options";
import { openQueue, requestExpecting } from "./queue-session";
import type { ClientTransport } from "./transport";

/** Files one ls prints: a response listing more is cut here, and the cut is reported. */
export const listFilesMax = 100_000;
assert(listFilesMax > 0, "ls lists something");

export interface FileEntry {
  readonly name: string;
  readonly size: number;
  readonly version: number;
  /** When the cluster committed this version (ms since the epoch; 0: unknown). */
  readonly createdMs: number;
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
    const files = (answer.value.listResponse.files ?? []).slice(0, listFilesMax).map((manifest) => ({
      name: manifest.name ?? "",
      size: uint64FromWire(manifest.size),
      version: uint64FromWire(manifest.version),
      createdMs: uint64FromWire(manifest.createdMs),
    }));
    return ok(files.toSorted((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0)));
  });
}

/** Removes a file; `existed: false` is reported by the caller as a failure (nothing to remove). */
export async function removeFile(options: ClientOptions, name: string): Promise<Result<{ readonly existed: boolean }, ClientError>> {
  const valid = validateFileName(name);
  if (!valid.ok) return err(new ClientError("failed", `rm: ${valid.error.message}`));
  return withQueue(options, async (transport) => {
    const answer = await requestExpecting(transport, { remove: { name } }, ["removeResponse"], `rm ${name}`, options.requestTimeoutMs);
    if (!answer.ok) return answer;
    return ok({ existed: answer.value.removeResponse.existed === true });
  });
}

export async function removeNode(options: ClientOptions, nodeId: string): Promise<Result<void, ClientError>> {
  assert(nodeId.length > 0, "the caller checked the node id");
  return withQueue(options, async (transport) => {
    const answer = await requestExpecting(transport, { removeNode: { nodeId } }, ["ack"], `remove-node ${nodeId}`, options.requestTimeoutMs);
    return answer.ok ? ok(undefined) : answer;
  });
}
