/**
 * Connections to the nodes that serve chunks for a read, opened lazily (only the nodes a read
 * actually uses), each authenticated with a Hello as "client", shared by every chunk fetch of
 * the read and closed together at the end. A node that cannot be reached is remembered as down
 * for the rest of the read, so the fallback to the next node costs one connect attempt, not
 * one per chunk. A connection that closed under us (the codec closes one that delivered bytes
 * not matching their digest) is opened again on the next request, a few times per node.
 *
 * A node serves chunk bytes without checking them (the codec here does); when it served a bad
 * copy, the pool tells it (a ChunkFetch with `verify`: the node checks its copy and repairs
 * it), so a rotted copy heals when it is first read, not only when the scrub reaches it.
 */
import { parseHostPort } from "../cli/host-port";
import { assert } from "../lib/assert";
import type { BufferPool } from "../lib/buffer-pool";
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

/** Connections one node may be given again after one closed under a read. */
export const reconnectsPerNodeMax = 3;
/** Bad copies one read reports to the nodes that served them; more are left to the scrub. */
export const corruptReportsMax = 8;
/** How long a report may take; the read does not end before its reports are answered or this passes. */
export const corruptReportTimeoutMs = 5_000;

export class NodePool {
  private readonly slots = new Map<string, NodeSlot>();
  private readonly reconnects = new Map<string, number>();
  private readonly reports: Promise<unknown>[] = [];

  constructor(
    private readonly addresses: ReadonlyMap<string, string>,
    private readonly options: ClientOptions,
    /** Large enough for one chunk of the file being read, whatever this client's own chunk size. */
    private readonly frameBytesMax: number,
    /**
     * Reused buffers for the chunks' frames: a chunk fetched into one is given back with
     * `release` once its bytes are written out. Without it every chunk is a fresh buffer.
     */
    private readonly bodies: BufferPool | null = null,
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

  /**
   * Fetches one chunk from one node; its bytes were checked against the digest by the codec,
   * and here against the digest and size asked for. `verify` asks the node to check its copy
   * before it answers (the verify verb).
   */
  async fetch(nodeId: string, digest: Digest, expectedBytes: number, verify = false): Promise<Result<Uint8Array, FetchFailure>> {
    const slot = this.transportOf(nodeId);
    const transport = await slot;
    if (!transport.ok) return err({ kind: "unreachable", nodeId, detail: transport.error });
    const response = await transport.value.request({ chunkFetch: { digest: digestToBytes(digest), verify } }, this.options.requestTimeoutMs);
    if (!response.ok) {
      const kind = response.error.kind;
      if (kind === "closed" || kind === "corrupt") this.dropClosed(nodeId, slot);
      if (kind === "corrupt" && !verify) this.report(nodeId, digest);
      return err({ kind: kind === "corrupt" ? "corrupt" : "unreachable", nodeId, detail: response.error.message });
    }
    const envelope = response.value;
    if (envelope.body === "error") {
      const code = envelope.error.code ?? pb.ErrorCode.ERROR_UNKNOWN;
      if (code === pb.ErrorCode.ERROR_INTERNAL) return err({ kind: "corrupt", nodeId, detail: envelope.error.message ?? "corrupt on the node" });
      return err({ kind: "missing", nodeId, detail: code === pb.ErrorCode.ERROR_NOT_FOUND ? "not found" : `error ${code}: ${envelope.error.message ?? ""}` });
    }
    if (envelope.body !== "chunkData") return err({ kind: "corrupt", nodeId, detail: `answered ${String(envelope.body)}` });
    const data = envelope.chunkData.data ?? new Uint8Array(0);
    const wrong = data.length !== expectedBytes ? `${data.length} bytes, expected ${expectedBytes}`
      // The codec checked the bytes against the digest the node sent with them: is it the one asked for?
      : digestFromBytes(envelope.chunkData.digest) !== digest ? "digest mismatch" : null;
    if (wrong === null) return ok(data);
    this.release(data);
    return err({ kind: "corrupt", nodeId, detail: wrong });
  }

  /** The bytes of a fetched chunk are no longer needed: their buffer is reused, if it was the pool's. */
  release(bytes: Uint8Array): void {
    if (this.bodies?.lends(bytes) === true) this.bodies.give(bytes);
  }

  /** Tells a node its copy of `digest` arrived corrupt, so it checks and repairs it (best effort, bounded). */
  private report(nodeId: string, digest: Digest): void {
    if (this.reports.length >= corruptReportsMax) return;
    this.reports.push(this.request(nodeId, { chunkFetch: { digest: digestToBytes(digest), verify: true } }, corruptReportTimeoutMs));
  }

  /** A connection closed under a request: the next request to that node opens a new one, a few times. */
  private dropClosed(nodeId: string, slot: NodeSlot): void {
    const used = this.reconnects.get(nodeId) ?? 0;
    if (this.slots.get(nodeId) !== slot || used >= reconnectsPerNodeMax) return;
    this.reconnects.set(nodeId, used + 1);
    this.slots.delete(nodeId);
    void slot.then((transport) => transport.ok && transport.value.close());
  }

  async close(): Promise<void> {
    // Reports in flight get their answer (each is bounded by its timeout), then everything closes.
    await Promise.all(this.reports.splice(0));
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
    const opened = await connect(hostPort.host, hostPort.port, {
      ...transportOptions(this.options, this.frameBytesMax), ...(this.bodies === null ? {} : { bodyPool: this.bodies }),
    });
    return opened.ok ? ok(opened.value) : err(opened.error.message);
  }
}
