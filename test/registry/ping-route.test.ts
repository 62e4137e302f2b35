/**
 * Proves the global ping's routing rules (src/registry/ping-route.ts) by walking whole pings
 * around simulated rings with the same steps a leader runs: check arrival, record its own
 * visit, route, and either answer or forward (recording an unreachable next cluster and
 * routing again). Covered: targets first, middle, last and self; an unknown target (answered
 * at once with a reason); an empty target (every cluster visited exactly once, in ring order
 * from the origin); hop limits (0, partial, exactly enough); unreachable clusters (reported,
 * skipped, never retried; an unreachable target ends the ping); ring changes mid-ping (a
 * cluster joining is visited, one leaving is not, a leader whose own registration expired
 * still routes). A seeded random walk checks the invariants on many rings: termination within
 * one trip, each cluster on the path at most once, and the forward waits shrinking down the
 * chain. The gateway validation (`pingProblem`) rejects malformed pings with a reason, and a
 * purity check keeps the module free of I/O, clocks and randomness.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import {
  arrivalAnswer, describePath, forwardWaitMs, hopLimitMax, nextCluster, pingProblem, routePing, startPing,
  unreachableHop, visitedHop, withHop, type Ping, type PingResult,
} from "../../src/registry/ping-route";

interface World {
  /** The ring each visit sees; called with the number of visits so far, so it may change. */
  ring(visits: number): readonly string[];
  unreachable: ReadonlySet<string>;
}

interface Walk {
  result: PingResult;
  /** Forward waits, in order of the forwards, for the shrinking-wait invariant. */
  waits: number[];
}

const hopWaitMs = 1_000;

/** Runs the leader's algorithm at `cluster`, recursing into the next cluster as a forward would. */
function visit(world: World, cluster: string, incoming: Ping, counter: { visits: number }, waits: number[]): PingResult {
  const repeat = arrivalAnswer(incoming, cluster);
  if (repeat !== null) return repeat;
  counter.visits += 1;
  expect(counter.visits).toBeLessThan(1_000);
  const nodes = [{ node: `${cluster}-n1`, answered: true }, { node: `${cluster}-n2`, answered: cluster !== "c" }];
  let ping = withHop(incoming, visitedHop(cluster, 100, nodes));
  const ring = world.ring(counter.visits);
  for (let attempt = 0; attempt <= ring.length + 1; attempt += 1) {
    const route = routePing(ring, cluster, ping);
    if (route.kind === "answer") return route.result;
    waits.push(forwardWaitMs(ring, route.ping, hopWaitMs));
    if (!world.unreachable.has(route.next)) return visit(world, route.next, route.ping, counter, waits);
    ping = withHop(ping, unreachableHop(route.next, "connect ECONNREFUSED"));
  }
  throw new Error("routing did not settle within one trip around the ring");
}

function walk(ring: readonly string[], origin: string, target: string, options: {
  hopLimit?: number; unreachable?: readonly string[]; ringAt?: (visits: number) => readonly string[];
} = {}): Walk {
  const world: World = { ring: options.ringAt ?? (() => ring), unreachable: new Set(options.unreachable ?? []) };
  const waits: number[] = [];
  const result = visit(world, origin, startPing(origin, target, options.hopLimit ?? 16), { visits: 0 }, waits);
  return { result, waits };
}

const clustersOf = (result: PingResult): string[] => result.path.map((hop) => hop.cluster);
const ring5 = ["a", "b", "c", "d", "e"];

describe("a named target", () => {
  test("the origin itself is found without leaving the cluster", () => {
    const { result } = walk(ring5, "c", "c");
    expect(result.found).toBe(true);
    expect(clustersOf(result)).toEqual(["c"]);
    expect(result.path[0]?.nodesAnswered).toEqual(["c-n1"]);
    expect(result.path[0]?.nodesSilent).toEqual(["c-n2"]);
  });

  test("the next cluster, the middle one and the one just before the origin (wrapping)", () => {
    expect(clustersOf(walk(ring5, "b", "c").result)).toEqual(["b", "c"]);
    expect(clustersOf(walk(ring5, "b", "d").result)).toEqual(["b", "c", "d"]);
    const wrapped = walk(ring5, "b", "a").result;
    expect(wrapped.found).toBe(true);
    expect(clustersOf(wrapped)).toEqual(["b", "c", "d", "e", "a"]);
    expect(wrapped.reason).toContain("reached cluster a");
  });

  test("first and last of the ring from the other end", () => {
    expect(clustersOf(walk(ring5, "e", "a").result)).toEqual(["e", "a"]);
    expect(clustersOf(walk(ring5, "a", "e").result)).toEqual(["a", "b", "c", "d", "e"]);
  });

  test("an unknown target is answered at the origin with a reason, not walked around", () => {
    const { result } = walk(ring5, "b", "zz");
    expect(result.found).toBe(false);
    expect(clustersOf(result)).toEqual(["b"]);
    expect(result.reason).toContain("cluster zz is not registered");
  });

  test("the ring order does not depend on the order the registry listed the clusters", () => {
    const shuffled = ["d", "a", "e", "c", "b"];
    expect(clustersOf(walk(shuffled, "b", "e").result)).toEqual(["b", "c", "d", "e"]);
  });
});

describe("the empty target", () => {
  test("visits every cluster exactly once, in ring order from the origin, and says so", () => {
    const { result } = walk(ring5, "c", "");
    expect(result.found).toBe(true);
    expect(clustersOf(result)).toEqual(["c", "d", "e", "a", "b"]);
    expect(result.reason).toContain("visited every registered cluster (5 reached, 0 unreachable)");
  });

  test("a ring of one is just the origin", () => {
    const { result } = walk(["solo"], "solo", "");
    expect(result.found).toBe(true);
    expect(clustersOf(result)).toEqual(["solo"]);
  });
});

describe("the hop limit", () => {
  test("0 keeps the ping at the origin", () => {
    const { result } = walk(ring5, "a", "", { hopLimit: 0 });
    expect(result.found).toBe(false);
    expect(clustersOf(result)).toEqual(["a"]);
    expect(result.reason).toContain("hop limit 0 reached at cluster a");
  });

  test("2 allows two forwards and stops short of a farther target", () => {
    const { result } = walk(ring5, "a", "e", { hopLimit: 2 });
    expect(result.found).toBe(false);
    expect(clustersOf(result)).toEqual(["a", "b", "c"]);
    expect(result.reason).toContain("before reaching cluster e");
  });

  test("exactly enough hops reach the target", () => {
    const { result } = walk(ring5, "a", "e", { hopLimit: 4 });
    expect(result.found).toBe(true);
    expect(clustersOf(result)).toEqual(["a", "b", "c", "d", "e"]);
  });

  test("unreachable clusters cost no hop", () => {
    const { result } = walk(ring5, "a", "d", { hopLimit: 2, unreachable: ["b"] });
    expect(result.found).toBe(true);
    expect(clustersOf(result)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("unreachable clusters", () => {
  test("are reported with a note and skipped, and the walk goes on to the target", () => {
    const { result } = walk(ring5, "a", "e", { unreachable: ["c"] });
    expect(result.found).toBe(true);
    expect(clustersOf(result)).toEqual(["a", "b", "c", "d", "e"]);
    const skipped = result.path[2];
    expect(skipped?.reachable).toBe(false);
    expect(skipped?.note).toBe("connect ECONNREFUSED");
    expect(describePath(result.path)).toContain("c(unreachable: connect ECONNREFUSED)");
  });

  test("several in a row are skipped by the same leader", () => {
    const { result } = walk(ring5, "a", "", { unreachable: ["b", "c", "d"] });
    expect(result.found).toBe(true);
    expect(result.path.map((hop) => `${hop.cluster}:${hop.reachable}`)).toEqual(["a:true", "b:false", "c:false", "d:false", "e:true"]);
    expect(result.reason).toContain("(2 reached, 3 unreachable)");
  });

  test("an unreachable target ends the ping with the reason, instead of going around", () => {
    const { result } = walk(ring5, "a", "c", { unreachable: ["c"] });
    expect(result.found).toBe(false);
    expect(clustersOf(result)).toEqual(["a", "b", "c"]);
    expect(result.reason).toContain("cluster c is registered but unreachable: connect ECONNREFUSED");
  });

  test("when every other cluster is unreachable the empty-target ping ends at the origin", () => {
    const { result } = walk(ring5, "a", "", { unreachable: ["b", "c", "d", "e"] });
    expect(result.path.filter((hop) => hop.reachable).map((hop) => hop.cluster)).toEqual(["a"]);
    expect(result.path).toHaveLength(5);
  });
});

describe("the ring changes mid-ping", () => {
  test("a cluster that registers while the ping is under way is visited when the walk reaches it", () => {
    const ringAt = (visits: number): readonly string[] => visits < 3 ? ring5 : [...ring5, "bb"];
    const { result } = walk(ring5, "b", "", { ringAt });
    expect(clustersOf(result)).toEqual(["b", "c", "d", "e", "a", "bb"]);
    expect(result.found).toBe(true);
  });

  test("a cluster that leaves is not visited", () => {
    const ringAt = (visits: number): readonly string[] => visits < 2 ? ring5 : ring5.filter((cluster) => cluster !== "d");
    const { result } = walk(ring5, "a", "", { ringAt });
    expect(clustersOf(result)).toEqual(["a", "b", "c", "e"]);
  });

  test("a leader whose own registration expired routes from where it would sort", () => {
    const ring = ["a", "c", "e"];
    const ping = withHop(startPing("b", "", 16), visitedHop("b", 0, []));
    expect(nextCluster(ring, "b", ping.path)).toBe("c");
    const route = routePing(ring, "b", ping);
    expect(route.kind).toBe("forward");
    if (route.kind === "forward") expect(route.next).toBe("c");
  });

  test("a target that disappears before the ping reaches it is reported not registered", () => {
    const ringAt = (visits: number): readonly string[] => visits < 2 ? ring5 : ["a", "b", "c", "d"];
    const { result } = walk(ring5, "a", "e", { ringAt });
    expect(result.found).toBe(false);
    expect(clustersOf(result)).toEqual(["a", "b"]);
    expect(result.reason).toContain("cluster e is not registered (registry as seen from b)");
  });

  test("a ping arriving where it has already been is answered without a second visit", () => {
    const ping = withHop(withHop(startPing("a", "", 16), visitedHop("a", 0, [])), visitedHop("b", 0, []));
    const repeat = arrivalAnswer(ping, "a");
    expect(repeat?.found).toBe(false);
    expect(repeat?.reason).toContain("came back to cluster a");
    expect(arrivalAnswer(ping, "c")).toBeNull();
  });
});

describe("invariants on random rings", () => {
  test("every walk ends within one trip, visits each cluster at most once, and waits shrink down the chain", () => {
    const seed = Number(process.env.SEED ?? 0x5eed);
    const prng = new Prng(seed);
    const pick = (count: number): number => prng.nextUint32() % count;
    try {
      for (let round = 0; round < 300; round += 1) {
        const size = 1 + pick(12);
        const ring = Array.from({ length: size }, (_, index) => `c${String(index).padStart(2, "0")}`);
        const origin = ring[pick(size)] ?? "c00";
        const unreachable = ring.filter((cluster) => cluster !== origin && pick(4) === 0);
        const target = pick(3) === 0 ? "" : pick(5) === 0 ? "nope" : ring[pick(size)] ?? "";
        const hopLimit = pick(hopLimitMax + 1);
        const { result, waits } = walk(ring, origin, target, { hopLimit, unreachable });
        const clusters = clustersOf(result);
        expect(new Set(clusters).size).toBe(clusters.length);
        expect(clusters.length).toBeLessThanOrEqual(size);
        expect(clusters[0]).toBe(origin);
        expect(result.path.filter((hop) => hop.reachable).length - 1).toBeLessThanOrEqual(hopLimit);
        for (const hop of result.path) expect(hop.reachable).toBe(!unreachable.includes(hop.cluster));
        if (result.found && target !== "") expect(clusters.at(-1)).toBe(target);
        if (target === "" && hopLimit >= size) {
          expect(result.found).toBe(true);
          expect([...clusters].sort()).toEqual(ring);
        }
        for (let index = 1; index < waits.length; index += 1) {
          expect(waits[index] ?? 0).toBeLessThanOrEqual(waits[index - 1] ?? 0);
        }
        expect(pingProblem({ ...startPing(origin, target === "nope" ? "" : target, hopLimit), path: result.path })).toBeNull();
      }
    } catch (error: unknown) {
      console.error(`reproduce with SEED=${seed}`);
      throw error;
    }
  });
});

describe("the gateway check", () => {
  const good = withHop(startPing("a", "c", 4), visitedHop("a", 10, [{ node: "n1", answered: true }]));

  test("a well-formed ping passes", () => {
    expect(pingProblem(good)).toBeNull();
  });

  test("malformed pings are rejected with a reason", () => {
    expect(pingProblem({ ...good, origin: "" })).toContain("origin");
    expect(pingProblem({ ...good, target: "has space" })).toContain("target");
    expect(pingProblem({ ...good, hopLimit: hopLimitMax + 1 })).toContain("hop limit");
    expect(pingProblem({ ...good, hopLimit: 1.5 })).toContain("hop limit");
    expect(pingProblem({ ...good, path: [...good.path, ...good.path] })).toContain("twice");
    expect(pingProblem({ ...good, origin: "b" })).toContain("not at the origin");
    const badRtt = { ...visitedHop("b", 0, []), rttUs: -1 };
    expect(pingProblem({ ...good, path: [...good.path, badRtt] })).toContain("rttUs");
    const manyNodes = visitedHop("b", 0, Array.from({ length: 65 }, (_, index) => ({ node: `n${index}`, answered: true })));
    expect(manyNodes.nodesAnswered).toHaveLength(64);
    expect(manyNodes.note).toContain("1 more nodes not listed");
    expect(pingProblem({ ...good, path: [...good.path, { ...manyNodes, nodesSilent: ["x"] }] })).toContain("more than 64 nodes");
  });

  test("long notes are cut, not rejected", () => {
    const hop = unreachableHop("b", "x".repeat(1_000));
    expect(hop.note.length).toBe(200);
    expect(pingProblem(withHop(good, hop))).toBeNull();
  });
});

test("forward waits cover every untried cluster plus one, within the cap", () => {
  const ping = withHop(startPing("a", "", 16), visitedHop("a", 0, []));
  expect(forwardWaitMs(ring5, ping, 500)).toBe(5 * 500);
  expect(forwardWaitMs(ring5, withHop(ping, unreachableHop("b", "down")), 500)).toBe(4 * 500);
  expect(forwardWaitMs(Array.from({ length: 200 }, (_, index) => `c${index}`), ping, 10_000)).toBe(120_000);
});

test("ping routing, ids, the file format and spec parsing are pure: no I/O, clock, timers or randomness", async () => {
  for (const file of ["src/registry/ping-route.ts", "src/registry/cluster-id.ts", "src/registry/file-format.ts", "src/registry/spec.ts"]) {
    const text = await Bun.file(new URL(`../../${file}`, import.meta.url)).text();
    expect(text.length).toBeGreaterThan(0);
    for (const pattern of [/from "(bun|node:)/, /require\(/, /Date\.now|Math\.random|setTimeout|setInterval|performance\.now|new Date\(/]) {
      expect(text).not.toMatch(pattern);
    }
  }
});
