/**
 * End-to-end smoke checks of the core on the in-memory harness: a single node and a
 * three-node cluster elect a leader, replicate and apply proposals, and a restarted node
 * comes back with its durable state. The detailed rules are in paper.test.ts and the scripts.
 */
import { describe, expect, test } from "bun:test";
import { TestCluster, voters } from "./harness";

const encoder = new TextEncoder();

describe("smoke", () => {
  test("a single node elects itself and commits only after persisting", () => {
    const cluster = new TestCluster(voters("n1"));
    cluster.elect("n1");
    const n1 = cluster.node("n1");
    expect(n1.core.propose(encoder.encode("x")).kind).toBe("accepted");
    cluster.stabilize();
    expect<number>(n1.core.status().commit).toBe(3);
    // The bootstrap entry carrying the configuration, the term's no-op, the proposal.
    expect(n1.applied.map((e) => e.type)).toEqual(["conf-change", "noop", "normal"]);
  });

  test("three nodes replicate and apply the same entries", () => {
    const cluster = new TestCluster(voters("n1", "n2", "n3"));
    cluster.elect("n1");
    for (let i = 0; i < 5; i += 1) expect(cluster.node("n1").core.propose(encoder.encode(`v${i}`)).kind).toBe("accepted");
    cluster.stabilize();
    for (const node of cluster.nodes.values()) {
      // Three bootstrap entries, the no-op, five proposals.
      expect<number>(node.core.status().commit).toBe(9);
      expect(node.applied.length).toBe(9);
    }
    cluster.restart("n2");
    cluster.stabilize();
    expect<number>(cluster.node("n2").core.status().commit).toBe(9);
    expect(cluster.node("n2").core.status().term).toBe(cluster.node("n1").core.status().term);
  });
});
