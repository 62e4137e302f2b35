/**
 * An authenticated, reconnecting link to one address (a peer node or a queue server): it
 * connects on demand, opens with Hello, and after a failure waits an exponentially growing,
 * jittered delay before it tries again, so a dead peer costs one timer, not a busy loop.
 */
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import { err, type Result } from "../lib/result";
import { connectWithHello } from "../net/connect-with-hello";
import { ChannelError } from "../net/channel-error";
import type { Connection } from "../net/connection";
import type { Envelope, EnvelopeShape } from "../wire/codec";
import { formatHostPort, type HostPort } from "../cli/host-port";

export const reconnectDelayMsMin = 50;
export const reconnectDelayMsMax = 2_000;
export const linkConnectTimeoutMs = 2_000;
assert(reconnectDelayMsMin < reconnectDelayMsMax, "backoff grows from min to max");

export interface PeerLinkOptions {
  readonly address: HostPort;
  /** Who we are in the Hello handshake. */
  readonly identity: { readonly secret: string; readonly cluster: string; readonly peerId: string };
  readonly frameBytesMax: number;
  readonly logger: Logger;
  /** Envelopes the far side sends on this connection that are not responses. */
  readonly onEnvelope?: (connection: Connection, envelope: Envelope) => void;
  /** Uniform in [0, 1): jitter, injected so tests can pin it. */
  readonly random?: () => number;
}

export class PeerLink {
  private current: Connection | null = null;
  private connecting: Promise<Connection | null> | null = null;
  private retryAtMs = 0;
  private delayMs = reconnectDelayMsMin;
  private closedForGood = false;

  constructor(private readonly options: PeerLinkOptions) {}

  get target(): string {
    return formatHostPort(this.options.address);
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
    return connection.request(shape, timeoutMs);
  }

  async send(shape: EnvelopeShape, timeoutMs: number): Promise<Result<void, ChannelError>> {
    const connection = await this.connection();
    if (connection === null) return err(new ChannelError("connect-failed", `${this.target} unreachable (retrying)`));
    return connection.sendAsync(shape, timeoutMs);
  }

  close(): void {
    this.closedForGood = true;
    this.current?.close();
    this.current = null;
  }

  private async open(): Promise<Connection | null> {
    const { address, frameBytesMax, logger, identity } = this.options;
    const opened = await connectWithHello({
      hostname: address.host, port: address.port, frameBytesMax, logger, timeoutMs: linkConnectTimeoutMs, ...identity,
      onEnvelope: (connection, envelope) => this.options.onEnvelope?.(connection, envelope),
    });
    if (!opened.ok) return this.failed(opened.error.message);
    if (this.closedForGood) {
      opened.value.close();
      return null;
    }
    this.current = opened.value;
    this.delayMs = reconnectDelayMsMin;
    logger.debug("link.connected", { target: this.target });
    return this.current;
  }

  private failed(reason: string): null {
    const jitter = 0.5 + (this.options.random ?? Math.random)();
    this.retryAtMs = performance.now() + this.delayMs * jitter;
    this.options.logger.debug("link.failed", { target: this.target, reason, retryInMs: Math.round(this.delayMs * jitter) });
    this.delayMs = Math.min(reconnectDelayMsMax, this.delayMs * 2);
    return null;
  }
}

