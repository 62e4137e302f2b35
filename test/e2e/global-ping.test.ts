/**
 * Many clusters: three clusters on this machine (each a queue server and three nodes, each
 * with its own secret) share a global registry — a real private Redis, then a registry file —
 * and the global ping travels the ring: a ping from the first to the third returns the path
 * first, second, third with every node answering; a ping to a cluster that does not exist
 * comes back "not found" after at most one trip around the ring; with the second cluster's
 * processes killed, the ping skips it, says so, and still reaches the third.
 */
import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serviceGate, startRedis } from "../helpers/services";
import { ClusterHarness } from "./cluster-harness";

interface Hop { cluster: string; rttUs: number; nodesAnswered: string[]; nodesSilent: string[]; reachable: boolean; note: string }
interface PingOutcome { code: number; result: { path: Hop[]; found: boolean; reason: string } | null; stderr: string }

async function ping(origin: ClusterHarness, target: string | null): Promise<PingOutcome> {
  const run = await origin.client(["ping", "--json", ...(target === null ? [] : ["--cluster", target])], 120_000, false);
  return { code: run.code, stderr: run.stderr, result: run.stdout.trim() === "" ? null : (JSON.parse(run.stdout) as PingOutcome["result"]) };
}

async function waitRegistered(origin: ClusterHarness, count: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const outcome = await ping(origin, null);
    if (outcome.result?.path.filter((hop) => hop.reachable).length === count) return;
    await Bun.sleep(300);
  }
  throw new Error(`not all ${count} clusters registered in time`);
}

async function scenario(registry: string): Promise<void> {
  const clusters: ClusterHarness[] = [];
  try {
    for (const id of ["c1", "c2", "c3"]) clusters.push(await ClusterHarness.start({ cluster: id, registry, chunkSize: 64 << 10 }));
    const [first, second] = clusters as [ClusterHarness, ClusterHarness, ClusterHarness];
    await waitRegistered(first, 3);

    const reached = await ping(first, "c3");
    expect(reached.code).toBe(0);
    expect(reached.result?.found).toBe(true);
    expect(reached.result?.path.map((hop) => hop.cluster)).toEqual(["c1", "c2", "c3"]);
    for (const hop of reached.result?.path ?? []) {
      expect(hop.reachable).toBe(true);
      expect([...hop.nodesAnswered].sort()).toEqual(["n1", "n2", "n3"]);
    }

    const missing = await ping(first, "nowhere");
    expect(missing.code).toBe(1);
    expect(missing.result?.found).toBe(false);
    expect(missing.stderr).toContain("not found");
    expect(missing.result?.path.length ?? 99).toBeLessThanOrEqual(3);

    await Promise.all([...second.cluster.nodes, second.cluster.queue].map((target) => second.cluster.kill(target)));
    const skipped = await ping(first, "c3");
    expect(skipped.result?.found).toBe(true);
    // Pinged at once, within the registration's ttl (3 s): c2 is still registered, so the
    // ping must try it, report it unreachable with a note, and go on.
    const c2 = skipped.result?.path.find((hop) => hop.cluster === "c2");
    expect(c2?.reachable).toBe(false);
    expect(c2?.note.length ?? 0).toBeGreaterThan(0);
    expect(skipped.result?.path.at(-1)?.cluster).toBe("c3");
  } finally {
    await Promise.all(clusters.map((cluster) => cluster.stop()));
  }
}

const redisGate = serviceGate("redis");
let stopRedis: (() => Promise<void>) | null = null;
afterAll(async () => await stopRedis?.());

describe("global ping", () => {
  test("three clusters sharing a registry file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-registry-"));
    await scenario(`file:${join(dir, "registry.json")}`);
  }, 240_000);

  test.skipIf(!redisGate.run)("three clusters sharing a real Redis", async () => {
    const redis = await startRedis();
    stopRedis = redis.stop;
    await scenario(`redis://127.0.0.1:${redis.port}`);
  }, 240_000);
});
