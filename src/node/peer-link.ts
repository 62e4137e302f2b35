/**
 * An authenticated, reconnecting link to one address (a peer node or a queue server): it
 * connects on demand, opens with Hello, and after a failure waits an exponentially growing,
 * jittered delay before it tries again, so a dead peer costs one timer, not a busy loop.
 *
 * A connection can also fail silently: across a partition nothing is reset, writes queue in the
 * kernel and TCP retransmits with a backoff that reaches tens of seconds, so after the network
 * heals the link would stay dead that long. With `heartbeat`, a link that has heard nothing on
 * its connection for `intervalMs` sends the probe request; no answer within `timeoutMs`
 * closes the connection, and the next use dials again. (TCP keepalive would not help: it
 * only probes idle connections, and one with unacknowledged data is not idle.)
 */
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import { err, type Result } from "../lib/result";
import { connect, type DialIdentity } from "../net/channel";
import { ChannelError } from "../net/channel-error";
import type { Connection } from "../net/connection";
import type { Envelope, EnvelopeShape } from "../wire/codec";
import { formatHostPort, type HostPort } from "../cli/host-port";

export const reconnectDelayMsMin = 50;
/**
 * A healed link is dialled again within about this (times the jitter) plus one connect timeout:
 * a few heartbeats. A dead peer costs a connect attempt every second or so.
 */
export const reconnectDelayMsMax = 500;
/** TCP connect and Hello on a LAN take milliseconds; a SYN lost to a partition is retried at 1 s. */
export const linkConnectTimeoutMs = 1_000;
/** How often a link with a heartbeat looks whether it is due to probe. */
export const heartbeatCheckMs = 250;
assert(reconnectDelayMsMin < reconnectDelayMsMax, "backoff grows from min to max");

export interface LinkHeartbeat {
  /** A request the far side answers at once, whatever it is doing. */
  readonly probe: EnvelopeShape;
  /** Silence (nothing received) that triggers a probe. */
  readonly intervalMs: number;
  /** A probe unanswered this long closes the connection. */
  readonly timeoutMs: number;
}

export interface PeerLinkOptions {
  readonly address: HostPort;
  /** Who we are in the handshake. */
  readonly identity: DialIdentity;
  /** Who must answer at the address (a node id, or "queue"); null: any member of the cluster. */
  readonly expectedPeerId: string | null;
  readonly frameBytesMax: number;
  readonly logger: Logger;
  /** Envelopes the far side sends on this connection that are not responses. */
  readonly onEnvelope?: (connection: Connection, envelope: Envelope) => void;
  /** Uniform in [0, 1): jitter, injected so tests can pin it. */
  readonly random?: () => number;
  /** Detects a silent connection (see the file comment); none: trust TCP alone. */
  readonly heartbeat?: LinkHeartbeat;
}

export class PeerLink {
  private current: Connection | null = null;
  private connecting: Promise<Connection | null> | null = null;
  private retryAtMs = 0;
  private delayMs = reconnectDelayMsMin;
  private closedForGood = false;
  /** When something last arrived on the current connection (a response, or a message). */
  private heardMs = 0;
  private probing = false;
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: PeerLinkOptions) {
    const heartbeat = options.heartbeat;
    if (heartbeat !== undefined) {
      assert(heartbeat.intervalMs >= heartbeatCheckMs, "a heartbeat interval is at least one check");
      assert(heartbeat.timeoutMs > 0, "a probe has time to be answered");
    }
  }

  get target(): string {
    return formatHostPort(this.options.address);
  }

  /** Whether a connection is open now (it may still be silent; the heartbeat finds out). */
  get connected(): boolean {
    return this.current !== null && !this.current.closed;
  }

  /** The live connection, connecting if allowed now; null while backing off or closed. */
  connection(): Promise<Connection | null> {
    if (this.current !== null && !this.current.closed) return Promise.resolve(this.current);
    if (this.closedForGood || performance.now() < this.retryAtMs) return Promise.resolve(null);
    this.connecting ??= this.open().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  async request(shape: EnvelopeShape, timeoutMs: number): Promise<Result<Envelope, ChannelError>> {
    const connection = await this.connection();
    if (connection === null) return err(new ChannelError("connect-failed", `${this.target} unreachable (retrying)`));
    const response = await connection.request(shape, timeoutMs);
    if (response.ok && connection === this.current) this.heardMs = performance.now();
    return response;
  }

  async send(shape: EnvelopeShape, timeoutMs: number): Promise<Result<void, ChannelError>> {
    const connection = await this.connection();
    if (connection === null) return err(new ChannelError("connect-failed", `${this.target} unreachable (retrying)`));
    return connection.sendAsync(shape, timeoutMs);
  }

  close(): void {
    this.closedForGood = true;
    this.stopHeartbeat();
    this.current?.close();
    this.current = null;
  }

  private async open(): Promise<Connection | null> {
    const { address, frameBytesMax, logger, identity } = this.options;
    const opened = await connect({
      hostname: address.host, port: address.port, frameBytesMax, logger, connectTimeoutMs: linkConnectTimeoutMs, ...identity,
      expectedPeerId: this.options.expectedPeerId,
      onEnvelope: (connection, envelope) => {
        if (connection === this.current) this.heardMs = performance.now();
        this.options.onEnvelope?.(connection, envelope);
      },
    });
    if (!opened.ok) return this.failed(opened.error.message);
    if (this.closedForGood) {
      opened.value.close();
      return null;
    }
    this.current = opened.value;
    this.delayMs = reconnectDelayMsMin;
    this.heardMs = performance.now();
    this.startHeartbeat();
    logger.debug("link.connected", { target: this.target });
    return this.current;
  }

  private startHeartbeat(): void {
    if (this.options.heartbeat === undefined || this.heartbeatTimer !== null) return;
    this.heartbeatTimer = setInterval(() => void this.beat(), heartbeatCheckMs);
  }

  private stopHeartbeat(): void {
    if (this.heartbeatTimer !== null) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
  }

  /** Probes a connection that has been quiet too long; closes it if the probe goes unanswered. */
  private async beat(): Promise<void> {
    const heartbeat = this.options.heartbeat;
    const connection = this.current;
    if (heartbeat === undefined || connection === null || connection.closed) return this.stopHeartbeat();
    if (this.probing || performance.now() - this.heardMs < heartbeat.intervalMs) return;
    this.probing = true;
    const response = await connection.request(heartbeat.probe, heartbeat.timeoutMs);
    this.probing = false;
    if (connection !== this.current) return;
    if (response.ok) {
      this.heardMs = performance.now();
      return;
    }
    this.options.logger.info("link.silent", { target: this.target, silentMs: Math.round(performance.now() - this.heardMs), reason: response.error.message });
    this.stopHeartbeat();
    connection.close();
    this.current = null;
  }

  private failed(reason: string): null {
    const jitter = 0.5 + (this.options.random ?? Math.random)();
    this.retryAtMs = performance.now() + this.delayMs * jitter;
    this.options.logger.debug("link.failed", { target: this.target, reason, retryInMs: Math.round(this.delayMs * jitter) });
    this.delayMs = Math.min(reconnectDelayMsMax, this.delayMs * 2);
    return null;
  }
}

