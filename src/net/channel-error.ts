/**
 * Operating errors of a channel. Each is expected and handled by the caller:
 * - `busy`: the outbox has no room now (send) or did not get room in time (sendAsync);
 *   retry later, the connection is fine.
 * - `timeout`: no response within the deadline; the request may or may not have run.
 * - `closed`: the connection is gone (or closed while waiting).
 * - `too-large`: the envelope encodes to more than the channel's frameBytesMax.
 * - `requests-outstanding-max` / `send-waiters-max`: too many in flight already.
 * - `connect-failed`: no connection could be established; `listen-failed`: could not bind.
 * - `corrupt`: the answer's payload did not match the digest it named (corrupt at the sender, or
 *   altered on the way); the connection is closed, another server may have a good copy.
 * - `refused`: the handshake failed (wrong secret or key, wrong cluster, not the expected peer,
 *   or too slow); no other server of the same cluster would accept it either.
 */
export type ChannelErrorKind =
  | "busy"
  | "timeout"
  | "closed"
  | "too-large"
  | "requests-outstanding-max"
  | "send-waiters-max"
  | "connect-failed"
  | "listen-failed"
  | "refused"
  | "corrupt";

export class ChannelError extends Error {
  override readonly name = "ChannelError";
  constructor(readonly kind: ChannelErrorKind, detail?: string, options?: { readonly cause: unknown }) {
    super(detail === undefined ? kind : `${kind}: ${detail}`, options);
  }
}
