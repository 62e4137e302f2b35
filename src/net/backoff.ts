/**
 * Reconnect delays: exponential with jitter, capped. The ceiling doubles per failed attempt
 * from `delayMsBase` up to `delayMsCap`; the delay is drawn uniformly from the upper half of
 * it ("equal jitter"), so delays still grow while clients that lost the same server at the
 * same moment spread out instead of reconnecting in lockstep. The random source is injected
 * (a seeded Prng in tests and simulation).
 */
import { assert } from "../lib/assert";

export interface BackoffPolicy {
  /** Ceiling of the first retry's delay, in ms. */
  readonly delayMsBase: number;
  /** No delay exceeds this, in ms. */
  readonly delayMsCap: number;
}

export const reconnectDelayMsBaseDefault = 50;
export const reconnectDelayMsCapDefault = 5_000;
/** Past this exponent the ceiling is the cap anyway; stops 2^attempt from overflowing. */
const attemptExponentMax = 30;

assert(reconnectDelayMsBaseDefault > 0, "the base delay is positive");
assert(reconnectDelayMsBaseDefault <= reconnectDelayMsCapDefault, "the base delay is within the cap");
assert(reconnectDelayMsCapDefault <= 60_000, "a restarted server is found within a minute");

export const backoffDefault: BackoffPolicy = {
  delayMsBase: reconnectDelayMsBaseDefault,
  delayMsCap: reconnectDelayMsCapDefault,
};

/** The delay before retry number `attempt` (0 for the first retry after a failure). */
export function backoffDelayMs(attempt: number, random: () => number, policy: BackoffPolicy = backoffDefault): number {
  assert(Number.isInteger(attempt) && attempt >= 0, "attempt is a non-negative integer");
  assert(policy.delayMsBase > 0, "delayMsBase is positive");
  assert(policy.delayMsBase <= policy.delayMsCap, "delayMsBase is within delayMsCap");
  const ceiling = Math.min(policy.delayMsCap, policy.delayMsBase * 2 ** Math.min(attempt, attemptExponentMax));
  const draw = random();
  assert(draw >= 0 && draw < 1, "random() returns a value in [0, 1)");
  const delay = ceiling / 2 + (draw * ceiling) / 2;
  assert(delay <= policy.delayMsCap, "the delay respects the cap");
  return Math.round(delay);
}
