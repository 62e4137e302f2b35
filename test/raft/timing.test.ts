/**
 * The Raft clock's settings (src/raft/timing.ts): the defaults are sound, each setting is
 * refused outside its range, and the relation between them (an election outlasts two
 * heartbeats; the election timeout in ms within its bounds) names the setting at fault.
 */
import { describe, expect, test } from "bun:test";
import { defaultRaftConfig, validateRaftConfig } from "../../src/raft/config";
import { Prng } from "../../src/lib/prng";
import { nodeId } from "../../src/raft/types";
import { electionTimeoutMs, electionTimeoutMsMax, electionTimeoutMsMin, heartbeatIntervalMs, raftTimingDefault, timingProblem, type RaftTiming } from "../../src/raft/timing";

const sound: RaftTiming = { tickMs: 100, electionTicks: 10, heartbeatTicks: 1 };

describe("timingProblem", () => {
  test("the defaults and etcd-like settings are sound", () => {
    expect(timingProblem(raftTimingDefault)).toBeNull();
    expect(timingProblem(sound)).toBeNull();
  });

  test("the default election timeout is well under a second and outlasts several heartbeats", () => {
    expect(electionTimeoutMs(raftTimingDefault)).toBeLessThanOrEqual(400);
    expect(electionTimeoutMs(raftTimingDefault)).toBeGreaterThanOrEqual(electionTimeoutMsMin);
    expect(electionTimeoutMs(raftTimingDefault) / heartbeatIntervalMs(raftTimingDefault)).toBeGreaterThanOrEqual(4);
  });

  test("each setting outside its range is named", () => {
    expect(timingProblem({ ...sound, tickMs: 0 })?.setting).toBe("tickMs");
    expect(timingProblem({ ...sound, tickMs: 2.5 })?.setting).toBe("tickMs");
    expect(timingProblem({ ...sound, tickMs: 5_000 })?.setting).toBe("tickMs");
    expect(timingProblem({ ...sound, heartbeatTicks: 0 })?.setting).toBe("heartbeatTicks");
    expect(timingProblem({ ...sound, electionTicks: 2 })?.setting).toBe("electionTicks");
  });

  test("an election must outlast two heartbeats: the edge between", () => {
    expect(timingProblem({ tickMs: 50, electionTicks: 7, heartbeatTicks: 3 })).toBeNull();
    const problem = timingProblem({ tickMs: 50, electionTicks: 6, heartbeatTicks: 3 });
    expect(problem).toEqual({ setting: "electionTicks", value: 6, expected: "more than twice --heartbeat-ticks (3), at least 7" });
  });

  test("the election timeout in ms stays within its bounds", () => {
    expect(timingProblem({ tickMs: 5, electionTicks: 19, heartbeatTicks: 1 })?.expected).toContain(`from ${electionTimeoutMsMin} to ${electionTimeoutMsMax} ms, it is 95 ms`);
    expect(timingProblem({ tickMs: 5, electionTicks: 20, heartbeatTicks: 1 })).toBeNull();
    expect(timingProblem({ tickMs: 1_000, electionTicks: 61, heartbeatTicks: 1 })?.setting).toBe("electionTicks");
  });

  test("whatever timingProblem accepts, the core accepts", () => {
    for (const timing of [raftTimingDefault, sound, { tickMs: 50, electionTicks: 7, heartbeatTicks: 3 }]) {
      expect(timingProblem(timing)).toBeNull();
      const config = { ...defaultRaftConfig(nodeId("n1"), new Prng(1)), electionTicks: timing.electionTicks, heartbeatTicks: timing.heartbeatTicks };
      expect(() => validateRaftConfig(config)).not.toThrow();
    }
  });
});
