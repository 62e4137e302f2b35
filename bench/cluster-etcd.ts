/**
 * The etcd side of bench/cluster.ts: the same small-value writes (one put per "file", client i
 * on member i mod 3, as etcd's own client balances over its endpoints) and the same failover
 * trials (SIGKILL the leader, time the first acknowledged put through a surviving member).
 */
import { rmSync } from "node:fs";
import { assert } from "../src/lib/assert";
import { join } from "node:path";
import { runLoad, timeToFirstAck, type LoadBounds, type LoadFigures, type ProbeBounds } from "./cluster-load";
import type { FailoverFigures, WriteCase } from "./cluster-gossamer";
import { freshBytes } from "./cluster-content";
import { PhaseMeter } from "./cluster-usage";
import { EtcdCluster, etcdPut, type EtcdMember } from "./etcd-driver";

const healthyWaitMs = 30_000;
/** How long a restarted member may take to rejoin before a failover trial gives up. */
const rejoinWaitMs = 60_000;

export const liveEtcds = new Set<EtcdCluster>();

async function withEtcd<T>(dir: string, binary: string, body: (etcd: EtcdCluster) => Promise<T>): Promise<T> {
  const etcd = await EtcdCluster.start(dir, binary);
  liveEtcds.add(etcd);
  try {
    await etcd.waitHealthy(healthyWaitMs);
    return await body(etcd);
  } finally {
    await etcd.stop();
    liveEtcds.delete(etcd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * etcd's own counts of its syncs (from each member's /metrics on its client port): `wal` is one
 * WAL fsync (before an acknowledgement, batched over the proposals of one Raft Ready), `db` one
 * commit of its bbolt backend (every 100 ms or 10,000 writes; an fdatasync or two each).
 */
export const etcdSyncSelectors = [
  { key: "wal", metric: "etcd_disk_wal_fsync_duration_seconds_count" },
  { key: "db", metric: "etcd_disk_backend_commit_duration_seconds_count" },
] as const;

function etcdMeter(etcd: EtcdCluster): PhaseMeter {
  return new PhaseMeter(etcd.members.map((member) => {
    assert(member.process !== null, `${member.name} runs`);
    return { name: member.name, pid: member.process.pid, metricsUrl: `http://127.0.0.1:${member.clientPort}/metrics` };
  }), etcdSyncSelectors, { committed: "etcd_server_proposals_committed_total", applied: "etcd_server_proposals_applied_total" });
}

export function etcdWrites(dir: string, binary: string, cases: readonly WriteCase[], bounds: Omit<LoadBounds, "concurrency">): Promise<LoadFigures[]> {
  return withEtcd(join(dir, "etcd"), binary, async (etcd) => {
    const results: LoadFigures[] = [];
    const meter = etcdMeter(etcd);
    for (const each of cases) {
      const prefix = `w${each.fileBytes}-c${each.concurrency}`;
      // A fresh value per put, as for our writes: the client pays the same to make it.
      results.push(await runLoad({ ...bounds, concurrency: each.concurrency }, meter, (sequence) => {
        const member = etcd.members[sequence % etcd.members.length];
        const value = { base64: Buffer.from(freshBytes(each.fileBytes)).toString("base64") };
        return member === undefined ? Promise.resolve(false) : etcdPut(member.clientPort, `${prefix}/${sequence}`, value, 10_000);
      }));
    }
    return results;
  });
}

export function etcdFailover(dir: string, binary: string, trials: number, probe: ProbeBounds, probeTimeoutMs: number): Promise<FailoverFigures> {
  return withEtcd(join(dir, "etcd"), binary, async (etcd) => {
    const samplesMs: number[] = [];
    for (let trial = 1; trial <= trials; trial += 1) {
      let leader: EtcdMember;
      try {
        leader = await etcd.waitHealthy(rejoinWaitMs);
      } catch (error: unknown) {
        return { samplesMs, trials, stoppedBy: `trial ${trial}: ${error instanceof Error ? error.message : String(error)}` };
      }
      const survivors = etcd.members.filter((member) => member !== leader);
      const killedAt = performance.now();
      leader.process?.kill("SIGKILL");
      const ms = await timeToFirstAck(killedAt, probe, (sequence) => {
        const member = survivors[sequence % survivors.length];
        return member === undefined ? Promise.resolve(false) : etcdPut(member.clientPort, `failover/${trial}/${sequence}`, freshBytes(256), probeTimeoutMs);
      });
      if (ms !== null) samplesMs.push(ms);
      await leader.process?.exited;
      etcd.spawn(leader);
    }
    return { samplesMs, trials, stoppedBy: null };
  });
}
