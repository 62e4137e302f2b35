/**
 * The Raft clock of a node as an operator sets it: how long a tick lasts, and how many ticks an
 * election timeout and a heartbeat interval take. The core counts ticks only (src/raft/config.ts);
 * the driver loop turns milliseconds into ticks (src/node/raft-loop.ts). Pure: the settings are
 * checked here once, at start-up, and every relation the core and the edge rely on is named.
 *
 * Failover time is dominated by failure detection: a follower campaigns after a randomized
 * election timeout in [electionTicks, 2 * electionTicks) ticks of silence (Raft §5.2), so the
 * median detection is about 1.5 election timeouts. The defaults (25 ms ticks, 12 of them per
 * election timeout: 300–600 ms; a heartbeat every 2 ticks, 50 ms) keep that near 450 ms while a
 * leader still sends six heartbeats per election timeout, so a few late or lost ones (a loaded
 * machine, a long fsync) do not depose it. etcd's defaults are 100 ms heartbeats and a 1 s timeout.
 */

export interface RaftTiming {
  /** Milliseconds per tick of the Raft clock. */
  readonly tickMs: number;
  /** Base election timeout in ticks: a follower campaigns after [electionTicks, 2*electionTicks) silent ticks. */
  readonly electionTicks: number;
  /** Ticks between two heartbeats of the leader. */
  readonly heartbeatTicks: number;
}

export const tickMsDefault = 25;
export const electionTicksDefault = 12;
export const heartbeatTicksDefault = 2;

/** Below a few ms a tick costs more turns of the loop than it buys in precision. */
export const tickMsMin = 5;
/** Beyond a second per tick elections take minutes: a mistake, not a setting. */
export const tickMsMax = 1_000;
export const electionTicksMin = 3;
export const electionTicksMax = 1_000;
export const heartbeatTicksMin = 1;
export const heartbeatTicksMax = 100;
/**
 * The base election timeout in ms. Below 100 ms one stalled turn of a leader's loop (a GC pause,
 * an fsync on a busy disk) would already start an election; above a minute a dead leader stalls
 * the cluster for minutes.
 */
export const electionTimeoutMsMin = 100;
export const electionTimeoutMsMax = 60_000;

export const raftTimingDefault: RaftTiming = { tickMs: tickMsDefault, electionTicks: electionTicksDefault, heartbeatTicks: heartbeatTicksDefault };

/** What is wrong with a timing, naming the setting at fault and what it should be; null when sound. */
export interface TimingProblem {
  readonly setting: keyof RaftTiming;
  readonly value: number;
  readonly expected: string;
}

export function timingProblem(timing: RaftTiming): TimingProblem | null {
  const { tickMs, electionTicks, heartbeatTicks } = timing;
  if (!Number.isInteger(tickMs) || tickMs < tickMsMin || tickMs > tickMsMax) {
    return { setting: "tickMs", value: tickMs, expected: `an integer number of milliseconds from ${tickMsMin} to ${tickMsMax}` };
  }
  if (!Number.isInteger(heartbeatTicks) || heartbeatTicks < heartbeatTicksMin || heartbeatTicks > heartbeatTicksMax) {
    return { setting: "heartbeatTicks", value: heartbeatTicks, expected: `an integer from ${heartbeatTicksMin} to ${heartbeatTicksMax}` };
  }
  if (!Number.isInteger(electionTicks) || electionTicks < electionTicksMin || electionTicks > electionTicksMax) {
    return { setting: "electionTicks", value: electionTicks, expected: `an integer from ${electionTicksMin} to ${electionTicksMax}` };
  }
  // A follower must miss more than two heartbeats before it campaigns: one late heartbeat (a
  // busy leader, a retransmit) must not cost the cluster its leader.
  if (electionTicks <= 2 * heartbeatTicks) {
    return { setting: "electionTicks", value: electionTicks, expected: `more than twice --heartbeat-ticks (${heartbeatTicks}), at least ${2 * heartbeatTicks + 1}` };
  }
  const timeoutMs = electionTimeoutMs(timing);
  if (timeoutMs < electionTimeoutMsMin || timeoutMs > electionTimeoutMsMax) {
    return { setting: "electionTicks", value: electionTicks,
      expected: `an election timeout (--tick-ms ${tickMs} × --election-ticks) from ${electionTimeoutMsMin} to ${electionTimeoutMsMax} ms, it is ${timeoutMs} ms` };
  }
  return null;
}

/** The base election timeout in ms; the randomized one lies in [this, 2 × this). */
export function electionTimeoutMs(timing: RaftTiming): number {
  return timing.tickMs * timing.electionTicks;
}

export function heartbeatIntervalMs(timing: RaftTiming): number {
  return timing.tickMs * timing.heartbeatTicks;
}
