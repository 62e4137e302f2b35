/**
 * A property the simulator checks was broken. Thrown from the checks and caught once, by the
 * run, which adds the seed, the replay command and the trace tail.
 */
export type ViolationKind =
  | "election-safety"
  | "log-matching"
  | "leader-append-only"
  | "leader-completeness"
  | "state-machine-safety"
  | "linearizability"
  | "liveness"
  | "ready-contract"
  | "core-assertion";

export class SimViolation extends Error {
  override readonly name = "SimViolation";
  constructor(
    readonly kind: ViolationKind,
    detail: string,
  ) {
    super(`${kind}: ${detail}`);
  }
}
