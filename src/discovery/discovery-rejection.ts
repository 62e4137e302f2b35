/**
 * Why a discovery datagram was refused. Every reason is an operating error (the world sent
 * us something we will not act on), so it is a typed value the server counts and logs at a
 * bounded rate; none of them is ever thrown past the gateway.
 */
export const discoveryRejectionReasons = [
  "oversize", // more bytes than discoveryDatagramBytesMax
  "malformed", // not a protobuf AddNodeRequest, or not its canonical encoding
  "invalid-field", // decodes, but a field is out of bounds (id, host, port, nonce, ...)
  "wrong-cluster", // signed for another cluster
  "bad-hmac", // the MAC does not match the cluster secret
  "stale", // timestamp older than the freshness window
  "future", // timestamp further ahead than the freshness window
  "replay", // nonce already seen within the window
  "nonce-cache-full", // too many fresh requests at once to remember them all
  "busy", // too many answers already in flight
  "already-answering", // this node id is being answered right now
] as const;

export type DiscoveryRejectionReason = (typeof discoveryRejectionReasons)[number];

export class DiscoveryRejection extends Error {
  override readonly name = "DiscoveryRejection";
  constructor(readonly reason: DiscoveryRejectionReason, detail: string) {
    super(`${reason}: ${detail}`);
  }
}
