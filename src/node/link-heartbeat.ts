/**
 * How a node's links (to peers and to queue servers, src/node/peer-link.ts) notice a silent
 * connection, derived from the Raft clock so the two agree about when a peer is gone.
 */
import { assert } from "../lib/assert";
import { electionTimeoutMs, type RaftTiming } from "../raft/timing";
import { heartbeatCheckMs } from "./peer-link";

/** A probe of a silent link is answered within this long even by a loaded peer (a long fsync may pause its reading). */
export const linkProbeTimeoutMsMin = 2_500;
/** A link is probed after at most this much silence, however long the election timeout. */
export const linkSilenceMsMax = 1_000;

/**
 * How a link (to a peer or a queue server) finds a silent connection, in step with the Raft
 * clock: it is probed once silent for the longest randomized election timeout (2 × base; within
 * [heartbeatCheckMs, linkSilenceMsMax]), and closed, to be dialled again, when the probe goes
 * unanswered for max(linkProbeTimeoutMsMin, 2 × that timeout). So a link never gives up on a
 * peer sooner than Raft does (a peer silent for less than an election timeout is alive to the
 * core, and closing its connection would only drop appends in flight), and a cut is noticed
 * within about one probe timeout more than an election: ~3 s with the default clock.
 */
export function linkHeartbeatFor(timing: RaftTiming): { readonly intervalMs: number; readonly timeoutMs: number } {
  const electionMaxMs = 2 * electionTimeoutMs(timing);
  const intervalMs = Math.min(linkSilenceMsMax, Math.max(heartbeatCheckMs, electionMaxMs));
  const timeoutMs = Math.max(linkProbeTimeoutMsMin, 2 * electionMaxMs);
  assert(intervalMs >= heartbeatCheckMs, "a link is probed no more often than it checks");
  assert(timeoutMs > electionMaxMs, "a link outwaits an election timeout before it closes");
  return { intervalMs, timeoutMs };
}
