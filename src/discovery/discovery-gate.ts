/**
 * The whole admission decision for one discovery datagram: verify it (size, shape, cluster,
 * HMAC, freshness), then remember its nonce so the same datagram is never admitted twice.
 * The nonce is recorded only after the HMAC passed, so nobody without the secret can fill
 * the cache, and only after the freshness check, so every entry is one the cache must keep.
 *
 * Pure: the clock is a parameter; the server (discovery-server.ts) is the I/O around it.
 */
import { assert, assertNever } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { verifyAddNodeRequest, type ValidRequest } from "./add-node-request";
import { DiscoveryRejection } from "./discovery-rejection";
import { NonceCache } from "./nonce-cache";

export interface DiscoveryGateOptions {
  readonly secret: string;
  readonly cluster: string;
  readonly nonceCacheCapacity?: number;
}

export class DiscoveryGate {
  private readonly nonces: NonceCache;

  constructor(private readonly options: DiscoveryGateOptions) {
    assert(options.secret.length > 0, "the cluster secret is not empty");
    assert(options.cluster.length > 0, "the cluster id is not empty");
    this.nonces = new NonceCache(options.nonceCacheCapacity);
  }

  get noncesRemembered(): number {
    return this.nonces.size;
  }

  admit(bytes: Uint8Array, nowMs: number): Result<ValidRequest, DiscoveryRejection> {
    const verified = verifyAddNodeRequest(bytes, { secret: this.options.secret, cluster: this.options.cluster, nowMs });
    if (!verified.ok) return verified;
    const request = verified.value;
    assert(request.cluster === this.options.cluster, "verification checked the cluster");
    const admission = this.nonces.admit(request.nonce, request.timestampMs, nowMs);
    switch (admission) {
      case "recorded":
        return ok(request);
      case "replay":
        return err(new DiscoveryRejection("replay", `nonce from node ${JSON.stringify(request.nodeId)} seen before`));
      case "full":
        return err(new DiscoveryRejection("nonce-cache-full", `${this.nonces.capacity} fresh nonces remembered`));
      default:
        return assertNever(admission);
    }
  }
}
