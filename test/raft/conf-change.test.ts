/**
 * Membership changes as data (conf-change.ts): every change survives the trip through entry
 * data, a corrupt entry is a bug (assertion), and applying a change to a configuration gives
 * the expected configuration, or the same one when the change does not fit (adding a present
 * node, promoting a non-learner, removing an absent node or the last voter).
 */
import { describe, expect, test } from "bun:test";
import { AssertionError } from "../../src/lib/assert";
import { applyConfChange, decodeConfChange, encodeConfChange } from "../../src/raft/conf-change";
import { nodeId, type ConfChange, type ConfState } from "../../src/raft/types";

const conf = (voters: string[], learners: string[] = []): ConfState => ({ voters: voters.map(nodeId), learners: learners.map(nodeId), votersOutgoing: [] });

describe("conf change", () => {
  test("encode and decode round-trip every kind", () => {
    for (const kind of ["add-learner", "add-voter", "promote-learner", "remove"] as const) {
      const change: ConfChange = { kind, node: nodeId("n7") };
      expect(decodeConfChange(encodeConfChange(change))).toEqual(change);
    }
  });

  test("an added member's address travels with it; entries written without one still decode", () => {
    for (const kind of ["add-learner", "add-voter"] as const) {
      const change: ConfChange = { kind, node: nodeId("n7"), address: "10.0.0.7:7000" };
      expect(new TextDecoder().decode(encodeConfChange(change))).toBe(`${kind} n7 10.0.0.7:7000`);
      expect(decodeConfChange(encodeConfChange(change))).toEqual(change);
    }
    expect(decodeConfChange(new TextEncoder().encode("add-learner n7"))).toEqual({ kind: "add-learner", node: nodeId("n7") });
  });

  test("corrupt data is a bug", () => {
    const encoder = new TextEncoder();
    expect(() => decodeConfChange(encoder.encode("explode n1"))).toThrow(AssertionError);
    expect(() => decodeConfChange(encoder.encode("remove"))).toThrow(AssertionError);
    expect(() => decodeConfChange(encoder.encode("remove n1 10.0.0.1:7000"))).toThrow(AssertionError);
    expect(() => decodeConfChange(encoder.encode("add-voter n1 10.0.0.1:7000 extra"))).toThrow(AssertionError);
  });

  const cases: { name: string; before: ConfState; change: ConfChange; after: ConfState }[] = [
    { name: "add a learner", before: conf(["a"]), change: { kind: "add-learner", node: nodeId("b") }, after: conf(["a"], ["b"]) },
    { name: "promote it", before: conf(["a"], ["b"]), change: { kind: "promote-learner", node: nodeId("b") }, after: conf(["a", "b"]) },
    { name: "add a voter", before: conf(["b"]), change: { kind: "add-voter", node: nodeId("a") }, after: conf(["a", "b"]) },
    { name: "remove a voter", before: conf(["a", "b"]), change: { kind: "remove", node: nodeId("a") }, after: conf(["b"]) },
    { name: "remove a learner", before: conf(["a"], ["b"]), change: { kind: "remove", node: nodeId("b") }, after: conf(["a"]) },
    { name: "add a present voter (no-op)", before: conf(["a"]), change: { kind: "add-voter", node: nodeId("a") }, after: conf(["a"]) },
    { name: "add a voter as learner (no-op)", before: conf(["a"]), change: { kind: "add-learner", node: nodeId("a") }, after: conf(["a"]) },
    { name: "promote a voter (no-op)", before: conf(["a"]), change: { kind: "promote-learner", node: nodeId("a") }, after: conf(["a"]) },
    { name: "remove an absent node (no-op)", before: conf(["a"]), change: { kind: "remove", node: nodeId("z") }, after: conf(["a"]) },
    { name: "remove the last voter (no-op)", before: conf(["a"], ["b"]), change: { kind: "remove", node: nodeId("a") }, after: conf(["a"], ["b"]) },
  ];
  for (const { name, before, change, after } of cases) {
    test(name, () => {
      expect(applyConfChange(before, change)).toEqual(after);
    });
  }
});
