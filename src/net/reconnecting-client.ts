/**
 * A client that keeps one connection to a server alive across server restarts. When the
 * connection closes or an attempt fails, the next attempt is scheduled after a backoff delay
 * (exponential, jittered by the injected random source, capped); a success resets the
 * backoff. Event-driven: each attempt is one timer, so nothing here loops forever, and
 * `stop()` ends it for good.
 *
 * Callers can use `connection` directly (null while disconnected), or `request`, which waits
 * for a connection within the same deadline as the response.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import type { Envelope, EnvelopeShape } from "../wire/codec";
import { backoffDefault, backoffDelayMs, type BackoffPolicy } from "./backoff";
import { connect, type ConnectOptions } from "./channel";
import { ChannelError } from "./channel-error";
import { waitMsMax, type CloseReason, type Connection } from "./connection";

/** Callers waiting for the connection to come back, per client. */
export const connectWaitersMax = 256;
assert(connectWaitersMax > 0, "someone must be able to wait for a connection");

export interface ReconnectingClientOptions extends ConnectOptions {
  /** Uniform in [0, 1); inject `() => prng.nextFloat()` for replayable jitter. */
  readonly jitter: () => number;
  readonly backoff?: BackoffPolicy;
  /** Each new connection, e.g. to send a Hello before anything else. */
  readonly onConnect?: (connection: Connection) => void;
}

interface ConnectWaiter {
  readonly resolve: (result: Result<Connection, ChannelError>) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class ReconnectingClient {
  private current: Connection | null = null;
  /** Consecutive failed attempts since the last success; drives the backoff. */
  private failures = 0;
  private connects = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempting = false;
  private stopped = false;
  private readonly waiters = new Map<number, ConnectWaiter>();
  private waiterNext = 0;

  private constructor(private readonly options: ReconnectingClientOptions) {}

  /** Starts connecting at once. */
  static start(options: ReconnectingClientOptions): ReconnectingClient {
    const client = new ReconnectingClient(options);
    client.attempt();
    return client;
  }

  get connection(): Connection | null {
    return this.current;
  }

  /** Connections established so far (1 after the first, 2 after one reconnect, ...). */
  get connectCount(): number {
    return this.connects;
  }

  /** Resolves with the connection once there is one, or `timeout` / `closed` (stopped). */
  waitConnected(timeoutMs: number): Promise<Result<Connection, ChannelError>> {
    assert(timeoutMs > 0 && timeoutMs <= waitMsMax, "timeout within (0, waitMsMax]");
    if (this.stopped) return Promise.resolve(err(new ChannelError("closed", "client stopped")));
    if (this.current !== null) return Promise.resolve(ok(this.current));
    if (this.waiters.size >= connectWaitersMax) return Promise.resolve(err(new ChannelError("send-waiters-max", "too many waiting for a connection")));
    const key = this.waiterNext;
    this.waiterNext += 1;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        resolve(err(new ChannelError("timeout", `not connected within ${timeoutMs} ms`)));
      }, timeoutMs);
      this.waiters.set(key, { resolve, timer });
    });
  }

  /** A request on the current connection, waiting for one if needed, all within `timeoutMs`. */
  async request(shape: EnvelopeShape, timeoutMs: number): Promise<Result<Envelope, ChannelError>> {
    const deadline = performance.now() + timeoutMs;
    const connection = await this.waitConnected(timeoutMs);
    if (!connection.ok) return connection;
    const remainingMs = Math.ceil(deadline - performance.now());
    if (remainingMs <= 0) return err(new ChannelError("timeout", "connected too late to send"));
    return connection.value.request(shape, remainingMs);
  }

  /** Sends now on the current connection: `closed` while disconnected, `busy` when full. */
  send(shape: EnvelopeShape): Result<void, ChannelError> {
    if (this.current === null) return err(new ChannelError("closed", "not connected"));
    return this.current.send(shape);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.current?.close();
    this.current = null;
    this.settleWaiters(err(new ChannelError("closed", "client stopped")));
    assert(this.waiters.size === 0, "no waiter outlives the client");
  }

  private attempt(): void {
    assert(!this.attempting, "one attempt at a time");
    assert(this.current === null, "attempt only while disconnected");
    this.timer = null;
    this.attempting = true;
    const connecting = connect({ ...this.options, onClose: (connection, reason) => this.handleClose(connection, reason) });
    void connecting.then((result) => this.handleAttempt(result));
  }

  private handleAttempt(result: Result<Connection, ChannelError>): void {
    this.attempting = false;
    if (this.stopped) {
      if (result.ok) result.value.close();
      return;
    }
    if (!result.ok) {
      this.options.logger.debug("net.reconnect-failed", { target: this.target(), failures: this.failures + 1, error: result.error.message });
      this.failures += 1;
      this.schedule();
      return;
    }
    // The server may have closed it already; its close callback then found it not current.
    if (result.value.closed) {
      this.failures += 1;
      this.schedule();
      return;
    }
    this.current = result.value;
    this.failures = 0;
    this.connects += 1;
    this.options.logger.info("net.connected", { target: this.target(), connects: this.connects });
    this.options.onConnect?.(result.value);
    this.settleWaiters(ok(result.value));
  }

  private handleClose(connection: Connection, reason: CloseReason): void {
    this.options.onClose?.(connection, reason);
    if (connection !== this.current) return;
    this.current = null;
    if (this.stopped) return;
    this.options.logger.info("net.disconnected", { target: this.target(), reason: reason.kind });
    this.schedule();
  }

  private schedule(): void {
    assert(this.timer === null, "one scheduled attempt at a time");
    const delayMs = backoffDelayMs(Math.max(0, this.failures - 1), this.options.jitter, this.options.backoff ?? backoffDefault);
    this.timer = setTimeout(() => this.attempt(), delayMs);
  }

  private settleWaiters(result: Result<Connection, ChannelError>): void {
    for (const [key, waiter] of this.waiters) {
      clearTimeout(waiter.timer);
      this.waiters.delete(key);
      waiter.resolve(result);
    }
  }

  private target(): string {
    return `${this.options.hostname}:${this.options.port}`;
  }
}
