/**
 * Membership is the truth everywhere, with the compiled binary on loopback (three nodes, static
 * --peers). A node removed while it was down and restarted with the same flags learns it was
 * removed (from the queue server, which compares its configuration with the leader's), says so
 * in one log line and exits 1; meanwhile linearizable reads keep working (before, it sat as a
 * pre-candidate stealing reads it could not serve, and `ls` failed after 10 s). `status` is
 * built from the leader's configuration: the removed node shows "removed", a killed leader
 * "unreachable" (never a second leader), and with no quorum left it says so and exits 3 (it
 * printed a dead leader and exited 0). `remove-node` of an id that is no member fails (exit 1)
 * naming it.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { ClusterHarness } from "./cluster-harness";
import type { StatusDocument } from "./netns-cluster";

let harness: ClusterHarness | null = null;

afterEach(async () => {
  await harness?.stop();
  harness = null;
});

async function statusOf(h: ClusterHarness): Promise<{ code: number; document: StatusDocument }> {
  const run = await h.client(["status", "--json", "--timeout", "5000"]);
  return { code: run.code, document: JSON.parse(run.stdout) as StatusDocument };
}

function roleOf(document: StatusDocument, id: string): string | undefined {
  return document.nodes.find((node) => node.id === id)?.role;
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const value = await probe();
    if (value !== null) return value;
    await Bun.sleep(200);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

describe("membership", () => {
  test("a node removed while down and restarted stops with one log line; reads and status never count it", async () => {
    harness = await ClusterHarness.start({ chunkSize: 64 << 10 });
    const h = harness;
    const leader = await h.cluster.waitForLeader(30_000);
    const victim = h.cluster.nodes.find((node) => node.id !== leader);
    if (victim === undefined) throw new Error("a follower exists");
    await h.cluster.kill(victim);
    const removed = await h.client(["remove-node", victim.id]);
    expect({ code: removed.code, stderr: removed.stderr }).toEqual({ code: 0, stderr: "" });
    const afterRemoval = await until("status shows the removal", 15_000, async () => {
      const { document } = await statusOf(h);
      return roleOf(document, victim.id) === "removed" ? document : null;
    });
    expect(afterRemoval.nodes.filter((node) => node.role === "leader" || node.role === "follower").map((node) => node.id).toSorted())
      .toEqual(h.cluster.nodes.filter((node) => node !== victim).map((node) => node.id).toSorted());

    h.cluster.spawn(victim);
    const child = victim.process;
    if (child === null) throw new Error("the victim was started");
    const exited = await Promise.race([child.exited, Bun.sleep(30_000).then(() => null)]);
    expect(exited).toBe(1);
    const log = await Bun.file(`${h.dir}/logs/${victim.id}.log`).text();
    const lines = log.split("\n").filter((line) => line.includes("node.removed"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${victim.id} was removed`);

    for (let i = 0; i < 10; i += 1) {
      const listing = await h.client(["ls", "--timeout", "10000"]);
      expect({ code: listing.code, stderr: listing.stderr }).toEqual({ code: 0, stderr: "" });
      expect(listing.ms).toBeLessThan(8_000);
    }
    const final = await statusOf(h);
    expect(final.code).toBe(0);
    expect(roleOf(final.document, victim.id)).toBe("removed");
  }, 180_000);

  test("remove-node of an id that is no member fails, naming it", async () => {
    harness = await ClusterHarness.start({ chunkSize: 64 << 10 });
    const result = await harness.client(["remove-node", "zz9"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("zz9");
    expect(result.stderr).toContain("not a member");
  }, 120_000);

  test("status after a leader kill never shows two leaders; without quorum it exits 3", async () => {
    harness = await ClusterHarness.start({ chunkSize: 64 << 10 });
    const h = harness;
    const leader = await h.cluster.waitForLeader(30_000);
    await h.cluster.kill(h.cluster.node(leader));
    // From the moment the leader is dead, it is never shown as a leader, and no two are.
    const next = await until("a new leader", 30_000, async () => {
      const { document } = await statusOf(h);
      expect(roleOf(document, leader)).not.toBe("leader");
      expect(document.nodes.filter((node) => node.role === "leader").length).toBeLessThanOrEqual(1);
      return document.leader !== null && document.leader !== leader ? document.leader : null;
    });
    const settled = await statusOf(h);
    expect(settled.code).toBe(0);
    expect(roleOf(settled.document, leader)).toBe("unreachable");
    expect(roleOf(settled.document, next)).toBe("leader");

    await h.cluster.kill(h.cluster.node(next));
    const lost = await until("status reports no quorum", 20_000, async () => {
      const run = await h.client(["status", "--timeout", "5000"]);
      return run.code === 3 ? run : null;
    });
    expect(lost.stdout).toContain("leader (none)");
    expect(lost.stderr).toContain("no quorum");
    const document = (await statusOf(h)).document;
    expect(document.leader).toBeNull();
    expect(roleOf(document, leader)).toBe("unreachable");
    expect(roleOf(document, next)).toBe("unreachable");
  }, 180_000);
});
