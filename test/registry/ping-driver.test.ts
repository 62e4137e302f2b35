/**
 * The ping driver over in-memory ports: a set of fake clusters whose `forward` calls the next
 * cluster's handlePing directly (with a measured round trip), some of which refuse, hang, or
 * cannot read the registry. It proves: the path, the nodes that answered and were silent, and
 * each forwarded hop's round trip reach the client; a cluster that refuses is reported
 * unreachable with the cause and skipped; a cluster that hangs is cut off at the forward wait
 * (the whole ping answers in bounded time) and reported; a registry that cannot be read ends
 * the ping with the reason; a malformed ping is answered, not thrown.
 */
import { expect, test } from "bun:test";
import { handlePing, type PingPorts } from "../../src/registry/ping-driver";
import { startPing, type Ping, type PingResult } from "../../src/registry/ping-route";

interface FakeWorld {
  ring: string[];
  refusing: Set<string>;
  hanging: Set<string>;
  registryDown: Set<string>;
}

function portsFor(world: FakeWorld, self: string, hopWaitMs = 1_000): PingPorts {
  return {
    self,
    hopWaitMs,
    ring: async () => {
      if (world.registryDown.has(self)) throw new Error("connect ECONNREFUSED 127.0.0.1:6379");
      return world.ring;
    },
    pingOwnNodes: async () => [{ node: `${self}-n1`, answered: true }, { node: `${self}-n2`, answered: self !== "b" }],
    forward: async (next: string, ping: Ping): Promise<{ result: PingResult; rttUs: number }> => {
      if (world.refusing.has(next)) throw Object.assign(new Error(`connect ECONNREFUSED ${next}`), { code: "ECONNREFUSED" });
      if (world.hanging.has(next)) return await new Promise(() => undefined);
      return { result: await handlePing(portsFor(world, next, hopWaitMs), ping), rttUs: 1_234 };
    },
  };
}

const world = (overrides: Partial<FakeWorld> = {}): FakeWorld => ({
  ring: ["a", "b", "c", "d"], refusing: new Set(), hanging: new Set(), registryDown: new Set(), ...overrides,
});

test("the client gets the path, who answered in each cluster, and each forwarded hop's round trip", async () => {
  const result = await handlePing(portsFor(world(), "a"), startPing("a", "", 16));
  expect(result.found).toBe(true);
  expect(result.path.map((hop) => hop.cluster)).toEqual(["a", "b", "c", "d"]);
  expect(result.path.map((hop) => hop.rttUs)).toEqual([0, 1_234, 1_234, 1_234]);
  expect(result.path[1]?.nodesAnswered).toEqual(["b-n1"]);
  expect(result.path[1]?.nodesSilent).toEqual(["b-n2"]);
});

test("a refusing cluster is reported with the cause and skipped", async () => {
  const result = await handlePing(portsFor(world({ refusing: new Set(["b"]) }), "a"), startPing("a", "d", 16));
  expect(result.found).toBe(true);
  expect(result.path.map((hop) => `${hop.cluster}:${hop.reachable}`)).toEqual(["a:true", "b:false", "c:true", "d:true"]);
  expect(result.path[1]?.note).toContain("ECONNREFUSED");
});

test("a hanging cluster is cut off at the forward wait and the ping still answers", async () => {
  const started = Date.now();
  const result = await handlePing(portsFor(world({ hanging: new Set(["c"]) }), "a", 40), startPing("a", "", 16));
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(result.path.map((hop) => `${hop.cluster}:${hop.reachable}`)).toEqual(["a:true", "b:true", "c:false", "d:true"]);
  expect(result.path[2]?.note).toContain("no answer within");
  expect(result.found).toBe(true);
});

test("a registry that cannot be read ends the ping at that cluster with the reason", async () => {
  const result = await handlePing(portsFor(world({ registryDown: new Set(["b"]) }), "a"), startPing("a", "d", 16));
  expect(result.found).toBe(false);
  expect(result.path.map((hop) => hop.cluster)).toEqual(["a", "b"]);
  expect(result.reason).toContain("the registry cannot be read at cluster b");
});

test("a malformed ping is answered with the problem, not thrown", async () => {
  const result = await handlePing(portsFor(world(), "a"), { target: "", hopLimit: 500, path: [], origin: "a" });
  expect(result.found).toBe(false);
  expect(result.reason).toContain("malformed ping: hop limit 500");
});
