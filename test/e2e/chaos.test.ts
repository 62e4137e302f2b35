/**
 * Chaos, bounded: for a fixed time, two writers and a reader run against a three-node cluster
 * while one node at a time is SIGKILLed and restarted (and once the queue server). Writers
 * retry what fails, as a user would. After the faults stop, every write that was acknowledged
 * (exit 0) must read back with its digest and be stored on every node: nothing acknowledged
 * is lost. Reads that succeed during the chaos must return exactly what was written.
 */
import { expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { Prng } from "../../src/lib/prng";
import { ClusterHarness, randomBytes } from "./cluster-harness";

const chaosMs = 35_000;
const chunkSize = 64 << 10;
const seed = Number(process.env.SEED ?? 7);

function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash("sha256").update(bytes).digest());
}

test(`chaos (SEED=${seed}): nothing acknowledged is lost`, async () => {
  const prng = new Prng(seed);
  const h = await ClusterHarness.start({ chunkSize });
  const acknowledged = new Map<string, Uint8Array>();
  const badReads: string[] = [];
  const deadline = performance.now() + chaosMs;
  try {
    const writer = async (name: string, sizes: Prng): Promise<void> => {
      for (let i = 0; performance.now() < deadline && i < 400; i += 1) {
        const bytes = randomBytes(sizes.intBetween(1, 300_000));
        const file = `${name}/${i}`;
        const input = join(h.dir, `${name}-${i}.in`);
        await Bun.write(input, bytes);
        for (let attempt = 0; attempt < 5; attempt += 1) {
          const result = await h.client(["write", input, "--name", file, "--timeout", "10000"]);
          if (result.code === 0) {
            acknowledged.set(file, bytes);
            break;
          }
          await Bun.sleep(300);
        }
      }
    };
    const reader = async (): Promise<void> => {
      for (let i = 0; performance.now() < deadline && i < 400; i += 1) {
        const names = [...acknowledged.keys()];
        if (names.length === 0) {
          await Bun.sleep(200);
          continue;
        }
        const name = names[i % names.length] as string;
        const output = join(h.dir, `read-${i}.out`);
        const result = await h.client(["read", name, "-o", output, "--timeout", "10000"]);
        if (result.code !== 0) continue;
        const back = new Uint8Array(await Bun.file(output).arrayBuffer());
        if (Buffer.compare(sha256(back), sha256(acknowledged.get(name) ?? new Uint8Array())) !== 0) badReads.push(name);
      }
    };
    const nemesis = async (): Promise<void> => {
      let queueKilled = false;
      for (let round = 0; performance.now() < deadline - 3_000 && round < 50; round += 1) {
        await Bun.sleep(prng.intBetween(1_000, 3_000));
        if (!queueKilled && round === 4) {
          queueKilled = true;
          await h.cluster.kill(h.cluster.queue);
          await Bun.sleep(500);
          h.cluster.spawn(h.cluster.queue);
          continue;
        }
        const victim = prng.pick(h.cluster.nodes);
        await h.cluster.kill(victim);
        await Bun.sleep(prng.intBetween(200, 2_000));
        h.cluster.spawn(victim);
      }
    };
    await Promise.all([writer("a", prng.fork()), writer("b", prng.fork()), reader(), nemesis()]);

    await h.cluster.waitForLeader(60_000);
    expect(badReads).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(5);
    for (const [name, bytes] of acknowledged) {
      const output = join(h.dir, `final-${name.replace("/", "_")}.out`);
      const read = await h.client(["read", name, "-o", output]);
      expect({ name, code: read.code, stderr: read.stderr }).toEqual({ name, code: 0, stderr: "" });
      expect(Buffer.compare(sha256(new Uint8Array(await Bun.file(output).arrayBuffer())), sha256(bytes))).toBe(0);
      for (let offset = 0; offset < bytes.length; offset += chunkSize) {
        const digest = sha256(bytes.subarray(offset, offset + chunkSize));
        for (const node of h.cluster.nodes) {
          let present = false;
          for (let attempt = 0; attempt < 100 && !present; attempt += 1) {
            present = await h.nodeHasChunk(node.port, digest);
            if (!present) await Bun.sleep(100);
          }
          expect({ name, node: node.id, present }).toEqual({ name, node: node.id, present: true });
        }
      }
    }
    console.log(`chaos: ${acknowledged.size} acknowledged writes survived`);
  } catch (error: unknown) {
    console.error(`reproduce with SEED=${seed} (logs kept in ${h.dir} when GOSSAMER_KEEP_E2E=1)`);
    throw error;
  } finally {
    await h.stop();
  }
}, 240_000);
