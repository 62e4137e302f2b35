/**
 * The configuration of one Raft core. Every bound is a named constant, and the relations
 * between them are checked when a core is created (STYLE.md §5).
 */
import { assert } from "../lib/assert";
import type { Prng } from "../lib/prng";
import type { NodeId } from "./types";

/**
 * Deliberately broken behaviours, all off by default. The simulator's mutant tests switch one
 * on to prove that the safety checks catch it; production code never sets them.
 */
export interface RaftTestingKnobs {
  /** Commit entries of earlier terms by counting replicas (the Figure 8 bug, Raft §5.4.2). */
  readonly commitOldTermEntries?: boolean;
  /** Grant votes without the "candidate's log is at least as up-to-date" check (Raft §5.4.1). */
  readonly voteWithoutUpToDateCheck?: boolean;
  /** Answer ReadIndex before the leader has committed an entry of its term (Raft thesis §6.4). */
  readonly readIndexBeforeTermCommit?: boolean;
}

export interface RaftConfig {
  readonly id: NodeId;
  /** Base election timeout in ticks; the randomized timeout is drawn in [electionTicks, 2*electionTicks). */
  readonly electionTicks: number;
  /** Ticks between two heartbeats from the leader. */
  readonly heartbeatTicks: number;
  /** Raft thesis §9.6: campaign with a pre-vote round that changes no term. */
  readonly preVote: boolean;
  /** Raft thesis §6.2: a leader steps down without a quorum; followers honour a leader lease. */
  readonly checkQuorum: boolean;
  /** Appends in flight to one follower in the replicate state (pipelining window). */
  readonly inflightMessagesMax: number;
  /** Bytes of entries in one append message (at least one entry is always sent). */
  readonly entryBytesPerAppendMax: number;
  /** Bytes of proposed but uncommitted payload a leader accepts before dropping proposals. */
  readonly uncommittedBytesMax: number;
  readonly prng: Prng;
  readonly testingKnobs?: RaftTestingKnobs;
}

export const electionTicksDefault = 10;
export const heartbeatTicksDefault = 1;
export const inflightMessagesMaxDefault = 256;
export const entryBytesPerAppendMaxDefault = 1 << 20;
export const uncommittedBytesMaxDefault = 64 << 20;
/** ReadIndex requests waiting on one leader; beyond this they are dropped (the edge times out). */
export const readIndexPendingMax = 4096;
/** Bytes an entry costs in an append beyond its payload (index, term, type, framing). */
export const entryOverheadBytes = 16;

assert(electionTicksDefault > 2 * heartbeatTicksDefault, "an election must outlast two heartbeats");
assert(inflightMessagesMaxDefault > 0, "the pipelining window must hold one append");
assert(entryBytesPerAppendMaxDefault <= uncommittedBytesMaxDefault, "one append must fit the uncommitted bound");
assert(readIndexPendingMax > 0, "at least one read must be able to wait");

export function defaultRaftConfig(id: NodeId, prng: Prng): RaftConfig {
  return {
    id,
    electionTicks: electionTicksDefault,
    heartbeatTicks: heartbeatTicksDefault,
    preVote: true,
    checkQuorum: true,
    inflightMessagesMax: inflightMessagesMaxDefault,
    entryBytesPerAppendMax: entryBytesPerAppendMaxDefault,
    uncommittedBytesMax: uncommittedBytesMaxDefault,
    prng,
  };
}

/** Checks a configuration once, when a core is created. */
export function validateRaftConfig(config: RaftConfig): void {
  assert(config.id.length > 0, "node id must not be empty");
  assert(Number.isInteger(config.heartbeatTicks), "heartbeatTicks must be an integer");
  assert(config.heartbeatTicks > 0, "heartbeatTicks must be positive");
  assert(Number.isInteger(config.electionTicks), "electionTicks must be an integer");
  assert(config.electionTicks > config.heartbeatTicks, "an election must outlast a heartbeat");
  assert(Number.isInteger(config.inflightMessagesMax), "inflightMessagesMax must be an integer");
  assert(config.inflightMessagesMax > 0, "inflightMessagesMax must be positive");
  assert(config.entryBytesPerAppendMax > 0, "entryBytesPerAppendMax must be positive");
  assert(config.uncommittedBytesMax > 0, "uncommittedBytesMax must be positive");
}
