/**
 * The global ping's routing, as pure functions: no I/O, no clock, no randomness. The leader of
 * each cluster runs the same few steps (the I/O lives in the leader; see docs/registry.md):
 *
 *   1. `arrivalAnswer(ping, self)`: a ping that already visited this cluster is answered at once
 *      (it can only happen when the ring changed under it or a peer is buggy), so no ping loops.
 *   2. The leader pings every node of its own cluster and records the visit:
 *      `ping = withHop(ping, visitedHop(self, rttUs, replies))`.
 *   3. `routePing(ring, self, ping)` decides: answer (we are the target, the target is not
 *      registered or registered but unreachable, the hop limit is reached, or every cluster in
 *      the ring has been tried: the ping came back around), or forward to the next cluster in
 *      ring order that is not already on the path.
 *   4. To forward, the leader sends `route.ping` to `route.next` and waits at most
 *      `forwardWaitMs(...)`; the downstream answer is its own answer. If `next` cannot be
 *      reached, it records `withHop(ping, unreachableHop(next, note))` and goes back to step 3,
 *      which now skips `next`. Each retry puts one more cluster on the path, so the loop ends
 *      within one trip around the ring.
 *
 * The ring is the registry's list of live cluster ids (sorted by id: `compareClusterIds`). It
 * is read afresh at every hop, so clusters that join or leave mid-ping are handled: a cluster
 * is never visited twice (the path is the visited set), and one that joined is visited if the
 * walk reaches it.
 *
 * Plain TypeScript types; the codec maps them to pb.Ping / pb.PingHop / pb.PingResult.
 */
import { assert } from "../lib/assert";
import { addressCharsMax, clusterIdProblem, compareClusterIds } from "./cluster-id";

/** One cluster on a ping's path. Mirrors pb.PingHop. */
export interface PingHop {
  readonly cluster: string;
  /** Round trip, µs, measured by whoever put this hop on the path (see docs/registry.md). */
  readonly rttUs: number;
  /** Nodes of this cluster that answered the leader's ping (ids or addresses). */
  readonly nodesAnswered: readonly string[];
  /** Nodes of this cluster the leader knows of that did not answer in time. */
  readonly nodesSilent: readonly string[];
  /** False: registered, but the ping could not be delivered; skipped, never waited on again. */
  readonly reachable: boolean;
  /** Why unreachable, or anything the cluster wants the client to see; "" when nothing. */
  readonly note: string;
}

/** A ping in flight. Mirrors pb.Ping. */
export interface Ping {
  /** The cluster to reach; "" visits every registered cluster once. */
  readonly target: string;
  /** Clusters the ping may visit after its origin (forwards); 0 stays at the origin. */
  readonly hopLimit: number;
  /** Clusters visited or found unreachable so far, in order; the origin's hop is first. */
  readonly path: readonly PingHop[];
  /** The cluster whose leader started the ping. */
  readonly origin: string;
}

/** What the client gets. Mirrors pb.PingResult. */
export interface PingResult {
  readonly path: readonly PingHop[];
  /** A named target was reached, or (target "") every registered cluster was tried. */
  readonly found: boolean;
  /** One sentence on why the ping stopped where it did. */
  readonly reason: string;
}

export type PingRoute =
  | { readonly kind: "answer"; readonly result: PingResult }
  | { readonly kind: "forward"; readonly next: string; readonly ping: Ping };

/** Hop limit when the client names none (a proto3 0 means "unset" to the codec, not 0). */
export const hopLimitDefault = 16;
/** Largest hop limit accepted: bounds how long one ping can keep a chain of leaders busy. */
export const hopLimitMax = 64;
/** Clusters a ring may hold for ping purposes; the registry's own list bound is the same. */
export const ringClustersMax = 256;
/** Path entries: each cluster at most once, so the ring bound (plus slack for departed ones). */
export const pathHopsMax = 2 * ringClustersMax;
/** Nodes listed per hop (answered + silent): a cluster has a handful of nodes. */
export const nodesPerHopMax = 64;
/** Characters of a hop's note; longer notes are cut, never rejected (they are informative). */
export const noteCharsMax = 200;
/** Ceiling of `forwardWaitMs`, so a huge ring cannot make a leader wait for minutes. */
export const forwardWaitMsMax = 120_000;

assert(hopLimitDefault <= hopLimitMax, "the default hop limit is accepted");
assert(hopLimitMax < ringClustersMax, "the hop limit, not the ring size, is what stops a long ping");
assert(pathHopsMax >= ringClustersMax + 1, "a path holds every cluster of a full ring");

/** A fresh ping, before the origin's own visit is recorded. */
export function startPing(origin: string, target: string, hopLimit: number): Ping {
  assert(clusterIdProblem(origin) === null, "the origin is a valid cluster id");
  assert(target === "" || clusterIdProblem(target) === null, "the target is empty or a valid cluster id");
  assert(Number.isInteger(hopLimit) && hopLimit >= 0 && hopLimit <= hopLimitMax, "hopLimit is within bounds");
  return { target, hopLimit, path: [], origin };
}

/**
 * Why a ping that came off the wire cannot be routed, or null when it can. Checked once, at
 * the gateway (the codec or the leader's handler); the other functions trust it afterwards.
 */
export function pingProblem(ping: Ping): string | null {
  const origin = clusterIdProblem(ping.origin);
  if (origin !== null) return `origin: ${origin}`;
  if (ping.target !== "") {
    const target = clusterIdProblem(ping.target);
    if (target !== null) return `target: ${target}`;
  }
  if (!Number.isInteger(ping.hopLimit) || ping.hopLimit < 0 || ping.hopLimit > hopLimitMax) {
    return `hop limit ${ping.hopLimit} is not an integer in [0, ${hopLimitMax}]`;
  }
  if (ping.path.length > pathHopsMax) return `path has ${ping.path.length} hops; at most ${pathHopsMax}`;
  const seen = new Set<string>();
  for (const hop of ping.path) {
    const problem = hopProblem(hop);
    if (problem !== null) return `path: ${problem}`;
    if (seen.has(hop.cluster)) return `path visits cluster ${hop.cluster} twice`;
    seen.add(hop.cluster);
  }
  const first = ping.path[0];
  if (first !== undefined && first.cluster !== ping.origin) return `path starts at ${first.cluster}, not at the origin ${ping.origin}`;
  return null;
}

function hopProblem(hop: PingHop): string | null {
  const cluster = clusterIdProblem(hop.cluster);
  if (cluster !== null) return cluster;
  if (!Number.isSafeInteger(hop.rttUs) || hop.rttUs < 0) return `hop ${hop.cluster}: rttUs ${hop.rttUs} is not a non-negative integer`;
  if (hop.nodesAnswered.length + hop.nodesSilent.length > nodesPerHopMax) {
    return `hop ${hop.cluster} lists more than ${nodesPerHopMax} nodes`;
  }
  for (const node of [...hop.nodesAnswered, ...hop.nodesSilent]) {
    if (node.length === 0 || node.length > addressCharsMax) return `hop ${hop.cluster}: a node name is empty or too long`;
  }
  if (hop.note.length > noteCharsMax) return `hop ${hop.cluster}: note longer than ${noteCharsMax} characters`;
  return null;
}

/**
 * The answer for a ping arriving at `self`, when it must not be handled: it already passed
 * through here. Otherwise null (carry on with the visit).
 */
export function arrivalAnswer(ping: Ping, self: string): PingResult | null {
  assert(clusterIdProblem(self) === null, "self is a valid cluster id");
  if (!ping.path.some((hop) => hop.cluster === self)) return null;
  return { path: ping.path, found: false, reason: `the ping came back to cluster ${self}, which it had already visited` };
}

/** One node's answer to the leader's own-cluster ping. */
export interface NodeReply {
  readonly node: string;
  readonly answered: boolean;
}

/** The hop a leader records for its own cluster after pinging every node of it. */
export function visitedHop(self: string, rttUs: number, replies: readonly NodeReply[], note = ""): PingHop {
  assert(clusterIdProblem(self) === null, "self is a valid cluster id");
  assert(Number.isSafeInteger(rttUs) && rttUs >= 0, "rttUs is a non-negative integer");
  const listed = replies.slice(0, nodesPerHopMax);
  const hop: PingHop = {
    cluster: self,
    rttUs,
    nodesAnswered: listed.filter((reply) => reply.answered).map((reply) => reply.node),
    nodesSilent: listed.filter((reply) => !reply.answered).map((reply) => reply.node),
    reachable: true,
    note: cutNote(replies.length > listed.length ? `${note} (${replies.length - listed.length} more nodes not listed)`.trim() : note),
  };
  assert(hop.nodesAnswered.length + hop.nodesSilent.length === listed.length, "every listed node is answered or silent");
  return hop;
}

/** The hop recorded for a registered cluster the ping could not be delivered to. */
export function unreachableHop(cluster: string, note: string, rttUs = 0): PingHop {
  assert(clusterIdProblem(cluster) === null, "the cluster is a valid id");
  assert(note.length > 0, "an unreachable hop says why");
  return { cluster, rttUs, nodesAnswered: [], nodesSilent: [], reachable: false, note: cutNote(note) };
}

/** The ping with one more hop on its path. */
export function withHop(ping: Ping, hop: PingHop): Ping {
  assert(!ping.path.some((existing) => existing.cluster === hop.cluster), "a cluster is on the path at most once");
  assert(ping.path.length < pathHopsMax, "the path has room");
  assert(ping.path.length > 0 || hop.cluster === ping.origin, "the origin's hop comes first");
  return { ...ping, path: [...ping.path, hop] };
}

/**
 * Where a ping goes after `self` recorded its visit. `ring` is the registry's live cluster ids
 * as this leader sees it now (any order; it is sorted here). Requires `self` on the path as
 * reachable: the leader records its own visit before routing.
 */
export function routePing(ring: readonly string[], self: string, ping: Ping): PingRoute {
  assert(ping.path.some((hop) => hop.cluster === self && hop.reachable), "self's visit is recorded before routing");
  assert(ring.length <= ringClustersMax, "the ring is within bounds");
  const answer = (found: boolean, reason: string): PingRoute => ({ kind: "answer", result: { path: ping.path, found, reason } });
  const named = ping.target !== "";
  if (ping.target === self) return answer(true, `reached cluster ${self}`);
  const targetHop = ping.path.find((hop) => hop.cluster === ping.target);
  if (named && targetHop !== undefined && !targetHop.reachable) {
    return answer(false, `cluster ${ping.target} is registered but unreachable: ${targetHop.note}`);
  }
  if (named && targetHop === undefined && !ring.includes(ping.target)) {
    return answer(false, `cluster ${ping.target} is not registered (registry as seen from ${self})`);
  }
  const forwards = ping.path.filter((hop) => hop.reachable).length - 1;
  assert(forwards >= 0, "at least self's visit is on the path");
  if (forwards >= ping.hopLimit) {
    const goal = named ? `before reaching cluster ${ping.target}` : "before every cluster was visited";
    return answer(false, `hop limit ${ping.hopLimit} reached at cluster ${self} ${goal}`);
  }
  const next = nextCluster(ring, self, ping.path);
  if (next === null) {
    if (named) return answer(false, `the ping came back around to ${ping.origin} without reaching cluster ${ping.target}`);
    const silent = ping.path.filter((hop) => !hop.reachable).length;
    return answer(true, `visited every registered cluster (${ping.path.length - silent} reached, ${silent} unreachable)`);
  }
  assert(next !== self, "a ping is never forwarded to its own cluster");
  return { kind: "forward", next, ping };
}

/**
 * The first cluster after `self` in ring order, wrapping around, that is not on the path
 * (visited or known unreachable). `self` need not be in the ring (its registration may have
 * expired): the walk starts where it would sort. Null when every cluster has been tried.
 */
export function nextCluster(ring: readonly string[], self: string, path: readonly PingHop[]): string | null {
  const tried = new Set(path.map((hop) => hop.cluster));
  const sorted = [...new Set(ring)].sort(compareClusterIds);
  const after = sorted.filter((cluster) => compareClusterIds(cluster, self) > 0);
  const before = sorted.filter((cluster) => compareClusterIds(cluster, self) < 0);
  for (const cluster of [...after, ...before]) {
    if (!tried.has(cluster)) return cluster;
  }
  return null;
}

/**
 * How long a leader waits for the answer of the cluster it forwarded to. The chain is
 * recursive (each leader waits for the rest of the walk), so the wait covers every cluster
 * not yet tried, each given `hopWaitMs` (deliver, ping its nodes, answer, or time out as
 * unreachable), plus one for a cluster joining mid-ping. Downstream leaders see fewer untried
 * clusters, so their waits are shorter and an answer from deep in the chain gets back before
 * any upstream leader gives up.
 */
export function forwardWaitMs(ring: readonly string[], ping: Ping, hopWaitMs: number): number {
  assert(Number.isInteger(hopWaitMs) && hopWaitMs > 0, "hopWaitMs is a positive integer");
  const tried = new Set(ping.path.map((hop) => hop.cluster));
  const untried = new Set(ring.filter((cluster) => !tried.has(cluster))).size;
  const forwardsLeft = ping.hopLimit - (ping.path.filter((hop) => hop.reachable).length - 1);
  assert(forwardsLeft >= 0, "a ping past its hop limit is answered, not forwarded");
  const waitMs = Math.min(forwardWaitMsMax, (untried + 1) * hopWaitMs);
  assert(waitMs >= hopWaitMs, "a forward waits at least one hop");
  return waitMs;
}

function cutNote(note: string): string {
  return note.length <= noteCharsMax ? note : `${note.slice(0, noteCharsMax - 1)}…`;
}

/** For logs and the `ping` verb: "a(3/3) -> b(unreachable: timeout) -> c(2/3)". */
export function describePath(path: readonly PingHop[]): string {
  return path.map((hop) => hop.reachable
    ? `${hop.cluster}(${hop.nodesAnswered.length}/${hop.nodesAnswered.length + hop.nodesSilent.length})`
    : `${hop.cluster}(unreachable: ${hop.note})`).join(" -> ");
}
