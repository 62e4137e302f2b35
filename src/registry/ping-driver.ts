/**
 * What a leader does with a global ping, over ports it is given (the registry's ring, its own
 * nodes, a way to forward to another cluster's queue server). It runs the steps of
 * ping-route.ts and adds the I/O bounds: every forward is cut off at `forwardWaitMs`, whatever
 * the port does, so an unreachable or hung cluster is reported and skipped, never waited on
 * forever; a registry that cannot be read ends the ping here with the reason.
 *
 * Round trips: a hop's `rttUs` is the round trip from the step before it to that cluster. The
 * forwarding leader fills it in for the cluster it forwarded to (the port reports how long
 * reaching that queue server took); the origin's hop starts at 0 and the queue server that took
 * the client's request may fill in its own measure.
 */
import { assert } from "../lib/assert";
import { describeCause } from "./errors";
import {
  arrivalAnswer, forwardWaitMs, pingProblem, routePing, unreachableHop, visitedHop, withHop,
  type NodeReply, type Ping, type PingResult,
} from "./ping-route";

export interface PingPorts {
  /** This cluster's id. */
  readonly self: string;
  /** Budget per remaining cluster (deliver, its node pings, answer); see forwardWaitMs. */
  readonly hopWaitMs: number;
  /** The live cluster ids (registry.list()); rejects when the registry cannot be read. */
  ring(): Promise<readonly string[]>;
  /** Pings every node of this cluster, bounded by the caller; who answered and who did not. */
  pingOwnNodes(): Promise<readonly NodeReply[]>;
  /**
   * Delivers `ping` to cluster `next` (its queue servers, from the registry) and waits for its
   * answer; rejects when `next` cannot be reached. `rttUs` is how long reaching its queue server
   * took. Should give up after `waitMs`; the driver stops waiting then anyway.
   */
  forward(next: string, ping: Ping, waitMs: number): Promise<{ readonly result: PingResult; readonly rttUs: number }>;
}

/** Runs one ping at this cluster to its answer. Rejects only on bugs. */
export async function handlePing(ports: PingPorts, incoming: Ping): Promise<PingResult> {
  const problem = pingProblem(incoming);
  if (problem !== null) return { path: [], found: false, reason: `malformed ping: ${problem}` };
  const repeat = arrivalAnswer(incoming, ports.self);
  if (repeat !== null) return repeat;
  const replies = await ports.pingOwnNodes();
  let ping = withHop(incoming, visitedHop(ports.self, 0, replies));
  let ring: readonly string[];
  try {
    ring = await ports.ring();
  } catch (error: unknown) {
    return { path: ping.path, found: false, reason: `the registry cannot be read at cluster ${ports.self}: ${describeCause(error)}` };
  }
  // Each pass either answers, returns a forward's answer, or puts one more cluster on the path.
  for (let pass = 0; pass <= ring.length; pass += 1) {
    const route = routePing(ring, ports.self, ping);
    if (route.kind === "answer") return route.result;
    const waitMs = forwardWaitMs(ring, route.ping, ports.hopWaitMs);
    const outcome = await forwardWithin(ports, route.next, route.ping, waitMs);
    if (outcome.kind === "answered") return withRtt(outcome.result, route.next, outcome.rttUs);
    ping = withHop(ping, unreachableHop(route.next, outcome.note));
  }
  assert(false, "routing ends within one pass per cluster of the ring");
  return { path: ping.path, found: false, reason: "unreachable" };
}

type ForwardOutcome =
  | { readonly kind: "answered"; readonly result: PingResult; readonly rttUs: number }
  | { readonly kind: "unreachable"; readonly note: string };

async function forwardWithin(ports: PingPorts, next: string, ping: Ping, waitMs: number): Promise<ForwardOutcome> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const timeout = new Promise<ForwardOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "unreachable", note: `no answer within ${waitMs} ms` }), waitMs);
  });
  const attempt = ports.forward(next, ping, waitMs).then(
    ({ result, rttUs }): ForwardOutcome => ({ kind: "answered", result, rttUs }),
    (error: unknown): ForwardOutcome => ({ kind: "unreachable", note: describeCause(error) }));
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    if (timer !== null) clearTimeout(timer);
  }
}

/** The downstream answer with `next`'s hop carrying the round trip we measured to it. */
function withRtt(result: PingResult, next: string, rttUs: number): PingResult {
  const safeRttUs = Number.isSafeInteger(rttUs) && rttUs >= 0 ? rttUs : 0;
  return { ...result, path: result.path.map((hop) => hop.cluster === next ? { ...hop, rttUs: safeRttUs } : hop) };
}
