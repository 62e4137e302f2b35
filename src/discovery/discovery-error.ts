/**
 * Operating errors of discovery's I/O edge, as typed values:
 * - `bind-failed`: the UDP port could not be bound (in use, no permission).
 * - `connect-failed` / `channel`: the queue server could not reach a node's command port, or
 *   the connection failed mid-way (timeout, closed).
 * - `refused`: the node answered, but not with an ack (wrong secret, not expecting us).
 * - `gave-up`: a node's discovery client hit its bound on attempts or time, unanswered.
 */
export type DiscoveryErrorKind = "bind-failed" | "connect-failed" | "channel" | "refused" | "gave-up";

export class DiscoveryError extends Error {
  override readonly name = "DiscoveryError";
  constructor(readonly kind: DiscoveryErrorKind, detail: string, options?: { readonly cause: unknown }) {
    super(`${kind}: ${detail}`, options);
  }
}
