/**
 * The replay cache of the discovery gateway: the nonces of requests accepted recently.
 *
 * Bounded in two ways. In time: an entry is kept until its request's own timestamp is more
 * than `freshnessWindowMs` old, because from then on a replay of that request is refused as
 * stale before the cache is asked; forgetting it earlier would let a replay through. In
 * space: at most `capacity` entries. When the cache is full of entries still inside the
 * window it refuses new nonces ("full") rather than evicting a live one, since an evicted live
 * nonce could be replayed. Only holders of the secret can add entries (the HMAC is checked
 * first), and their nodes retry with a fresh nonce, so refusing is the safe and cheap choice.
 *
 * Pure: time is a parameter.
 */
import { assert } from "../lib/assert";
import { freshnessWindowMs, nonceBytes } from "./add-node-request";

export const nonceCacheCapacityDefault = 4_096;
/** How long past its request's timestamp an entry is kept. */
export const nonceRetentionMs = freshnessWindowMs;

assert(nonceRetentionMs >= freshnessWindowMs, "a nonce is remembered while its request could still pass as fresh");
assert(nonceCacheCapacityDefault > 0, "the cache can remember a nonce");

export type NonceAdmission = "recorded" | "replay" | "full";

export class NonceCache {
  /** Nonce (hex) → the time after which its request is stale, so the entry may go. */
  private readonly expiries = new Map<string, number>();
  /** No entry expires before this; lets a full cache skip sweeps that would free nothing. */
  private expiryMsEarliest = Number.POSITIVE_INFINITY;

  constructor(readonly capacity: number = nonceCacheCapacityDefault, readonly retentionMs: number = nonceRetentionMs) {
    assert(Number.isInteger(capacity) && capacity > 0, "capacity is a positive integer");
    assert(retentionMs >= freshnessWindowMs, "retention covers the freshness window");
  }

  get size(): number {
    return this.expiries.size;
  }

  /**
   * Records `nonce` of a request stamped `timestampMs` unless it was seen already. A found
   * nonce is a replay even if its entry has expired: the caller refuses stale requests first,
   * so that case only arises if the clock stepped back, and refusing is then the safe answer.
   */
  admit(nonce: Uint8Array, timestampMs: number, nowMs: number): NonceAdmission {
    assert(nonce.length === nonceBytes, "the gateway checked the nonce length");
    assert(Number.isSafeInteger(timestampMs) && Number.isSafeInteger(nowMs), "times are integers");
    const key = Array.from(nonce, (byte) => byte.toString(16).padStart(2, "0")).join("");
    if (this.expiries.has(key)) return "replay";
    if (this.expiries.size >= this.capacity) this.sweep(nowMs);
    if (this.expiries.size >= this.capacity) return "full";
    const expiryMs = timestampMs + this.retentionMs;
    this.expiries.set(key, expiryMs);
    this.expiryMsEarliest = Math.min(this.expiryMsEarliest, expiryMs);
    assert(this.expiries.size <= this.capacity, "the cache stays within its capacity");
    return "recorded";
  }

  /** Drops every entry whose request is stale at `nowMs`. Bounded by `capacity`. */
  sweep(nowMs: number): void {
    if (nowMs <= this.expiryMsEarliest) return;
    let earliest = Number.POSITIVE_INFINITY;
    for (const [key, expiryMs] of this.expiries) {
      if (expiryMs < nowMs) this.expiries.delete(key);
      else earliest = Math.min(earliest, expiryMs);
    }
    this.expiryMsEarliest = earliest;
    assert(this.expiries.size === 0 || earliest >= nowMs, "no expired entry survives a sweep");
  }
}
