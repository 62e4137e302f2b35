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

export class FrameSeal {
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
    this.sequence.setBigUint64(0, sequence);
    const digest = createHmac("sha256", key).update(new Uint8Array(this.sequence.buffer)).update(covered).digest();
    return new Uint8Array(digest.buffer, digest.byteOffset, frameTagBytes);
  }
}
