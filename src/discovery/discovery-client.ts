/**
 * The node side of discovery: a node that starts without a known cluster broadcasts a signed
 * Add_Node_Request to broadcastAddress:discoveryPort and repeats it, with exponential backoff
 * and equal jitter (src/net/backoff.ts), until someone answers. The answer does not come here:
 * the queue server connects to the node's command port and sends an EdgeList, and the node
 * then calls `stop()`. Every attempt is signed afresh (new nonce, new timestamp), so a retry is
 * never mistaken for a replay and never goes stale.
 *
 * Bounded: after `attemptsMax` datagrams or `elapsedMsMax` of waiting, `done` resolves with a
 * typed `gave-up` error and the node decides (exit with a message, or start again).
 */
import { randomBytes } from "node:crypto";
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { backoffDelayMs, type BackoffPolicy } from "../net/backoff";
import type { Logger } from "../net/logger-port";
import { broadcastAddress as limitedBroadcastAddress, UdpEndpoint } from "../net/udp";
import { nonceBytes, signAddNodeRequest } from "./add-node-request";
import { DiscoveryError } from "./discovery-error";
import { discoveryPortDefault } from "./discovery-server";

/** The first retry comes within a quarter second: a queue server that is up answers at once. */
export const discoveryDelayMsBaseDefault = 250;
/** Then at most one datagram (and one log line) per ten seconds while nobody answers. */
export const discoveryDelayMsCapDefault = 10_000;
/** Give up after an hour unanswered: by then an operator has to look. */
export const discoveryElapsedMsMaxDefault = 60 * 60 * 1000;
/** Enough attempts that the time bound, not this one, ends a normal wait. */
export const discoveryAttemptsMaxDefault = 1_000;

assert(discoveryDelayMsBaseDefault <= discoveryDelayMsCapDefault, "the base delay is within the cap");
assert(
  discoveryAttemptsMaxDefault * (discoveryDelayMsCapDefault / 2) >= discoveryElapsedMsMaxDefault,
  "even at the shortest capped delay, the attempts last for the whole time bound",
);

export interface DiscoveryClientOptions {
  readonly nodeId: string;
  /** How the queue server reaches this node's command port. */
  readonly host: string;
  readonly commandPort: number;
  readonly cluster: string;
  readonly secret: string;
  /** Default 255.255.255.255; tests send to 127.0.0.1. */
  readonly broadcastAddress?: string;
  readonly discoveryPort?: number;
  readonly logger: Logger;
  /** In [0, 1): the jitter source (a seeded Prng's nextFloat in tests). */
  readonly random: () => number;
  /** Wall clock for the requests' timestamps (ms since the epoch). */
  readonly nowMs?: () => number;
  readonly delayMsBase?: number;
  readonly delayMsCap?: number;
  readonly attemptsMax?: number;
  readonly elapsedMsMax?: number;
}

export interface DiscoveryOutcome {
  /** Datagrams sent before `stop()`. */
  readonly attempts: number;
}

export class DiscoveryClient {
  private attemptCount = 0;
  private stopped = false;
  private wake: (() => void) | null = null;
  /** Resolves when `stop()` is called (ok) or a bound is hit (gave-up). */
  readonly done: Promise<Result<DiscoveryOutcome, DiscoveryError>>;

  private constructor(private readonly options: DiscoveryClientOptions, private readonly endpoint: UdpEndpoint) {
    this.done = this.run().finally(() => endpoint.close());
  }

  static async start(options: DiscoveryClientOptions): Promise<Result<DiscoveryClient, DiscoveryError>> {
    assert(Number.isInteger(options.commandPort) && options.commandPort > 0 && options.commandPort <= 65_535, "commandPort is 1..65535");
    assert(options.secret.length > 0, "the cluster secret is not empty");
    // Send-only, any port; SO_BROADCAST is needed for 255.255.255.255 and harmless otherwise.
    const bound = await UdpEndpoint.bind({ broadcast: true, logger: options.logger });
    if (!bound.ok) return err(new DiscoveryError("bind-failed", "discovery client socket", { cause: bound.error }));
    return ok(new DiscoveryClient(options, bound.value));
  }

  get attempts(): number {
    return this.attemptCount;
  }

  /** Ends the wait: the node got its EdgeList. Idempotent. */
  stop(): void {
    this.stopped = true;
    this.wake?.();
  }

  private async run(): Promise<Result<DiscoveryOutcome, DiscoveryError>> {
    const attemptsMax = this.options.attemptsMax ?? discoveryAttemptsMaxDefault;
    const elapsedMsMax = this.options.elapsedMsMax ?? discoveryElapsedMsMaxDefault;
    const policy: BackoffPolicy = {
      delayMsBase: this.options.delayMsBase ?? discoveryDelayMsBaseDefault,
      delayMsCap: this.options.delayMsCap ?? discoveryDelayMsCapDefault,
    };
    assert(Number.isInteger(attemptsMax) && attemptsMax > 0, "attemptsMax is a positive integer");
    assert(elapsedMsMax > 0, "elapsedMsMax is positive");
    const startedMs = performance.now();
    // Bounded by attemptsMax; also ends on stop() or the time bound.
    for (let attempt = 0; attempt < attemptsMax && !this.stopped; attempt += 1) {
      this.sendOnce();
      const elapsedMs = performance.now() - startedMs;
      const delayMs = Math.min(backoffDelayMs(attempt, this.options.random, policy), Math.max(0, elapsedMsMax - elapsedMs));
      this.options.logger.info("discovery.waiting", {
        attempt: attempt + 1, nextDelayMs: delayMs, target: this.target(), cluster: this.options.cluster,
      });
      if (delayMs <= 0) break;
      await this.sleep(delayMs);
    }
    if (this.stopped) return ok({ attempts: this.attemptCount });
    const detail = `no edge list after ${this.attemptCount} attempts in ${Math.round(performance.now() - startedMs)} ms`;
    this.options.logger.error("discovery.gave-up", { attempts: this.attemptCount, target: this.target() });
    return err(new DiscoveryError("gave-up", detail));
  }

  private sendOnce(): void {
    const { options } = this;
    const bytes = signAddNodeRequest({
      nodeId: options.nodeId,
      host: options.host,
      port: options.commandPort,
      cluster: options.cluster,
      nonce: new Uint8Array(randomBytes(nonceBytes)),
      timestampMs: Math.round((options.nowMs ?? Date.now)()),
    }, options.secret);
    this.attemptCount += 1;
    const sent = this.endpoint.send(bytes, options.discoveryPort ?? discoveryPortDefault, options.broadcastAddress ?? limitedBroadcastAddress);
    // A lost datagram is normal for UDP (no route yet, link down): the next attempt follows.
    if (!sent.ok) options.logger.warn("discovery.send-failed", { target: this.target(), error: sent.error });
  }

  private sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, delayMs);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }

  private target(): string {
    return `${this.options.broadcastAddress ?? limitedBroadcastAddress}:${this.options.discoveryPort ?? discoveryPortDefault}`;
  }
}
