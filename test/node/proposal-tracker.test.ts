/**
 * What this proves: a deposed leader whose uncommitted proposals were cut from its log (a new
 * leader's shorter log replaced it) and which, leader again, accepts a new proposal at one of
 * those indexes, gives the earlier waiter an unknown outcome and tracks the new one. Before,
 * the tracker asserted "two proposals accepted at one index" and the driver loop died (found
 * by the real-edge simulator, test/sim/real-edge.test.ts, seed 19 of `npm run sim -- --real`).
 * Two proposals at one index in one term is still a bug, and still asserted.
 */
import { expect, test } from "bun:test";
import { ProposalTracker } from "../../src/node/proposal-tracker";
import { logIndex, term, type Entry } from "../../src/raft/types";

const entry = (index: number, entryTerm: number): Entry => ({ index: logIndex(index), term: term(entryTerm), type: "normal", data: new Uint8Array(0) });

test("a proposal at an index the node's log lost, proposed again in a later term", async () => {
  const tracker = new ProposalTracker();
  const earlier = tracker.wait(logIndex(25), term(3), 1_000);
  const later = tracker.wait(logIndex(25), term(6), 1_000);
  const lost = await earlier;
  expect(lost.kind).toBe("lost");
  expect(lost.kind === "lost" ? lost.reason : "").toContain("outcome unknown");
  tracker.applied([entry(25, 6)]);
  expect(await later).toEqual({ kind: "applied", index: logIndex(25) });
  expect(tracker.size).toBe(0);
});

test("two proposals at one index in one term is a bug", () => {
  const tracker = new ProposalTracker();
  void tracker.wait(logIndex(7), term(2), 1_000);
  expect(() => tracker.wait(logIndex(7), term(2), 1_000)).toThrow("one term");
});
