/**
 * One framed, bidirectional envelope channel over a byte socket (a Bun TCP socket, or a fake
 * in tests). It owns the frame decoder for what comes in and the bounded outbox for what goes
 * out, correlates requests with responses by request id, and turns every failure of the peer
 * (an oversized, truncated or undecodable frame) into a logged close of this connection only.
 *
 * Request ids: 0 marks a one-way message. Each side numbers its own requests with its own
 * parity (the connecting side odd, the accepting side even, as HTTP/2 does with streams), and
 * a response echoes the request's id; so an incoming id of our parity is a response to us and
 * any other non-zero id is a request from the peer. No id is ever ambiguous.
 */
import { assert, assertNever } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { decodeEnvelope, encodeEnvelope, requestIdMax, type Envelope, type EnvelopeShape } from "../wire/codec";
import { assertFrameBytesMax, encodeFrame, FrameDecoder, frameBytesMaxDefault, frameHeaderBytes } from "../wire/framing";
import { ChannelError } from "./channel-error";
import type { Logger } from "./logger-port";
import { Outbox, type FlushResult } from "./outbox";

/**
 * Pending outgoing bytes per connection: four full default frames, so a sender can queue the
 * next chunks while one is still being written, yet a stalled peer costs at most ~4 MiB.
 */
export const outboxBytesMaxDefault = 4 * (frameBytesMaxDefault + frameHeaderBytes);
/** Requests awaiting a response on one connection; beyond it `request` fails at once. */
export const requestsOutstandingMax = 1_024;
/** Callers of sendAsync waiting for outbox room on one connection. */
export const sendWaitersMax = 64;
/** The longest any request or send may wait: longer is a caller bug (a hung peer must be noticed). */
export const waitMsMax = 10 * 60 * 1000;

assert(outboxBytesMaxDefault >= 2 * (frameBytesMaxDefault + frameHeaderBytes), "the outbox holds two full frames");
assert(requestsOutstandingMax > 0, "a connection must allow a request");
assert(sendWaitersMax > 0, "a connection must allow a waiting sender");
assert(waitMsMax <= 2 ** 31 - 1, "setTimeout takes at most a signed 32-bit delay");

/** The part of a socket a Connection uses. Bun's TCP socket satisfies it. */
export interface SocketPort {
  /** Returns bytes written, fewer when the kernel buffer is full, -1 when closed. */
  write(data: Uint8Array): number;
  end(): void;
  terminate(): void;
  pause(): void;
  resume(): void;
}

export type ConnectionSide = "connector" | "acceptor";

export type CloseReason =
  | { readonly kind: "local" }
  | { readonly kind: "remote" }
  | { readonly kind: "frame-too-large"; readonly bodyBytes: number }
  | { readonly kind: "frame-truncated"; readonly bodyBytes: number }
  | { readonly kind: "envelope-undecodable"; readonly detail: string }
  | { readonly kind: "socket-error"; readonly detail: string };

export interface ConnectionOptions {
  readonly side: ConnectionSide;
  /** For logs: who is at the other end. */
  readonly peer: string;
  readonly frameBytesMax?: number;
  readonly outboxBytesMax?: number;
  readonly logger: Logger;
  /** A request or one-way message from the peer. Reply with `connection.reply(envelope, ...)`. */
  readonly onEnvelope: (connection: Connection, envelope: Envelope) => void;
  readonly onClose?: (connection: Connection, reason: CloseReason) => void;
}

interface PendingRequest {
  readonly resolve: (result: Result<Envelope, ChannelError>) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

interface SendWaiter {
  readonly frame: Uint8Array;
  readonly resolve: (result: Result<void, ChannelError>) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class Connection {
  readonly frameBytesMax: number;
  private readonly decoder: FrameDecoder;
  private readonly outbox: Outbox;
  private readonly pending = new Map<number, PendingRequest>();
  /** Insertion-ordered: waiters get room first come, first served. */
  private readonly waiters = new Map<number, SendWaiter>();
  private waiterNext = 0;
  private requestIdNext: number;
  private closeReason: CloseReason | null = null;

  constructor(private readonly socket: SocketPort, private readonly options: ConnectionOptions) {
    this.frameBytesMax = options.frameBytesMax ?? frameBytesMaxDefault;
    assertFrameBytesMax(this.frameBytesMax);
    const outboxBytesMax = options.outboxBytesMax ?? outboxBytesMaxDefault;
    assert(outboxBytesMax >= this.frameBytesMax + frameHeaderBytes, "the outbox must hold one full frame");
    this.decoder = new FrameDecoder(this.frameBytesMax);
    this.outbox = new Outbox(outboxBytesMax);
    this.requestIdNext = options.side === "connector" ? 1 : 2;
  }

  get peer(): string {
    return this.options.peer;
  }

  get closed(): boolean {
    return this.closeReason !== null;
  }

  get outboxBytes(): number {
    return this.outbox.bytes;
  }

  get outboxBytesPeak(): number {
    return this.outbox.bytesPeak;
  }

  get outboxBytesMax(): number {
    return this.outbox.bytesMax;
  }

  get requestsOutstanding(): number {
    return this.pending.size;
  }

  /** Sends now or not at all: `busy` when the outbox has no room (or others wait for it). */
  send(shape: EnvelopeShape): Result<void, ChannelError> {
    const frame = this.frameOf(shape);
    if (!frame.ok) return frame;
    if (this.closed) return err(new ChannelError("closed"));
    if (this.waiters.size > 0 || !this.outbox.hasRoom(frame.value.length)) return err(new ChannelError("busy"));
    this.pushFrame(frame.value);
    return ok(undefined);
  }

  /** Sends, waiting up to `timeoutMs` for outbox room; order among waiting senders is kept. */
  sendAsync(shape: EnvelopeShape, timeoutMs: number): Promise<Result<void, ChannelError>> {
    assertWaitMs(timeoutMs);
    const frame = this.frameOf(shape);
    if (!frame.ok) return Promise.resolve(frame);
    if (this.closed) return Promise.resolve(err(new ChannelError("closed")));
    if (this.waiters.size === 0 && this.outbox.hasRoom(frame.value.length)) {
      this.pushFrame(frame.value);
      return Promise.resolve(ok(undefined));
    }
    if (this.waiters.size >= sendWaitersMax) return Promise.resolve(err(new ChannelError("send-waiters-max")));
    const key = this.waiterNext;
    this.waiterNext += 1;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        resolve(err(new ChannelError("busy", `no outbox room within ${timeoutMs} ms`)));
      }, timeoutMs);
      this.waiters.set(key, { frame: frame.value, resolve, timer });
    });
  }

  /**
   * Sends a request and resolves with the peer's response (whatever its body, including an
   * `error` envelope: interpreting it is the caller's job), or a ChannelError.
   */
  async request(shape: EnvelopeShape, timeoutMs: number): Promise<Result<Envelope, ChannelError>> {
    assertWaitMs(timeoutMs);
    if (this.closed) return err(new ChannelError("closed"));
    if (this.pending.size >= requestsOutstandingMax) return err(new ChannelError("requests-outstanding-max"));
    const requestId = this.takeRequestId();
    const deadline = performance.now() + timeoutMs;
    const response = new Promise<Result<Envelope, ChannelError>>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        resolve(err(new ChannelError("timeout", `no response to request ${requestId} within ${timeoutMs} ms`)));
      }, timeoutMs);
      this.pending.set(requestId, { resolve, timer });
    });
    const sent = await this.sendAsync({ ...shape, requestId }, Math.max(1, Math.ceil(deadline - performance.now())));
    if (!sent.ok) this.settleRequest(requestId, sent);
    return response;
  }

  /** Answers a request from the peer: the response carries the request's id. */
  reply(request: Envelope, shape: EnvelopeShape): Result<void, ChannelError> {
    assert(request.requestId !== 0, "a one-way message has no one to reply to");
    assert(!this.isOwnRequestId(request.requestId), "reply only to the peer's requests");
    return this.send({ ...shape, requestId: request.requestId });
  }

  /** Like reply, waiting for outbox room (a large response to a slow reader). */
  replyAsync(request: Envelope, shape: EnvelopeShape, timeoutMs: number): Promise<Result<void, ChannelError>> {
    assert(request.requestId !== 0, "a one-way message has no one to reply to");
    assert(!this.isOwnRequestId(request.requestId), "reply only to the peer's requests");
    return this.sendAsync({ ...shape, requestId: request.requestId }, timeoutMs);
  }

  /**
   * Stops reading from the socket: the peer's writes then back up into its kernel buffer and
   * its outbox, which is how a receiver whose own inbox is full pushes back.
   */
  pauseReading(): void {
    if (!this.closed) this.socket.pause();
  }

  resumeReading(): void {
    if (!this.closed) this.socket.resume();
  }

  close(): void {
    if (this.closed) return;
    // Settle first: Bun may run the close callback inside end(), and it must find us closed.
    // Frames still in the outbox are dropped; a caller that needs them delivered awaits the
    // response that proves it.
    this.handleClosed({ kind: "local" });
    this.socket.end();
  }

  /** From the socket: bytes arrived. */
  handleData(bytes: Uint8Array): void {
    if (this.closed) return;
    const pushed = this.decoder.push(bytes, (body) => this.handleFrame(body));
    if (pushed.ok) return;
    const kind = pushed.error.kind === "too-large" ? "frame-too-large" : "frame-truncated";
    this.abort({ kind, bodyBytes: pushed.error.bodyBytes });
  }

  /** From the socket: the kernel buffer has room again. */
  handleDrain(): void {
    if (this.closed) return;
    const flushed = this.outbox.flush((data) => this.socket.write(data));
    if (flushed === "closed") return;
    this.admitWaiters();
  }

  /** From the socket: it closed (either side). Idempotent. */
  handleClosed(reason: CloseReason = { kind: "remote" }): void {
    if (this.closed) return;
    let finalReason = reason;
    const ended = this.decoder.end();
    // A peer that stops mid-frame (FIN or reset) sent a truncated frame: say so in the log.
    if (!ended.ok && (reason.kind === "remote" || reason.kind === "socket-error")) {
      finalReason = { kind: "frame-truncated", bodyBytes: ended.error.bodyBytes };
      this.options.logger.warn("net.connection-rejected", { peer: this.peer, reason: finalReason.kind, bodyBytes: ended.error.bodyBytes });
    }
    this.closeReason = finalReason;
    this.outbox.clear();
    for (const [requestId, request] of this.pending) {
      clearTimeout(request.timer);
      this.pending.delete(requestId);
      request.resolve(err(new ChannelError("closed", `connection to ${this.peer} closed`)));
    }
    for (const [key, waiter] of this.waiters) {
      clearTimeout(waiter.timer);
      this.waiters.delete(key);
      waiter.resolve(err(new ChannelError("closed", `connection to ${this.peer} closed`)));
    }
    assert(this.pending.size === 0, "no request outlives its connection");
    assert(this.waiters.size === 0, "no sender outlives its connection");
    this.options.logger.debug("net.connection-closed", { peer: this.peer, reason: finalReason.kind });
    this.options.onClose?.(this, finalReason);
  }

  /** Returns false to stop the decoder when this frame closed the connection. */
  private handleFrame(body: Uint8Array): boolean {
    const decoded = decodeEnvelope(body);
    if (!decoded.ok) {
      this.abort({ kind: "envelope-undecodable", detail: decoded.error.message });
      return false;
    }
    const envelope = decoded.value;
    if (envelope.requestId !== 0 && this.isOwnRequestId(envelope.requestId)) {
      const settled = this.settleRequest(envelope.requestId, ok(envelope));
      // A response after its request timed out: expected under load, harmless.
      if (!settled) this.options.logger.debug("net.response-late", { peer: this.peer, requestId: envelope.requestId });
    } else {
      this.options.onEnvelope(this, envelope);
    }
    return !this.closed;
  }

  /** Closes for a protocol violation by the peer: logged with its reason, this connection only. */
  private abort(reason: CloseReason): void {
    if (this.closed) return;
    this.options.logger.warn("net.connection-rejected", { peer: this.peer, reason: reason.kind, ...reasonFields(reason) });
    this.handleClosed(reason);
    this.socket.terminate();
  }

  private frameOf(shape: EnvelopeShape): Result<Uint8Array, ChannelError> {
    const body = encodeEnvelope(shape);
    if (body.length > this.frameBytesMax) {
      return err(new ChannelError("too-large", `envelope of ${body.length} bytes exceeds ${this.frameBytesMax}`));
    }
    return ok(encodeFrame(body, this.frameBytesMax));
  }

  private pushFrame(frame: Uint8Array): void {
    const flushed: FlushResult = this.outbox.push(frame, (data) => this.socket.write(data));
    assert(this.outbox.bytes <= this.outbox.bytesMax, "outbox within its bound");
    // A write on a socket that is already closing returns -1; its close callback follows.
    if (flushed === "closed") this.options.logger.debug("net.write-on-closed", { peer: this.peer });
  }

  private admitWaiters(): void {
    // Bounded by sendWaitersMax: each turn admits one waiter or stops.
    for (const [key, waiter] of this.waiters) {
      if (!this.outbox.hasRoom(waiter.frame.length)) return;
      this.waiters.delete(key);
      clearTimeout(waiter.timer);
      this.pushFrame(waiter.frame);
      waiter.resolve(ok(undefined));
      if (this.closed) return;
    }
  }

  private settleRequest(requestId: number, result: Result<Envelope, ChannelError>): boolean {
    const request = this.pending.get(requestId);
    if (request === undefined) return false;
    clearTimeout(request.timer);
    this.pending.delete(requestId);
    request.resolve(result);
    return true;
  }

  private takeRequestId(): number {
    const requestId = this.requestIdNext;
    this.requestIdNext += 2;
    // 2^53 requests on one connection will not happen; if it does, reconnecting resets ids.
    assert(requestId <= requestIdMax, "request ids exhausted");
    assert(this.isOwnRequestId(requestId), "request id has our parity");
    assert(!this.pending.has(requestId), "request id is fresh");
    return requestId;
  }

  private isOwnRequestId(requestId: number): boolean {
    return (requestId % 2 === 1) === (this.options.side === "connector");
  }
}

function assertWaitMs(timeoutMs: number): void {
  assert(Number.isFinite(timeoutMs), "timeout must be finite");
  assert(timeoutMs > 0, "timeout must be positive");
  assert(timeoutMs <= waitMsMax, "timeout must not exceed waitMsMax");
}

function reasonFields(reason: CloseReason): Record<string, unknown> {
  switch (reason.kind) {
    case "frame-too-large":
    case "frame-truncated":
      return { bodyBytes: reason.bodyBytes };
    case "envelope-undecodable":
    case "socket-error":
      return { detail: reason.detail };
    case "local":
    case "remote":
      return {};
    default:
      return assertNever(reason);
  }
}
