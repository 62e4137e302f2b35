/**
 * The in-memory log (raft-log.ts), after etcd log_test.go: the consistency check and conflict
 * truncation of maybeAppend, fast-backtracking hints (findConflictByTerm), the stable/unstable
 * split (what is handed out to persist, and how a truncation or a later persist moves it), that
 * only committed and durable entries are applied, the size bound of slice, compaction and
 * restore from a snapshot, and that committed entries are never overwritten.
 */
import { describe, expect, test } from "bun:test";
import { AssertionError } from "../../src/lib/assert";
import { RaftLog } from "../../src/raft/raft-log";
import { logIndex, term, type Entry } from "../../src/raft/types";

function entry(entryTerm: number, index: number, data = ""): Entry {
  return { term: term(entryTerm), index: logIndex(index), type: "normal", data: new TextEncoder().encode(data) };
}

/** A durable log with entries of the given terms at indexes 1..n. */
function logOf(...terms: number[]): RaftLog {
  return new RaftLog({ index: logIndex(0), term: term(0) }, terms.map((t, i) => entry(t, i + 1)), logIndex(0));
}

const terms = (log: RaftLog): number[] => log.slice(log.firstIndex(), logIndex(log.lastIndex() + 1), Infinity).map((e) => e.term);

describe("raft log", () => {
  test("maybeAppend: consistency check fails on a missing or mismatched previous entry", () => {
    const log = logOf(1, 2, 2);
    expect(log.maybeAppend(logIndex(3), term(3), logIndex(0), [entry(3, 4)])).toBeNull();
    expect(log.maybeAppend(logIndex(4), term(2), logIndex(0), [entry(3, 5)])).toBeNull();
    expect(terms(log)).toEqual([1, 2, 2]);
  });

  test("maybeAppend: appends, skips what matches, truncates a conflicting suffix", () => {
    const log = logOf(1, 2, 2);
    expect<number | null>(log.maybeAppend(logIndex(1), term(1), logIndex(0), [entry(2, 2), entry(2, 3)])).toBe(3);
    expect(terms(log)).toEqual([1, 2, 2]);
    expect<number>(log.stableIndex).toBe(3);
    expect<number | null>(log.maybeAppend(logIndex(1), term(1), logIndex(0), [entry(3, 2)])).toBe(2);
    expect(terms(log)).toEqual([1, 3]);
    expect<number>(log.stableIndex).toBe(1);
    expect(log.unstableEntries().map((e) => e.index)).toEqual([logIndex(2)]);
  });

  test("maybeAppend: an old, shorter append does not truncate a longer matching log", () => {
    const log = logOf(1, 1, 1, 1);
    expect<number | null>(log.maybeAppend(logIndex(1), term(1), logIndex(2), [entry(1, 2)])).toBe(2);
    expect<number>(log.lastIndex()).toBe(4);
    // Commit moves to min(leader commit, last new index), never past what this append proved.
    expect<number>(log.committed).toBe(2);
  });

  test("committed entries are never truncated", () => {
    const log = logOf(1, 1, 1);
    log.commitTo(logIndex(2));
    expect(() => log.maybeAppend(logIndex(1), term(1), logIndex(2), [entry(2, 2)])).toThrow(AssertionError);
  });

  test("findConflictByTerm: largest index at or below with a term at or below", () => {
    const log = logOf(1, 1, 3, 3, 5, 5);
    expect(log.findConflictByTerm(logIndex(6), term(4))).toEqual({ index: logIndex(4), term: term(3) });
    expect(log.findConflictByTerm(logIndex(6), term(5))).toEqual({ index: logIndex(6), term: term(5) });
    expect(log.findConflictByTerm(logIndex(4), term(2))).toEqual({ index: logIndex(2), term: term(1) });
    expect(log.findConflictByTerm(logIndex(6), term(0))).toEqual({ index: logIndex(0), term: term(0) });
  });

  test("isUpToDate compares last term, then last index (§5.4.1)", () => {
    const log = logOf(1, 2, 2);
    expect(log.isUpToDate(logIndex(1), term(3))).toBe(true);
    expect(log.isUpToDate(logIndex(3), term(2))).toBe(true);
    expect(log.isUpToDate(logIndex(2), term(2))).toBe(false);
    expect(log.isUpToDate(logIndex(9), term(1))).toBe(false);
  });

  test("stableTo: a persist of entries since replaced does not mark the new ones durable", () => {
    const log = logOf(1);
    log.append([entry(1, 2), entry(1, 3)]);
    const handedOut = log.unstableEntries();
    expect(handedOut.length).toBe(2);
    // Before the edge reports the write, index 3 is replaced by a new leader's entry.
    log.append([entry(2, 3)]);
    log.stableTo(handedOut);
    expect<number>(log.stableIndex).toBe(2);
    expect(log.unstableEntries().map((e) => e.term)).toEqual([term(2)]);
  });

  test("only committed and durable entries are applied", () => {
    const log = logOf(1, 1);
    log.append([entry(1, 3), entry(1, 4)]);
    log.commitTo(logIndex(4));
    expect(log.entriesToApply().map((e) => e.index)).toEqual([logIndex(1), logIndex(2)]);
    log.stableTo(log.unstableEntries());
    expect(log.entriesToApply().length).toBe(4);
    log.appliedTo(logIndex(4));
    expect(log.hasEntriesToApply()).toBe(false);
    expect(() => log.appliedTo(logIndex(5))).toThrow(AssertionError);
  });

  test("slice honours the byte bound but always returns one entry", () => {
    const log = new RaftLog({ index: logIndex(0), term: term(0) }, [entry(1, 1, "x".repeat(100)), entry(1, 2, "y"), entry(1, 3, "z")], logIndex(0));
    expect(log.slice(logIndex(1), logIndex(4), 10).length).toBe(1);
    expect(log.slice(logIndex(2), logIndex(4), 40).length).toBe(2);
    expect(log.slice(logIndex(2), logIndex(4), 20).length).toBe(1);
  });

  test("compact drops applied entries; the compacted index keeps its term", () => {
    const log = logOf(1, 1, 2, 2);
    log.commitTo(logIndex(4));
    log.appliedTo(logIndex(3));
    expect(() => log.compact(logIndex(4))).toThrow(AssertionError);
    log.compact(logIndex(3));
    expect<number>(log.firstIndex()).toBe(4);
    expect<number | null>(log.term(logIndex(3))).toBe(2);
    expect(log.term(logIndex(2))).toBeNull();
    expect(log.findConflictByTerm(logIndex(2), term(1))).toEqual({ index: logIndex(2), term: term(0) });
  });

  test("restore replaces the log with a snapshot and applies nothing before it", () => {
    const log = logOf(1, 1);
    log.restore({ index: logIndex(10), term: term(3), confState: { voters: [], learners: [], votersOutgoing: [] } });
    expect<number>(log.lastIndex()).toBe(10);
    expect<number>(log.committed).toBe(10);
    expect<number>(log.applied).toBe(10);
    expect(log.pendingSnapshot).not.toBeNull();
    expect(log.entriesToApply()).toEqual([]);
    expect(log.matchTerm(logIndex(10), term(3))).toBe(true);
  });
});
