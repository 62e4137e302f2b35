/**
 * A peer that speaks the protocol by hand over a raw Bun socket, for tests that must do what
 * the Connection class never would: dribble bytes, write garbage, replay a recorded
 * conversation, flip a bit in a sealed frame. It runs the real handshake functions
 * (src/auth/handshake.ts) and seals frames with the real FrameSeal, so what it writes is what
 * a well-behaved peer writes until the test makes it otherwise.
 */
import { randomBytes } from "node:crypto";
import { answerChallenge, helloFor, nonceBytes, type Credential, type FrameKeys } from "../../src/auth/handshake";
import { FrameSeal } from "../../src/net/frame-seal";
import { decodeEnvelope, decodeMessage, encodeEnvelope, encodeMessage, type Envelope, type EnvelopeShape } from "../../src/wire/codec";
import { draftFrame, parseFrame } from "../../src/wire/frame-body";
import { FrameDecoder, frameBytesMaxLimit } from "../../src/wire/framing";
import { challengeFromWire, helloToWire } from "../../src/wire/handshake-codec";

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The bytes of a plain (unsealed) frame. */
export function plainFrame(shape: EnvelopeShape): Uint8Array {
  return concat(draftFrame("plain", encodeEnvelope(shape), []).pieces);
}

export class RawPeer {
  /** Every byte this peer wrote, in order: a recording an attacker could have made off the wire. */
  readonly sent: Uint8Array[] = [];
  /** Every byte the server sent back. */
  readonly heard: Uint8Array[] = [];
  readonly envelopes: Envelope[] = [];
  private readonly decoder = new FrameDecoder(frameBytesMaxLimit);
  private seal: FrameSeal | null = null;
  private isClosed = false;
  private waiters: (() => void)[] = [];

  private constructor(private readonly socket: { write(bytes: Uint8Array): number; end(): void }) {}

  static async open(port: number, hostname = "127.0.0.1"): Promise<RawPeer> {
    let peer: RawPeer | null = null;
    const socket = await Bun.connect({
      hostname, port,
      socket: {
        data: (_socket, bytes) => peer?.onData(new Uint8Array(bytes)),
        close: () => peer?.onClose(),
        error: () => peer?.onClose(),
      },
    });
    peer = new RawPeer(socket);
    return peer;
  }

  /** Runs the real handshake; resolves with the frame keys (null if refused: see `envelopes`). */
  async handshake(cluster: string, credential: Credential, timeoutMs = 5_000): Promise<FrameKeys | null> {
    const hello = helloFor(credential, cluster, new Uint8Array(randomBytes(nonceBytes)));
    this.write(plainFrame({ handshakeHello: helloToWire(hello) }));
    const challenge = await this.next(timeoutMs);
    if (challenge?.body !== "handshakeChallenge") return null;
    const answered = answerChallenge(hello, challengeFromWire(challenge.handshakeChallenge ?? {}), credential, null);
    if (!answered.ok) return null;
    this.write(plainFrame({ handshakeProof: answered.value.proof }));
    if (answered.value.keys === null) return null;
    this.seal = new FrameSeal(answered.value.keys);
    const welcome = await this.next(timeoutMs);
    return welcome?.body === "ack" ? answered.value.keys : null;
  }

  /** The bytes of the next sealed frame (taking the next sequence number); not written. */
  sealed(shape: EnvelopeShape): Uint8Array {
    if (this.seal === null) throw new Error("no session keys: handshake first");
    const message = encodeMessage(shape);
    const draft = draftFrame("sealed", message.envelope, message.segments);
    draft.tagSlot?.set(this.seal.seal(draft.covered));
    return concat(draft.pieces);
  }

  write(bytes: Uint8Array): number {
    this.sent.push(bytes);
    return this.socket.write(bytes);
  }

  /** The next envelope from the server, or null when it closes or the time runs out. */
  async next(timeoutMs = 5_000): Promise<Envelope | null> {
    const deadline = performance.now() + timeoutMs;
    const seen = this.consumed;
    while (this.envelopes.length <= seen && !this.isClosed && performance.now() < deadline) {
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 20);
      });
    }
    if (this.envelopes.length <= seen) return null;
    this.consumed += 1;
    return this.envelopes[seen] ?? null;
  }

  closed(): boolean {
    return this.isClosed;
  }

  /** Resolves true once the server has closed the connection. */
  async waitClosed(timeoutMs = 10_000): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (!this.isClosed && performance.now() < deadline) await Bun.sleep(10);
    return this.isClosed;
  }

  end(): void {
    this.socket.end();
  }

  private consumed = 0;

  private onData(bytes: Uint8Array): void {
    this.heard.push(bytes.slice());
    this.decoder.push(bytes, (body) => {
      const parts = parseFrame(body);
      if (!parts.ok) return;
      const { kind, tag, covered, envelope, segments } = parts.value;
      if (kind === "sealed" && (this.seal === null || tag === null || !this.seal.open(covered, tag))) return;
      const decoded = kind === "sealed" ? decodeMessage(envelope, segments) : decodeEnvelope(envelope);
      if (decoded.ok) this.envelopes.push(decoded.value);
    });
    for (const wake of this.waiters.splice(0)) wake();
  }

  private onClose(): void {
    this.isClosed = true;
    for (const wake of this.waiters.splice(0)) wake();
  }
}
