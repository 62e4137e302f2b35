/**
 * The discovery server, started by the queue server: a UDP endpoint on the discovery port
 * (0.0.0.0 so it hears broadcasts) that passes each datagram through the DiscoveryGate and
 * hands every admitted request to `onRequest`, which answers it (normally with sendEdgeList).
 *
 * Everything else is dropped: counted per reason in `stats` and logged at a bounded rate, so
 * a flood of garbage costs a few lines per reason every ten seconds. Nothing a peer sends can
 * throw out of the datagram handler. The gate is a few microseconds of HMAC per datagram, so
 * it runs right in the socket callback; the slow part (a TCP round trip to the node) runs in
 * `onRequest`, of which at most `answersInFlightMax` are outstanding: more requests are
 * dropped as "busy" and their nodes simply retry (they back off anyway).
 */
import { AssertionError, assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import type { Logger } from "../net/logger-port";
import { datagramBytesLimit, UdpEndpoint, type DatagramSource } from "../net/udp";
import type { ValidRequest } from "./add-node-request";
import { DiscoveryError } from "./discovery-error";
import { DiscoveryGate } from "./discovery-gate";
import { discoveryRejectionReasons, type DiscoveryRejection, type DiscoveryRejectionReason } from "./discovery-rejection";
import { RateLimitedLog } from "./rate-limited-log";

export { sendEdgeList, type SendEdgeListOptions } from "./send-edge-list";

/** Each answer is a TCP connect plus two round trips; eight cover a rack of nodes booting at once. */
export const answersInFlightMaxDefault = 8;
export const discoveryPortDefault = 8888;

assert(answersInFlightMaxDefault > 0, "the server can answer a request");

export interface DiscoveryServerOptions {
  /** Default "0.0.0.0": a broadcast is only heard on the wildcard address. */
  readonly hostname?: string;
  /** 0 picks a free port (tests); read it back from `port`. */
  readonly port: number;
  readonly secret: string;
  readonly cluster: string;
  readonly logger: Logger;
  /** Answers one admitted request; the server bounds how many run at once. Should not reject. */
  readonly onRequest: (request: ValidRequest, source: DatagramSource) => Promise<void>;
  /** Wall clock in ms since the epoch (compared with the requests' timestamps). */
  readonly nowMs?: () => number;
  readonly answersInFlightMax?: number;
  readonly nonceCacheCapacity?: number;
}

export interface DiscoveryServerStats {
  datagrams: number;
  admitted: number;
  answered: number;
  readonly dropped: Record<DiscoveryRejectionReason, number>;
}

export class DiscoveryServer {
  readonly stats: DiscoveryServerStats = {
    datagrams: 0,
    admitted: 0,
    answered: 0,
    dropped: Object.fromEntries(discoveryRejectionReasons.map((reason) => [reason, 0])) as Record<DiscoveryRejectionReason, number>,
  };
  /** Node ids being answered now; also the in-flight count. */
  private readonly answering = new Set<string>();
  private readonly gate: DiscoveryGate;
  private readonly droppedLog = new RateLimitedLog<DiscoveryRejectionReason>();
  private readonly answersInFlightMax: number;
  private readonly nowMs: () => number;
  private endpoint: UdpEndpoint | null = null;

  private constructor(private readonly options: DiscoveryServerOptions) {
    this.answersInFlightMax = options.answersInFlightMax ?? answersInFlightMaxDefault;
    assert(Number.isInteger(this.answersInFlightMax) && this.answersInFlightMax > 0, "answersInFlightMax is a positive integer");
    this.nowMs = options.nowMs ?? Date.now;
    this.gate = new DiscoveryGate({ secret: options.secret, cluster: options.cluster, nonceCacheCapacity: options.nonceCacheCapacity });
  }

  static async start(options: DiscoveryServerOptions): Promise<Result<DiscoveryServer, DiscoveryError>> {
    assert(Number.isInteger(options.port) && options.port >= 0 && options.port <= 65_535, "port is 0..65535");
    const server = new DiscoveryServer(options);
    const hostname = options.hostname ?? "0.0.0.0";
    const bound = await UdpEndpoint.bind({
      hostname,
      port: options.port,
      // Take in anything the kernel delivers, so an oversized datagram reaches the gate and is
      // counted and logged like every other refusal (the gate checks the size first).
      datagramBytesMax: datagramBytesLimit,
      logger: options.logger,
      onDatagram: (bytes, source) => server.handleDatagram(bytes, source),
    });
    if (!bound.ok) return err(new DiscoveryError("bind-failed", `${hostname}:${options.port}`, { cause: bound.error }));
    server.endpoint = bound.value;
    options.logger.info("discovery.listening", { hostname, port: bound.value.port, cluster: options.cluster });
    return ok(server);
  }

  get port(): number {
    return this.endpoint?.port ?? 0;
  }

  get answersInFlight(): number {
    return this.answering.size;
  }

  /** Datagrams the UDP layer dropped before the gate (truncated by the kernel). */
  get droppedTruncated(): number {
    return this.endpoint?.stats.droppedOversize ?? 0;
  }

  close(): void {
    this.endpoint?.close();
    this.options.logger.info("discovery.closed", { port: this.port });
  }

  private handleDatagram(bytes: Uint8Array, source: DatagramSource): void {
    this.stats.datagrams += 1;
    const nowMs = this.nowMs();
    // Busy before the gate: under load, spend nothing on requests we could not answer.
    if (this.answering.size >= this.answersInFlightMax) {
      this.drop("busy", `${this.answering.size} answers in flight`, source, nowMs);
      return;
    }
    const admitted = this.gate.admit(bytes, nowMs);
    if (!admitted.ok) {
      this.dropRejection(admitted.error, source, nowMs);
      return;
    }
    const request = admitted.value;
    // A node retries with a fresh nonce while we are still answering its last attempt.
    if (this.answering.has(request.nodeId)) {
      this.drop("already-answering", `node ${request.nodeId}`, source, nowMs);
      return;
    }
    this.stats.admitted += 1;
    this.answering.add(request.nodeId);
    assert(this.answering.size <= this.answersInFlightMax, "answers in flight stay within the bound");
    this.options.logger.info("discovery.request", {
      nodeId: request.nodeId, host: request.host, port: request.port, source: `${source.address}:${source.port}`,
    });
    void this.answer(request, source).catch((error: unknown) => {
      // A bug in our own code must still take the process down (STYLE §4): rethrow it.
      if (error instanceof AssertionError) throw error;
      this.options.logger.error("discovery.answer-failed", { nodeId: request.nodeId, error });
    });
  }

  private async answer(request: ValidRequest, source: DatagramSource): Promise<void> {
    try {
      await this.options.onRequest(request, source);
      this.stats.answered += 1;
    } finally {
      this.answering.delete(request.nodeId);
    }
  }

  private dropRejection(rejection: DiscoveryRejection, source: DatagramSource, nowMs: number): void {
    this.drop(rejection.reason, rejection.message, source, nowMs);
  }

  private drop(reason: DiscoveryRejectionReason, detail: string, source: DatagramSource, nowMs: number): void {
    this.stats.dropped[reason] += 1;
    const decision = this.droppedLog.admit(reason, nowMs);
    if (!decision.emit) return;
    this.options.logger.warn("discovery.dropped", {
      reason, detail, source: `${source.address}:${source.port}`, suppressed: decision.suppressed,
    });
  }
}
