/**
 * Links and the Raft clock agree (src/node/link-heartbeat.ts): a link never closes a connection
 * to a peer that is silent for less than the longest randomized election timeout, probes within
 * its stated bounds, and follows the clock when the election timeout is long.
 */
import { describe, expect, test } from "bun:test";
import { linkHeartbeatFor, linkProbeTimeoutMsMin, linkSilenceMsMax } from "../../src/node/link-heartbeat";
import { heartbeatCheckMs } from "../../src/node/peer-link";
import { electionTimeoutMs, raftTimingDefault } from "../../src/raft/timing";

describe("linkHeartbeatFor", () => {
  test("the default clock: probed after the longest election timeout, closed after the probe timeout", () => {
    const heartbeat = linkHeartbeatFor(raftTimingDefault);
    expect(heartbeat.intervalMs).toBe(2 * electionTimeoutMs(raftTimingDefault));
    expect(heartbeat.timeoutMs).toBe(linkProbeTimeoutMsMin);
  });

  test("a short clock probes no more often than the link checks", () => {
    const heartbeat = linkHeartbeatFor({ tickMs: 5, electionTicks: 20, heartbeatTicks: 1 });
    expect(heartbeat.intervalMs).toBe(heartbeatCheckMs);
    expect(heartbeat.timeoutMs).toBe(linkProbeTimeoutMsMin);
  });

  test("a long clock: probed within a second, but never closed before two election timeouts", () => {
    const timing = { tickMs: 1_000, electionTicks: 10, heartbeatTicks: 1 };
    const heartbeat = linkHeartbeatFor(timing);
    expect(heartbeat.intervalMs).toBe(linkSilenceMsMax);
    expect(heartbeat.timeoutMs).toBe(4 * electionTimeoutMs(timing));
    expect(heartbeat.timeoutMs).toBeGreaterThan(2 * electionTimeoutMs(timing));
  });
});
