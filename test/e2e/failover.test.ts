/**
 * Failover with the compiled binary on loopback (issue 13 item 7): clients keep writing (each a
 * new small file, each giving up after 1 s as a busy client would), the leader is SIGKILLed, and
 * the next write is acknowledged within a bound generous for a loaded 2-core machine. Meanwhile
 * every write whose client gave up must leave the queue server's queues (none is drained by the
 * new leader), and the node clock comes from the command line (--tick-ms, --election-ticks,
 * --heartbeat-ticks), refused at start-up when unsound. Timing figures live in
 * bench/cluster.ts (`--only failover`); this test asserts behaviour.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { uploadFile, type ClientOptions } from "../../src/client";
import { silentLogger } from "../../src/lib/logger";
import { ClusterHarness, randomBytes } from "./cluster-harness";
import { runBinary } from "../helpers/gossamer-binary";

let harness: ClusterHarness | null = null;

afterEach(async () => {
  await harness?.stop();
  harness = null;
});

/** Kill -9 to the next acknowledged write: a few hundred ms when idle; this leaves room for a loaded machine. */
const firstAckBoundMs = 6_000;
const probeIntervalMs = 50;
const probeTimeoutMs = 1_000;

describe("failover", () => {
  test("SIGKILL the leader under a stream of impatient writes: a new leader acknowledges the next one in bounded time, and no abandoned write lingers", async () => {
    // The defaults, spelled out: the flags reach every node (and the queue server accepts them).
    harness = await ClusterHarness.start({ extraArgs: ["--tick-ms", "25", "--election-ticks", "12", "--heartbeat-ticks", "2"] });
    const h = harness;
    const options: ClientOptions = {
      queues: [{ host: "127.0.0.1", port: h.cluster.queue.port }], cluster: h.cluster.cluster, credential: { kind: "admin", secret: h.cluster.secret },
      tls: null, chunkSize: 1 << 20, frameBytesMax: (1 << 20) + (64 << 10), requestTimeoutMs: probeTimeoutMs, logger: silentLogger,
    };
    let sequence = 0;
    const write = async (): Promise<boolean> => {
      sequence += 1;
      const path = join(h.dir, `probe-${sequence}.in`);
      await Bun.write(path, randomBytes(256));
      return (await uploadFile(options, { path, name: `probe/${sequence}` })).ok;
    };
    const leader = await h.cluster.waitForLeader(30_000);
    expect(await write()).toBe(true);
    const killedAt = performance.now();
    await h.cluster.kill(h.cluster.node(leader));
    let firstAckMs: number | null = null;
    const probes: Promise<void>[] = [];
    // Bounded by the bound: one probe per interval.
    while (firstAckMs === null && performance.now() - killedAt < firstAckBoundMs) {
      probes.push(write().then((acknowledged) => {
        if (acknowledged && firstAckMs === null) firstAckMs = performance.now() - killedAt;
      }));
      await Bun.sleep(probeIntervalMs);
    }
    await Promise.all(probes);
    expect(firstAckMs).not.toBeNull();
    expect(firstAckMs ?? Number.POSITIVE_INFINITY).toBeLessThan(firstAckBoundMs);
    // The queue server trusts a new leader, and once every client has given up or been answered,
    // nothing of theirs is left on its queues.
    const next = await h.cluster.waitForLeader(30_000, leader);
    expect(next).not.toBe(leader);
    let status = await h.cluster.status();
    for (let waited = 0; waited < 5_000 && ((status?.leaderQueue ?? 0) > 0 || (status?.nonLeaderQueue ?? 0) > 0); waited += 100) {
      await Bun.sleep(100);
      status = await h.cluster.status();
    }
    expect(status).toMatchObject({ leader: next, leaderQueue: 0, nonLeaderQueue: 0 });
    // And the cluster keeps writing with the old leader back as a follower.
    h.cluster.spawn(h.cluster.node(leader));
    let written = false;
    for (let attempt = 0; attempt < 10 && !written; attempt += 1) written = await write();
    expect(written).toBe(true);
  }, 120_000);

  test("a node with an unsound clock refuses to start, naming the setting", async () => {
    const result = await runBinary(["--role", "node", "--election-ticks", "4", "--heartbeat-ticks", "2"], { cwd: tmpdir() });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("gossamer: bad configuration: --election-ticks = 4: expected more than twice --heartbeat-ticks (2), at least 5");
  }, 120_000);
});
