/**
 * One framed, bidirectional envelope channel over a byte socket (a Bun TCP or TLS socket, or a
 * fake in tests). It runs the handshake first (docs/protocol.md: both sides prove the secret
 * over both sides' fresh nonces), then seals every frame; it owns the frame decoder for what
 * comes in and the bounded outbox for what goes out, correlates requests with responses by
 * request id, and turns every failure of the peer (a frame too large, truncated, undecodable
 * or tampered with, a handshake refused or too slow) into a logged close of this connection only.
 *
 * Until the handshake completes a peer is a stranger: its frames may be at most
 * `preAuthFrameBytesMax`, only the next handshake message is accepted, and it has
 * `handshakeTimeoutMs` to finish. Nothing reaches `onEnvelope` before that.
 *
 * Payload bytes (chunk data) are written from the caller's buffer without a copy: once a
 * message is handed to send/request/reply, its payload buffers belong to the connection and
 * must not change.
 *
 * Request ids: 0 marks a one-way message. Each side numbers its own requests with its own
 * parity (the connecting side odd, the accepting side even, as HTTP/2 does with streams), and
 * a response echoes the request's id; so an incoming id of our parity is a response to us and
 * any other non-zero id is a request from the peer. No id is ever ambiguous.
 */
import { randomBytes } from "node:crypto";
import { acceptHello, acceptProof, answerChallenge, helloFor, nonceBytes, proofBytes, type AcceptorPending, type AcceptorSecrets,
  type Credential, type Hello } from "../auth/handshake";
import type { Principal } from "../auth/client-keys";
import { assert, assertNever } from "../lib/assert";
import type { BufferPool } from "../lib/buffer-pool";
import { err, ok, type Result } from "../lib/result";
import { decodeEnvelope, decodeMessage, encodeEnvelope, encodeMessage, requestIdMax, type Envelope, type EnvelopeShape } from "../wire/codec";
import { draftFrame, parseFrame, type FrameDraft, type FrameKind } from "../wire/frame-body";
import { assertFrameBytesMax, FrameDecoder, frameBytesMaxDefault, frameHeaderBytes } from "../wire/framing";
import { challengeFromWire, challengeToWire, helloFromWire, helloToWire, proofFromWire } from "../wire/handshake-codec";
import { pb } from "../wire/proto";
import { netMetrics } from "../metrics/metrics";
import { ChannelError } from "./channel-error";
import { FrameSeal } from "./frame-seal";
import type { Logger } from "./logger-port";
import { Outbox, type FlushResult } from "./outbox";
import { wrongDoorAnswer } from "./wrong-door";

/**
 * Pending outgoing bytes per connection: four full default frames, so a sender can queue the
 * next chunks while one is still being written, yet a stalled peer costs at most ~4 MiB.
 */
/**
 * A frame this small is written as one buffer (see pushPieces); larger ones piece by piece.
 * 128 KiB so that a small file of the largest inline size (64 KiB) with its envelope is one
 * send; a 1 MiB chunk's frame is not copied.
 */
export const coalescePiecesBytesMax = 128 << 10;

export const outboxBytesMaxDefault = 4 * (frameBytesMaxDefault + frameHeaderBytes);
/** Requests awaiting a response on one connection, in each direction; beyond it `request` fails at once. */
export const requestsOutstandingMax = 1_024;
/** Callers of sendAsync waiting for outbox room on one connection. */
export const sendWaitersMax = 64;
/** The longest any request or send may wait: longer is a caller bug (a hung peer must be noticed). */
export const waitMsMax = 10 * 60 * 1000;
/** Largest frame a peer may send before it has proved who it is: the handshake fits many times. */
export const preAuthFrameBytesMax = 4 << 10;
/** Largest frame of an anonymous peer (a global ping and its answer, with a path of hops). */
export const anonymousFrameBytesMax = 64 << 10;
/** A peer has this long from the TCP connection to a completed handshake. */
export const handshakeTimeoutMsDefault = 5_000;

assert(outboxBytesMaxDefault >= 2 * (frameBytesMaxDefault + frameHeaderBytes), "the outbox holds two full frames");
assert(requestsOutstandingMax > 0, "a connection must allow a request");
assert(sendWaitersMax > 0, "a connection must allow a waiting sender");
assert(waitMsMax <= 2 ** 31 - 1, "setTimeout takes at most a signed 32-bit delay");
assert(preAuthFrameBytesMax < anonymousFrameBytesMax && anonymousFrameBytesMax < frameBytesMaxDefault, "strangers get the smallest frames");

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
  | { readonly kind: "frame-tampered"; readonly detail: string }
  | { readonly kind: "handshake-refused"; readonly detail: string }
  | { readonly kind: "handshake-timeout" }
  | { readonly kind: "idle" }
  | { readonly kind: "wrong-door"; readonly detail: string }
  | { readonly kind: "socket-error"; readonly detail: string };

/** How this side proves itself (connector) or checks the peer (acceptor). */
export type ConnectionAuth =
  | { readonly side: "connector"; readonly cluster: string; readonly credential: Credential; readonly expectedPeerId: string | null }
  | { readonly side: "acceptor"; readonly secrets: AcceptorSecrets };

export interface ConnectionOptions {
  readonly auth: ConnectionAuth;
  /** For logs: who is at the other end (its address). */
  readonly peer: string;
  /** Largest frame body after the handshake, both ways (default frameBytesMaxDefault). */
  readonly frameBytesMax?: number;
  readonly outboxBytesMax?: number;
  readonly handshakeTimeoutMs?: number;
  /** Acceptor: close a connection with no frame and nothing outstanding for this long (null: never). */
  readonly idleTimeoutMs?: number | null;
  /** Acceptor: what to tell an HTTP client that knocks on this port (see wrong-door.ts). */
  readonly wrongDoorHint?: string;
  readonly logger: Logger;
  /** The handshake completed: the peer is `connection.principal` (acceptor) / `connection.peerId`. */
  readonly onOpen?: (connection: Connection) => void;
  /** A request or one-way message from the peer, after the handshake. Reply with `connection.reply`. */
  readonly onEnvelope: (connection: Connection, envelope: Envelope) => void;
  readonly onClose?: (connection: Connection, reason: CloseReason) => void;
  /** Fresh random bytes for nonces; tests inject a seeded source. */
  readonly random?: (bytes: number) => Uint8Array;
  /** Reused buffers for large frame bodies (see FrameDecoder); their holder gives them back. */
  readonly bodyPool?: BufferPool;
}

interface PendingRequest {
  readonly resolve: (result: Result<Envelope, ChannelError>) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

interface SendWaiter {
  readonly draft: Draft;
  readonly resolve: (result: Result<void, ChannelError>) => void;
  readonly timer: ReturnType<typeof setTimeout>;
  readonly release: (() => void) | undefined;
}

/** A frame laid out but not yet sealed: sealing takes the next sequence number, so it happens as it enters the outbox. */
interface Draft {
  readonly frame: FrameDraft;
  readonly bytes: number;
}

type HandshakeState =
  | { readonly step: "connector-sent-hello"; readonly hello: Hello; readonly credential: Credential }
  | { readonly step: "connector-sent-proof" }
  | { readonly step: "acceptor-awaits-hello" }
  | { readonly step: "acceptor-sent-challenge"; readonly pending: AcceptorPending }
  | { readonly step: "open" };

export class Connection {
  readonly frameBytesMax: number;
  private readonly decoder: FrameDecoder;
  private readonly outbox: Outbox;
  private readonly pending = new Map<number, PendingRequest>();
  /** The peer's requests not yet answered: bounded like ours, and they keep an idle connection open. */
  private readonly inbound = new Set<number>();
  /** Insertion-ordered: waiters get room first come, first served. */
  private readonly waiters = new Map<number, SendWaiter>();
  private waiterNext = 0;
  private requestIdNext: number;
  private closeReason: CloseReason | null = null;
  private state: HandshakeState;
  private seal: FrameSeal | null = null;
  private peerPrincipal: Principal | null = null;
  private remoteId: string | null = null;
  private started = false;
  private sniffed = false;
  private handshakeTimer: ReturnType<typeof setTimeout> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private lastFrameMs = performance.now();
  private readonly openWaiters: ((result: Result<void, ChannelError>) => void)[] = [];

  constructor(private readonly socket: SocketPort, private readonly options: ConnectionOptions) {
    this.frameBytesMax = options.frameBytesMax ?? frameBytesMaxDefault;
    assertFrameBytesMax(this.frameBytesMax);
    const outboxBytesMax = options.outboxBytesMax ?? outboxBytesMaxDefault;
    assert(outboxBytesMax >= this.frameBytesMax + frameHeaderBytes, "the outbox must hold one full frame");
    this.decoder = new FrameDecoder(Math.min(preAuthFrameBytesMax, this.frameBytesMax), options.bodyPool ?? null);
    this.outbox = new Outbox(outboxBytesMax);
    this.requestIdNext = options.auth.side === "connector" ? 1 : 2;
    this.state = options.auth.side === "connector"
      ? { step: "connector-sent-hello", hello: helloFor(options.auth.credential, options.auth.cluster, new Uint8Array(nonceBytes)), credential: options.auth.credential }
      : { step: "acceptor-awaits-hello" };
  }

  get side(): ConnectionSide {
    return this.options.auth.side;
  }

  /** The peer's address, for logs. */
  get peer(): string {
    return this.options.peer;
  }

  /** Acceptor: who the peer proved to be (null until the handshake completes). */
  get principal(): Principal | null {
    return this.peerPrincipal;
  }

  /** Connector: the id the acceptor proved (null until the handshake completes). */
  get peerId(): string | null {
    return this.remoteId;
  }

  get open(): boolean {
    return this.state.step === "open" && !this.closed;
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

  /**
   * The socket is ready for bytes (TCP open, or the TLS handshake done): the connector says
   * Hello; both sides start the handshake clock.
   */
  start(): void {
    if (this.started || this.closed) return;
    this.started = true;
    this.handshakeTimer = setTimeout(() => {
      if (this.state.step !== "open") this.abort({ kind: "handshake-timeout" });
    }, this.options.handshakeTimeoutMs ?? handshakeTimeoutMsDefault);
    if (this.state.step === "connector-sent-hello") {
      const hello = helloFor(this.state.credential, this.state.hello.cluster, this.random(nonceBytes));
      this.state = { ...this.state, hello };
      this.sendPlain({ handshakeHello: helloToWire(hello) });
    }
  }

  /** Resolves once the handshake completes (ok) or the connection closes first (the reason). */
  whenOpen(): Promise<Result<void, ChannelError>> {
    if (this.state.step === "open" && !this.closed) return Promise.resolve(ok(undefined));
    if (this.closed) return Promise.resolve(err(this.closedError()));
    return new Promise((resolve) => this.openWaiters.push(resolve));
  }

  /** Sends now or not at all: `busy` when the outbox has no room (or others wait for it). */
  send(shape: EnvelopeShape): Result<void, ChannelError> {
    const draft = this.draftOf(shape);
    if (!draft.ok) return draft;
    if (this.closed) return err(this.closedError());
    if (this.waiters.size > 0 || !this.outbox.hasRoom(draft.value.bytes)) return err(new ChannelError("busy"));
    this.pushDraft(draft.value);
    return ok(undefined);
  }

  /**
   * Sends, waiting up to `timeoutMs` for outbox room; order among waiting senders is kept.
   * `release`, when given, is called once the connection holds none of the message's payload
   * buffers any more (written to the socket, or dropped: refused, timed out, closed), so their
   * owner may reuse them; it is called exactly once, whatever the outcome.
   */
  sendAsync(shape: EnvelopeShape, timeoutMs: number, release?: () => void): Promise<Result<void, ChannelError>> {
    assertWaitMs(timeoutMs);
    const refused = (error: ChannelError): Promise<Result<void, ChannelError>> => {
      release?.();
      return Promise.resolve(err(error));
    };
    const draft = this.draftOf(shape);
    if (!draft.ok) return refused(draft.error);
    if (this.closed) return refused(this.closedError());
    if (this.waiters.size === 0 && this.outbox.hasRoom(draft.value.bytes)) {
      this.pushDraft(draft.value, release);
      return Promise.resolve(ok(undefined));
    }
    if (this.waiters.size >= sendWaitersMax) return refused(new ChannelError("send-waiters-max"));
    const key = this.waiterNext;
    this.waiterNext += 1;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        release?.();
        resolve(err(new ChannelError("busy", `no outbox room within ${timeoutMs} ms`)));
      }, timeoutMs);
      this.waiters.set(key, { draft: draft.value, resolve, timer, release });
    });
  }

  /**
   * Sends a request and resolves with the peer's response (whatever its body, including an
   * `error` envelope: interpreting it is the caller's job), or a ChannelError.
   */
  async request(shape: EnvelopeShape, timeoutMs: number): Promise<Result<Envelope, ChannelError>> {
    assertWaitMs(timeoutMs);
    if (this.closed) return err(this.closedError());
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

  /** Answers a request from the peer: the response carries the request's id. A one-way message has no one to answer. */
  reply(request: Envelope, shape: EnvelopeShape): Result<void, ChannelError> {
    const checked = this.answerable(request);
    if (!checked.ok) return checked;
    return this.send({ ...shape, requestId: request.requestId });
  }

  /** Like reply, waiting for outbox room (a large response to a slow reader); `release` as in sendAsync. */
  replyAsync(request: Envelope, shape: EnvelopeShape, timeoutMs: number, release?: () => void): Promise<Result<void, ChannelError>> {
    const checked = this.answerable(request);
    if (!checked.ok) {
      release?.();
      return Promise.resolve(checked);
    }
    return this.sendAsync({ ...shape, requestId: request.requestId }, timeoutMs, release);
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

  /** From the socket: bytes arrived. Never throws: a failure closes this connection only. */
  handleData(bytes: Uint8Array): void {
    if (this.closed) return;
    try {
      if (!this.sniffed) {
        this.sniffed = true;
        if (this.options.auth.side === "acceptor" && this.knockedOnWrongDoor(bytes)) return;
      }
      const pushed = this.decoder.push(bytes, (body) => this.handleFrame(body));
      if (pushed.ok) return;
      const kind = pushed.error.kind === "too-large" ? "frame-too-large" : "frame-truncated";
      this.abort({ kind, bodyBytes: pushed.error.bodyBytes });
    } catch (error: unknown) {
      // A bug in a handler must not leak the socket or take the process down.
      this.options.logger.error("net.handler-failed", { peer: this.peer, error });
      this.abort({ kind: "socket-error", detail: `handler failed: ${error instanceof Error ? error.message : String(error)}` });
    }
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
    if (this.handshakeTimer !== null) clearTimeout(this.handshakeTimer);
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.outbox.clear();
    const closedError = this.closedError();
    for (const [requestId, request] of this.pending) {
      clearTimeout(request.timer);
      this.pending.delete(requestId);
      request.resolve(err(closedError));
    }
    for (const [key, waiter] of this.waiters) {
      clearTimeout(waiter.timer);
      this.waiters.delete(key);
      waiter.release?.();
      waiter.resolve(err(closedError));
    }
    for (const resolve of this.openWaiters.splice(0)) resolve(err(closedError));
    assert(this.pending.size === 0, "no request outlives its connection");
    assert(this.waiters.size === 0, "no sender outlives its connection");
    this.options.logger.debug("net.connection-closed", { peer: this.peer, reason: finalReason.kind });
    this.options.onClose?.(this, finalReason);
  }

  /** Returns false to stop the decoder when this frame closed the connection. */
  private handleFrame(body: Uint8Array): boolean {
    const parts = parseFrame(body);
    if (!parts.ok) {
      this.abort({ kind: "envelope-undecodable", detail: parts.error });
      return false;
    }
    const { kind, tag, covered, envelope, segments } = parts.value;
    if (this.state.step === "connector-sent-proof" && kind === "sealed") return this.handleWelcome(tag, covered, envelope, segments);
    if (this.state.step !== "open") {
      if (kind !== "plain" || segments.length > 0) {
        this.abort({ kind: "handshake-refused", detail: "a sealed frame or payload before the handshake completed" });
        return false;
      }
      const decoded = decodeEnvelope(envelope);
      if (!decoded.ok) {
        this.abort({ kind: "envelope-undecodable", detail: decoded.error.message });
        return false;
      }
      this.handleHandshake(decoded.value);
      return !this.closed;
    }
    if (this.seal !== null) {
      if (kind !== "sealed" || tag === null || !this.seal.open(covered, tag)) {
        this.abort({ kind: "frame-tampered", detail: kind === "sealed" ? "the frame's tag does not match (altered, replayed, reordered or injected)" : "a plain frame on a sealed connection" });
        return false;
      }
    } else if (kind !== "plain") {
      this.abort({ kind: "frame-tampered", detail: "a sealed frame on an anonymous connection" });
      return false;
    }
    const decoded = decodeMessage(envelope, segments);
    if (!decoded.ok) {
      if (decoded.error.kind === "payload-mismatch") {
        // Whoever asked for this answer learns why it failed, so it can try another server.
        const answered = decodeEnvelope(envelope);
        if (answered.ok && this.isOwnRequestId(answered.value.requestId)) this.settleRequest(answered.value.requestId, err(new ChannelError("corrupt", decoded.error.message)));
        this.abort({ kind: "frame-tampered", detail: decoded.error.message });
      } else {
        this.abort({ kind: "envelope-undecodable", detail: decoded.error.message });
      }
      return false;
    }
    this.lastFrameMs = performance.now();
    const message = decoded.value;
    if (message.requestId !== 0 && this.isOwnRequestId(message.requestId)) {
      const settled = this.settleRequest(message.requestId, ok(message));
      // A response after its request timed out: expected under load, harmless.
      if (!settled) this.options.logger.debug("net.response-late", { peer: this.peer, requestId: message.requestId });
      return !this.closed;
    }
    if (message.requestId !== 0) {
      if (this.inbound.size >= requestsOutstandingMax || this.inbound.has(message.requestId)) {
        this.abort({ kind: "envelope-undecodable", detail: `request ${message.requestId} beyond ${requestsOutstandingMax} outstanding, or repeated` });
        return false;
      }
      this.inbound.add(message.requestId);
    }
    if (message.body === "handshakeHello" || message.body === "handshakeChallenge" || message.body === "handshakeProof") {
      this.abort({ kind: "handshake-refused", detail: `${message.body} after the handshake` });
      return false;
    }
    this.options.onEnvelope(this, message);
    return !this.closed;
  }

  private handleHandshake(envelope: Envelope): void {
    const state = this.state;
    switch (state.step) {
      case "acceptor-awaits-hello": {
        if (envelope.body !== "handshakeHello") return this.refuse(`expected a handshake hello, got ${String(envelope.body)}`);
        const hello = helloFromWire(envelope.handshakeHello ?? {});
        if (!hello.ok) return this.refuse(hello.error);
        assert(this.options.auth.side === "acceptor", "only an acceptor awaits a hello");
        const accepted = acceptHello(hello.value, this.options.auth.secrets, this.random(nonceBytes), this.random(proofBytes));
        if (!accepted.ok) return this.refuse(accepted.error);
        this.state = { step: "acceptor-sent-challenge", pending: accepted.value };
        this.sendPlain({ handshakeChallenge: challengeToWire(accepted.value.challenge) });
        return;
      }
      case "acceptor-sent-challenge": {
        if (envelope.body !== "handshakeProof") return this.refuse(`expected a handshake proof, got ${String(envelope.body)}`);
        const proven = acceptProof(state.pending, proofFromWire(envelope.handshakeProof ?? {}));
        if (!proven.ok) return this.refuse(proven.error, state.pending.hello);
        this.peerPrincipal = proven.value.principal;
        this.becomeOpen(proven.value.keys, proven.value.principal.kind === "anonymous");
        // The first frame under the new keys: proves to the connector that it was accepted.
        this.send({ ack: {} });
        this.options.onOpen?.(this);
        return;
      }
      case "connector-sent-hello": {
        if (envelope.body === "error") return this.refused(envelope);
        if (envelope.body !== "handshakeChallenge") return this.refuse(`expected a handshake challenge, got ${String(envelope.body)}`);
        const challenge = challengeFromWire(envelope.handshakeChallenge ?? {});
        assert(this.options.auth.side === "connector", "only a connector sends a hello");
        const answered = answerChallenge(state.hello, challenge, state.credential, this.options.auth.expectedPeerId);
        if (!answered.ok) return this.refuse(answered.error);
        this.sendPlain({ handshakeProof: answered.value.proof });
        this.remoteId = challenge.acceptorId;
        this.state = { step: "connector-sent-proof" };
        if (answered.value.keys !== null) this.seal = new FrameSeal(answered.value.keys);
        return;
      }
      case "connector-sent-proof": {
        // The acceptor's verdict: an error in the clear, or an ack (sealed with the new keys,
        // handled in handleWelcome; in the clear only for an anonymous peer, who has no keys).
        if (envelope.body === "error") return this.refused(envelope);
        if (envelope.body === "ack" && this.seal === null) return this.becomeOpen(null, true);
        return this.refuse(`expected the server's sealed acknowledgement, got a plain ${String(envelope.body)}`);
      }
      case "open":
        return assert(false, "handled as a sealed frame");
      default:
        return assertNever(state);
    }
  }

  /** The connector's first sealed frame: the acceptor's ack under the new keys ends the handshake. */
  private handleWelcome(tag: Uint8Array | null, covered: Uint8Array, envelope: Uint8Array, segments: readonly Uint8Array[]): boolean {
    if (this.seal === null || tag === null || segments.length > 0 || !this.seal.open(covered, tag)) {
      this.abort({ kind: "frame-tampered", detail: "the server's acknowledgement does not carry the tag of this session" });
      return false;
    }
    const decoded = decodeEnvelope(envelope);
    if (!decoded.ok || decoded.value.body !== "ack") {
      this.abort({ kind: "handshake-refused", detail: "the server's first sealed frame is not an acknowledgement" });
      return false;
    }
    this.becomeOpen(null, false);
    return !this.closed;
  }

  /** The handshake is done: frames may now be as large as agreed (an anonymous peer's stay small). */
  private becomeOpen(keys: { readonly send: Uint8Array; readonly receive: Uint8Array } | null, anonymous: boolean): void {
    if (keys !== null) this.seal = new FrameSeal(keys);
    this.state = { step: "open" };
    if (this.handshakeTimer !== null) clearTimeout(this.handshakeTimer);
    this.handshakeTimer = null;
    this.decoder.setFrameBytesMax(anonymous ? Math.min(anonymousFrameBytesMax, this.frameBytesMax) : this.frameBytesMax);
    this.lastFrameMs = performance.now();
    this.armIdle();
    for (const resolve of this.openWaiters.splice(0)) resolve(ok(undefined));
  }

  /** We refuse the peer's handshake: tell it why in the clear (it proved nothing yet), log it, close. */
  private refuse(reason: string, hello?: Hello): void {
    const claimed = hello === undefined ? {} : { claimedKind: hello.kind, claimedId: hello.id };
    this.options.logger.warn("net.handshake-refused", { peer: this.peer, side: this.side, reason, ...claimed });
    if (this.options.auth.side === "acceptor") this.sendPlain({ error: { code: pb.ErrorCode.ERROR_UNAUTHORIZED, message: `handshake refused: ${reason}` } });
    this.abort({ kind: "handshake-refused", detail: reason }, false);
  }

  /** The peer refused our handshake. Its reason is unauthenticated: shown to the user, trusted for nothing. */
  private refused(envelope: Envelope): void {
    const reason = envelope.error?.message ?? "no reason given";
    this.options.logger.info("net.handshake-rejected", { peer: this.peer, reason });
    this.abort({ kind: "handshake-refused", detail: reason }, false);
  }

  private knockedOnWrongDoor(bytes: Uint8Array): boolean {
    const answer = wrongDoorAnswer(bytes, this.options.wrongDoorHint ?? "");
    if (answer === null) return false;
    this.options.logger.warn("net.wrong-door", { peer: this.peer, protocol: answer.protocol });
    if (answer.reply !== null) this.socket.write(answer.reply);
    this.abort({ kind: "wrong-door", detail: answer.protocol }, false);
    return true;
  }

  /** Closes for a protocol violation by the peer: logged with its reason, this connection only. */
  private abort(reason: CloseReason, log = true): void {
    if (this.closed) return;
    countFailure(reason, this.state.step === "open");
    if (log) this.options.logger.warn("net.connection-rejected", { peer: this.peer, reason: reason.kind, ...reasonFields(reason) });
    this.handleClosed(reason);
    // end() rather than terminate(): whatever we queued last (a refusal, an HTTP answer) still goes out.
    this.socket.end();
  }

  private sendPlain(shape: EnvelopeShape): void {
    const draft = draftFrame("plain", encodeEnvelope(shape), []);
    if (!this.outbox.hasRoom(draft.bodyBytes + frameHeaderBytes)) return this.abort({ kind: "local" });
    this.pushPieces(draft.pieces);
  }

  private draftOf(shape: EnvelopeShape): Result<Draft, ChannelError> {
    if (this.state.step !== "open") return err(new ChannelError("closed", "the handshake has not completed"));
    const message = encodeMessage(shape);
    const kind: FrameKind = this.seal === null ? "plain" : "sealed";
    const frame = draftFrame(kind, message.envelope, message.segments);
    const limit = this.decoder.frameBytesMax;
    if (frame.bodyBytes > limit) return err(new ChannelError("too-large", `frame of ${frame.bodyBytes} bytes exceeds ${limit}`));
    return ok({ frame, bytes: frame.bodyBytes + frameHeaderBytes });
  }

  /** Seals (taking the next sequence number) and queues: the order frames are sealed is the order they are written. */
  private pushDraft(draft: Draft, release?: () => void): void {
    if (draft.frame.tagSlot !== null) {
      assert(this.seal !== null, "a sealed frame has keys");
      draft.frame.tagSlot.set(this.seal.seal(draft.frame.covered));
    }
    this.pushPieces(draft.frame.pieces, release);
  }

  /**
   * Queues the pieces in order; `release` goes with the last one (the outbox writes them in
   * order). A small frame's pieces are joined first: each piece was its own send (and TCP
   * segment, and wakeup of the reader), so a small file's write (its envelope, then its bytes
   * as a payload segment) cost the queue server two sends per frame where one does; copying up
   * to coalescePiecesBytesMax is cheaper than a send. A big frame's payload is still written
   * from where it lies, uncopied.
   */
  private pushPieces(given: readonly Uint8Array[], givenRelease?: () => void): void {
    let pieces = given;
    let release = givenRelease;
    const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
    if (pieces.length > 1 && total <= coalescePiecesBytesMax) {
      const joined = new Uint8Array(total);
      let at = 0;
      for (const piece of pieces) {
        joined.set(piece, at);
        at += piece.length;
      }
      // The payload was copied: its owner may reuse it now.
      release?.();
      pieces = [joined];
      release = undefined;
    }
    let flushed: FlushResult = "drained";
    const last = pieces.findLastIndex((piece) => piece.length > 0);
    assert(last >= 0, "a frame has at least its header");
    for (const [i, piece] of pieces.entries()) {
      if (piece.length === 0) continue;
      flushed = this.outbox.push(piece, (data) => this.socket.write(data), i === last ? release : undefined);
    }
    assert(this.outbox.bytes <= this.outbox.bytesMax, "outbox within its bound");
    // A write on a socket that is already closing returns -1; its close callback follows.
    if (flushed === "closed") this.options.logger.debug("net.write-on-closed", { peer: this.peer });
  }

  private admitWaiters(): void {
    // Bounded by sendWaitersMax: each turn admits one waiter or stops.
    for (const [key, waiter] of this.waiters) {
      if (!this.outbox.hasRoom(waiter.draft.bytes)) return;
      this.waiters.delete(key);
      clearTimeout(waiter.timer);
      this.pushDraft(waiter.draft, waiter.release);
      waiter.resolve(ok(undefined));
      if (this.closed) return;
    }
  }

  private answerable(request: Envelope): Result<void, ChannelError> {
    // A one-way message (or our own id) cannot be answered: say so to the caller, never throw
    // inside a socket handler (a "Hello" sent one-way once leaked sockets that way).
    if (request.requestId === 0 || this.isOwnRequestId(request.requestId)) {
      return err(new ChannelError("closed", `request ${request.requestId} cannot be answered`));
    }
    this.inbound.delete(request.requestId);
    return ok(undefined);
  }

  private armIdle(): void {
    const idleMs = this.options.idleTimeoutMs ?? null;
    if (idleMs === null || this.closed) return;
    const dueIn = Math.max(1, this.lastFrameMs + idleMs - performance.now());
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      const busy = this.pending.size > 0 || this.inbound.size > 0 || !this.outbox.empty();
      if (!busy && performance.now() - this.lastFrameMs >= idleMs) {
        this.options.logger.info("net.idle-closed", { peer: this.peer, idleMs });
        this.handleClosed({ kind: "idle" });
        this.socket.end();
        return;
      }
      if (busy) this.lastFrameMs = performance.now();
      this.armIdle();
    }, dueIn);
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
    return (requestId % 2 === 1) === (this.options.auth.side === "connector");
  }

  private random(bytes: number): Uint8Array {
    return this.options.random?.(bytes) ?? new Uint8Array(randomBytes(bytes));
  }

  private closedError(): ChannelError {
    const reason = this.closeReason;
    if (reason !== null && reason.kind === "handshake-refused") return new ChannelError("refused", reason.detail);
    if (reason !== null && reason.kind === "handshake-timeout") return new ChannelError("refused", "the handshake did not complete in time");
    return new ChannelError("closed", `connection to ${this.peer} closed${reason === null ? "" : ` (${reason.kind})`}`);
  }
}

/** The handshake-failure metric: what strangers and tamperers tried (docs/http.md). */
function countFailure(reason: CloseReason, open: boolean): void {
  const label = reason.kind === "handshake-refused" ? "refused"
    : reason.kind === "handshake-timeout" ? "timeout"
    : reason.kind === "frame-tampered" ? "tampered"
    : reason.kind === "wrong-door" ? "wrong-door"
    : reason.kind === "frame-too-large" && !open ? "oversized"
    : null;
  if (label !== null) netMetrics.handshakeFailures.with({ reason: label }).inc();
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
    case "frame-tampered":
    case "handshake-refused":
    case "wrong-door":
    case "socket-error":
      return { detail: reason.detail };
    case "local":
    case "remote":
    case "handshake-timeout":
    case "idle":
      return {};
    default:
      return assertNever(reason);
  }
}
