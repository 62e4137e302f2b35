/**
 * What this proves, across real hosts with their own addresses (network namespaces on a
 * bridge, as root; skipped with a reason otherwise, a failure under GOSSAMER_REQUIRE_SERVICES=1):
 * a discovery server in one namespace, bound to 0.0.0.0:8888, hears a node in another
 * namespace that broadcasts to 255.255.255.255:8888, admits it, and the EdgeList comes back
 * over TCP to the address and command port the node signed (the node's own namespace address);
 * the node then stops broadcasting. Before that, from a third namespace: a node with the wrong
 * secret broadcasts until it gives up and never receives an edge list; random datagrams, two
 * oversized ones and a request for another cluster are all dropped; a valid request broadcast
 * twice is admitted once (the copy is a replay). Through all of it the server process keeps
 * running, logs its drops at a bounded rate, and still admits the good node at the end.
 *
 * Every process runs the same bun binary as the test (process.execPath); the namespaces, the
 * bridge and every process are removed in `finally`, also when an assertion fails.
 */
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { netnsGate, withNetbed, type Netbed, type NetnsHost } from "../helpers/netns";

const gate = netnsGate();
const fixtures = join(import.meta.dir, "fixtures");
const secret = "netns-cluster-secret";
const cluster = "c1";
const discoveryPort = 8888;
/** Each step below takes well under a second unloaded; this allows for a busy 2-core machine. */
const stepMs = 20_000;

type Event = Record<string, unknown> & { readonly event: string };

/** A fixture process and the JSON-line events it has printed so far. */
interface Watched {
  readonly events: Event[];
  readonly exited: Promise<number>;
  readonly stderr: () => Promise<string>;
  alive(): boolean;
}

function start(bed: Netbed, host: NetnsHost, fixture: string, config: Record<string, unknown>): Watched {
  const child = bed.run(host, [process.execPath, join(fixtures, fixture), JSON.stringify(config)], { cwd: join(import.meta.dir, "../..") });
  const events: Event[] = [];
  void (async () => {
    let pending = "";
    for await (const chunk of child.stdout) {
      pending += new TextDecoder().decode(chunk);
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) if (line.trim() !== "") events.push(JSON.parse(line) as Event);
    }
  })();
  return {
    events,
    exited: child.exited,
    stderr: async () => await new Response(child.stderr).text(),
    alive: () => child.exitCode === null && child.signalCode === null,
  };
}

async function eventually(what: string, condition: () => boolean, timeoutMs = stepMs): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await Bun.sleep(20);
  }
}

interface ServerStats {
  readonly datagrams: number;
  readonly dropped: Readonly<Record<string, number | undefined>>;
  /** Datagrams the kernel cut short, dropped by the UDP layer before the gate. */
  readonly truncated: number;
}

/** The server's latest counters (its fixture prints them whenever they change). */
function lastStats(server: Watched): ServerStats {
  const line = server.events.filter((event) => event.event === "stats").at(-1);
  const stats = (line?.stats ?? {}) as { datagrams?: number; dropped?: Record<string, number> };
  return { datagrams: stats.datagrams ?? 0, dropped: stats.dropped ?? {}, truncated: Number(line?.truncated ?? 0) };
}

describe.skipIf(!gate.run)("discovery across network namespaces", () => {
  test("broadcast join works; wrong secret, garbage, oversize and replay are dropped; the server survives", async () => {
    await withNetbed(3, async (bed) => {
      const [queueHost, goodHost, badHost] = bed.hosts;
      if (queueHost === undefined || goodHost === undefined || badHost === undefined) throw new Error("three hosts");
      const server = start(bed, queueHost, "discovery-server-main.ts", {
        port: discoveryPort, secret, cluster, queueAddress: `${queueHost.address}:7400`,
      });
      try {
        await eventually("the server to listen", () => server.events.some((event) => event.event === "listening"));

        // The attackers, from their own namespace.
        const intruder = start(bed, badHost, "discovery-node-main.ts", {
          nodeId: "intruder", host: badHost.address, commandPort: 7401, secret: "not-the-secret", cluster,
          discoveryPort, attemptsMax: 5,
        });
        const garbage = start(bed, badHost, "send-datagrams-main.ts", {
          port: discoveryPort, seed: 20_240_601, randomCount: 200, secret, cluster, host: badHost.address,
        });
        expect(await garbage.exited).toBe(0);
        expect(await intruder.exited).toBe(2); // gave up
        expect(intruder.events.some((event) => event.event === "edge-list")).toBe(false);
        expect(intruder.events.find((event) => event.event === "done")?.error).toBe("gave-up");
        const garbageSent = Number(garbage.events.find((event) => event.event === "sent")?.count);
        expect(garbageSent).toBe(200 + 2 + 1 + 2);

        // Every datagram was seen (oversized ones may be cut by the kernel: counted apart).
        await eventually("the server to count every datagram", () => {
          const stats = lastStats(server);
          return stats.datagrams + stats.truncated >= garbageSent + 5;
        });
        const stats = lastStats(server);
        expect((stats.dropped.oversize ?? 0) + stats.truncated).toBe(2);
        expect(stats.dropped["bad-hmac"]).toBe(5);
        expect(stats.dropped.replay).toBe(1);
        expect(stats.dropped["wrong-cluster"]).toBe(1);
        expect((stats.dropped.malformed ?? 0) + (stats.dropped["invalid-field"] ?? 0)).toBeGreaterThanOrEqual(200);
        // The valid copy of the replayed request is the only admission so far.
        const admitted = server.events.filter((event) => event.event === "request");
        expect(admitted.map((event) => event.nodeId)).toEqual(["replayer"]);
        // Drops are logged, at a bounded rate: 5 lines per reason per 10 s window.
        const droppedLines = server.events.filter((event) => event.event === "log" && event.log === "discovery.dropped");
        expect(droppedLines.length).toBeGreaterThan(0);
        expect(droppedLines.length).toBeLessThanOrEqual(5 * 6);
        expect(server.alive()).toBe(true);

        // The real node joins: broadcast out, EdgeList back over TCP to its own address.
        const node = start(bed, goodHost, "discovery-node-main.ts", {
          nodeId: "n2", host: goodHost.address, commandPort: 7401, secret, cluster, discoveryPort, attemptsMax: 50,
        });
        expect(await node.exited).toBe(0);
        const edgeList = node.events.find((event) => event.event === "edge-list")?.edgeList as Record<string, unknown> | undefined;
        expect(edgeList?.cluster).toBe(cluster);
        expect(edgeList?.leader).toBe("n1");
        expect(edgeList?.queueServers).toEqual([`${queueHost.address}:7400`]);
        await eventually("the server to report the answer", () =>
          server.events.some((event) => event.event === "edge-list-sent" && event.nodeId === "n2"));
        const request = server.events.find((event) => event.event === "request" && event.nodeId === "n2");
        expect(request?.source).toBe(goodHost.address);
        expect(request?.host).toBe(goodHost.address);
        expect(server.events.find((event) => event.event === "edge-list-sent" && event.nodeId === "n2")?.ok).toBe(true);
        expect(server.events.some((event) => event.event === "request" && event.nodeId === "intruder")).toBe(false);
        expect(server.alive()).toBe(true);
      } catch (error: unknown) {
        console.error(`server stderr: ${server.alive() ? "(running)" : await server.stderr()}`);
        console.error(`server events: ${JSON.stringify(server.events.slice(-20))}`);
        throw error;
      }
    });
  });
});
