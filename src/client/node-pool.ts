/**
 * Connections to the nodes that serve chunks for a read, opened lazily (only the nodes a read
 * actually uses), each authenticated with a Hello as "client", shared by every chunk fetch of
 * the read and closed together at the end. A node that cannot be reached is remembered as down
 * for the rest of the read, so the fallback to the next node costs one connect attempt, not
 * one per chunk.
 */
import { parseHostPort } from "../cli/host-port";
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import type { Envelope, EnvelopeShape } from "../wire/codec";
import { pb } from "../wire/proto";
import { digestFromBytes, digestToBytes, type Digest } from "../files/digest";
import type { ClientOptions } from "./options";
import { transportOptions } from "./queue-session";
import { connect, type ClientTransport } from "./transport";

/** Nodes one read may talk to: the cluster's membership is small; a larger list is a bad response. */
export const readNodesMax = 256;
assert(readNodesMax > 0, "a read can use a node");

/**
 * Why a node could not provide a chunk:
 * - `unreachable`: no connection, no Hello, or no answer in time.
 * - `missing`: the node answered NOT_FOUND (or another ErrorReply).
 * - `corrupt`: the bytes did not match the digest or the expected size, or the node said its
 *   own copy is corrupt (ERROR_INTERNAL from ChunkFetch: it is repairing it).
 */
export type FetchFailureKind = "unreachable" | "missing" | "corrupt";

export interface FetchFailure {
  readonly kind: FetchFailureKind;
  readonly nodeId: string;
  readonly detail: string;
}

type NodeSlot = Promise<Result<ClientTransport, string>>;

export class NodePool {
  private readonly slots = new Map<string, NodeSlot>();

  constructor(
    private readonly addresses: ReadonlyMap<string, string>,
    private readonly options: ClientOptions,
    /** Large enough for one chunk of the file being read, whatever this client's own chunk size. */
    private readonly frameBytesMax: number,
  ) {
    assert(addresses.size <= readNodesMax, "node list within readNodesMax");
    assert(frameBytesMax > 0, "a frame holds something");
  }

  has(nodeId: string): boolean {
    return this.addresses.has(nodeId);
  }

  /** One request to one node over the pool's connection to it (a transport failure: its reason). */
  async request(nodeId: string, shape: EnvelopeShape, timeoutMs: number): Promise<Result<Envelope, string>> {
    const transport = await this.transportOf(nodeId);
    if (!transport.ok) return transport;
    const response = await transport.value.request(shape, timeoutMs);
    return response.ok ? response : err(response.error.message);
  }

  /** Fetches one chunk from one node and checks its size and digest. */
  async fetch(nodeId: string, digest: Digest, expectedBytes: number): Promise<Result<Uint8Array, FetchFailure>> {
    const transport = await this.transportOf(nodeId);
    if (!transport.ok) return err({ kind: "unreachable", nodeId, detail: transport.error });
    const response = await transport.value.request({ chunkFetch: { digest: digestToBytes(digest) } }, this.options.requestTimeoutMs);
    if (!response.ok) return err({ kind: response.error.kind === "corrupt" ? "corrupt" : "unreachable", nodeId, detail: response.error.message });
    const envelope = response.value;
    if (envelope.body === "error") {
      const code = envelope.error.code ?? pb.ErrorCode.ERROR_UNKNOWN;
      if (code === pb.ErrorCode.ERROR_INTERNAL) return err({ kind: "corrupt", nodeId, detail: envelope.error.message ?? "corrupt on the node" });
      return err({ kind: "missing", nodeId, detail: code === pb.ErrorCode.ERROR_NOT_FOUND ? "not found" : `error ${code}: ${envelope.error.message ?? ""}` });
    }
    if (envelope.body !== "chunkData") return err({ kind: "corrupt", nodeId, detail: `answered ${String(envelope.body)}` });
    const data = envelope.chunkData.data ?? new Uint8Array(0);
    if (data.length !== expectedBytes) return err({ kind: "corrupt", nodeId, detail: `${data.length} bytes, expected ${expectedBytes}` });
    // The codec checked the bytes against the digest the node sent with them: is it the one asked for?
    if (digestFromBytes(envelope.chunkData.digest) !== digest) return err({ kind: "corrupt", nodeId, detail: "digest mismatch" });
    return ok(data);
  }

  async close(): Promise<void> {
    const slots = [...this.slots.values()];
    this.slots.clear();
    for (const slot of slots) {
      const transport = await slot;
      if (transport.ok) transport.value.close();
    }
  }

  private transportOf(nodeId: string): NodeSlot {
    const existing = this.slots.get(nodeId);
    if (existing !== undefined) return existing;
    const slot = this.open(nodeId);
    // Cached, success or failure: a down node is not retried for every chunk of this read.
    this.slots.set(nodeId, slot);
    return slot;
  }

  private async open(nodeId: string): NodeSlot {
    const address = this.addresses.get(nodeId);
    if (address === undefined) return err(`node ${nodeId} has no address in the read response`);
    const hostPort = parseHostPort(address);
    if (hostPort === null) return err(`node ${nodeId} has a bad address ${JSON.stringify(address)}`);
    const opened = await connect(hostPort.host, hostPort.port, transportOptions(this.options, this.frameBytesMax));
    return opened.ok ? ok(opened.value) : err(opened.error.message);
  }
}
