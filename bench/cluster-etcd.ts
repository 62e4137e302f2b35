/**
 * The etcd side of bench/cluster.ts: the same small-value writes (one put per "file", client i
 * on member i mod 3, as etcd's own client balances over its endpoints) and the same failover
 * trials (SIGKILL the leader, time the first acknowledged put through a surviving member).
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { runLoad, timeToFirstAck, type LoadBounds, type LoadFigures, type ProbeBounds } from "./cluster-load";
import type { FailoverFigures, WriteCase } from "./cluster-gossamer";
import { randomBytes } from "./cluster-gossamer";
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

export function etcdWrites(dir: string, binary: string, cases: readonly WriteCase[], bounds: Omit<LoadBounds, "concurrency">): Promise<LoadFigures[]> {
  return withEtcd(join(dir, "etcd"), binary, async (etcd) => {
    const results: LoadFigures[] = [];
    for (const each of cases) {
      const value = { base64: Buffer.from(randomBytes(each.fileBytes)).toString("base64") };
      const prefix = `w${each.fileBytes}-c${each.concurrency}`;
      results.push(await runLoad({ ...bounds, concurrency: each.concurrency }, (sequence) => {
        const member = etcd.members[sequence % etcd.members.length];
        return member === undefined ? Promise.resolve(false) : etcdPut(member.clientPort, `${prefix}/${sequence}`, value, 10_000);
      }));
    }
    return results;
  });
}

export function etcdFailover(dir: string, binary: string, trials: number, probe: ProbeBounds, probeTimeoutMs: number): Promise<FailoverFigures> {
  return withEtcd(join(dir, "etcd"), binary, async (etcd) => {
    const samplesMs: number[] = [];
    const value = randomBytes(256);
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
        return member === undefined ? Promise.resolve(false) : etcdPut(member.clientPort, `failover/${trial}/${sequence}`, value, probeTimeoutMs);
      });
      if (ms !== null) samplesMs.push(ms);
      await leader.process?.exited;
      etcd.spawn(leader);
    }
    return { samplesMs, trials, stoppedBy: null };
  });
}
