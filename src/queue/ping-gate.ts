/**
 * How many global pings the queue server takes on. A ping travels the ring of clusters and
 * costs the leader a ping of each of its nodes, and anyone may ask for one (it crosses
 * clusters that hold different secrets, so it is asked for anonymously). So pings never
 * share the Leader Queue's room with writes beyond a small, fixed share, and strangers' pings
 * are rate-limited: a flood of them is answered "busy" at the door and costs nothing else.
 * Pure: time comes in as `nowMs`.
 */
import { assert } from "../lib/assert";

/** Pings on the Leader Queue (queued or being answered) at once, from anyone. */
export const pingsInFlightMax = 8;
/** Anonymous pings admitted per second, on average, and in a burst. */
export const anonymousPingsPerSecond = 5;
export const anonymousPingBurst = 10;
/** The retry hint given with "busy". */
export const pingBusyRetryMs = 1_000;

assert(pingsInFlightMax > 0 && anonymousPingBurst >= 1 && anonymousPingsPerSecond > 0, "pings can be taken at all");

export type PingAdmission = { readonly admitted: true } | { readonly admitted: false; readonly reason: "rate" | "in-flight"; readonly retryAfterMs: number };

export class PingGate {
  private inFlight = 0;
  private tokens = anonymousPingBurst;
  private refilledAtMs: number | null = null;

  get pingsInFlight(): number {
    return this.inFlight;
  }

  /** A ping wants a place on the Leader Queue; the caller calls `finished` once it is answered. */
  admit(anonymous: boolean, nowMs: number): PingAdmission {
    if (anonymous) {
      this.refill(nowMs);
      if (this.tokens < 1) return { admitted: false, reason: "rate", retryAfterMs: pingBusyRetryMs };
    }
    if (this.inFlight >= pingsInFlightMax) return { admitted: false, reason: "in-flight", retryAfterMs: pingBusyRetryMs };
    if (anonymous) this.tokens -= 1;
    this.inFlight += 1;
    assert(this.inFlight <= pingsInFlightMax, "pings in flight within their bound");
    return { admitted: true };
  }

  finished(): void {
    assert(this.inFlight > 0, "a ping finishes only after it was admitted");
    this.inFlight -= 1;
  }

  private refill(nowMs: number): void {
    if (this.refilledAtMs !== null) {
      const elapsedMs = Math.max(0, nowMs - this.refilledAtMs);
      this.tokens = Math.min(anonymousPingBurst, this.tokens + (elapsedMs * anonymousPingsPerSecond) / 1000);
    }
    this.refilledAtMs = nowMs;
  }
}
