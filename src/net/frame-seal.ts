/**
 * Sealing frames after the handshake: every frame's `covered` bytes (lengths and envelope, see
 * src/wire/frame-body.ts) carry a tag, HMAC-SHA256(direction key, sequence ‖ covered) cut to
 * 16 bytes. The sequence number counts frames per direction and is never sent: a frame that is
 * replayed, dropped, reordered or moved to another connection (whose keys differ) fails its
 * tag, and so does any changed byte of the envelope. Payload segments are bound through the
 * SHA-256 digests the envelope carries for them (checked by the codec), so sealing costs one
 * small MAC per frame, not a second pass over the chunk bytes.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { assert } from "../lib/assert";
import type { FrameKeys } from "../auth/handshake";
import { frameTagBytes } from "../wire/frame-body";

/**
 * For bench/cluster.ts only: measures what sealing costs by turning the tags off (every tag is
 * zero and accepted). Payload digests are still checked. Both ends must agree, or every frame
 * fails; a process started with it says so loudly (src/cli/run.ts). Never set it elsewhere.
 */
export const unsealedFramesVariable = "GOSSAMER_INSECURE_UNSEALED_FRAMES";

export function framesUnsealed(): boolean {
  return process.env[unsealedFramesVariable] === "1";
}

export class FrameSeal {
  private readonly off = framesUnsealed();
  private sendSequence = 0n;
  private receiveSequence = 0n;
  private readonly sequence = new DataView(new ArrayBuffer(8));

  constructor(private readonly keys: FrameKeys) {
    assert(keys.send.length >= 32 && keys.receive.length >= 32, "frame keys are 32 bytes");
  }

  /** The tag of the next frame we send. */
  seal(covered: Uint8Array): Uint8Array {
    const tag = this.tag(this.keys.send, this.sendSequence, covered);
    this.sendSequence += 1n;
    return tag;
  }

  /** Whether the next frame received carries the tag it should; false means tampered. */
  open(covered: Uint8Array, tag: Uint8Array): boolean {
    const expected = this.tag(this.keys.receive, this.receiveSequence, covered);
    this.receiveSequence += 1n;
    return tag.length === frameTagBytes && timingSafeEqual(expected, tag);
  }

  private tag(key: Uint8Array, sequence: bigint, covered: Uint8Array): Uint8Array {
    if (this.off) return new Uint8Array(frameTagBytes);
    this.sequence.setBigUint64(0, sequence);
    const digest = createHmac("sha256", key).update(new Uint8Array(this.sequence.buffer)).update(covered).digest();
    return new Uint8Array(digest.buffer, digest.byteOffset, frameTagBytes);
  }
}
