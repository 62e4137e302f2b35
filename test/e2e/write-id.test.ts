/**
 * A write whose acknowledgement is lost after its commit is applied once, with the compiled
 * binary against a real three-node cluster. The queue server runs with the test fault
 * GOSSAMER_TEST_LOSE_WRITE_ANSWERS=1 (src/queue/lose-write-answers.ts): it closes the writer's
 * connection instead of sending the first committed write's answer, as a queue server that
 * dies between the commit and the acknowledgement would.
 *
 * - In one process: `write` (default --retries) sees the outcome unknown, sends the write again
 *   with the same write id, and is answered with the version the lost answer carried
 *   (`repeated`); `stat` and `ls` show that one version, and no second one was made.
 * - Across processes: `write --retries 0` exits 4 naming the write id; the file is there;
 *   `write --write-id ID` in a new process is answered with that same version, and stores
 *   nothing new; the same id for other content is refused (exit 1), a fresh id writes anew.
 *
 * Before write ids, the retry stored a second version (stat showed a higher one), and a client
 * never retried an unknown outcome at all.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { join } from "node:path";
import { ClusterHarness, randomBytes, type ClientRun } from "./cluster-harness";

let harness: ClusterHarness;

beforeAll(async () => {
  harness = await ClusterHarness.start({ chunkSize: 64 << 10, env: { GOSSAMER_TEST_LOSE_WRITE_ANSWERS: "1" } });
}, 180_000);

afterAll(async () => {
  await harness.stop();
});

function json(run: ClientRun): Record<string, unknown> {
  try {
    return JSON.parse(run.stdout) as Record<string, unknown>;
  } catch (error: unknown) {
    throw new Error(`not JSON (exit ${run.code}): ${run.stdout} ${run.stderr}`, { cause: error });
  }
}

async function input(name: string, size: number): Promise<string> {
  const path = join(harness.dir, name);
  await Bun.write(path, randomBytes(size));
  return path;
}

async function versionsOf(name: string): Promise<unknown[]> {
  const listed = await harness.client(["ls", "--json"]);
  expect(listed.code).toBe(0);
  const files = json(listed).files as { name: string; version: number }[];
  return files.filter((file) => file.name === name).map((file) => file.version);
}

/** A fresh queue server: its fault loses the next committed write's answer again. */
async function restartQueue(): Promise<void> {
  await harness.cluster.restart(harness.cluster.queue);
  await harness.cluster.waitForLeader(30_000);
}

describe("a write whose answer is lost after the commit", () => {
  test("the client sends it again with the same write id and is answered with the first version; one version is stored", async () => {
    const path = await input("retried.in", 300_000);
    const written = await harness.client(["write", path, "--name", "docs/retried.bin", "--json"]);
    expect(written.code).toBe(0);
    const report = json(written);
    expect(report.repeated).toBe(true);
    expect(report.writeId).toMatch(/^[0-9a-f]{32}$/);
    const stat = await harness.client(["stat", "docs/retried.bin", "--json"]);
    expect(stat.code).toBe(0);
    expect(json(stat).version).toBe(report.version);
    expect(await versionsOf("docs/retried.bin")).toEqual([report.version]);
  }, 120_000);

  test("--retries 0 ends with exit 4 naming the id; a new process with --write-id gets the same version and stores nothing new", async () => {
    await restartQueue();
    const path = await input("scripted.in", 200_000);
    const first = await harness.client(["write", path, "--name", "docs/scripted.bin", "--retries", "0", "--json"]);
    expect(first.code).toBe(4);
    const error = json(first).error as { code: string; message: string };
    expect(error.code).toBe("outcome-unknown");
    const writeId = /--write-id ([0-9a-f]{32})/.exec(error.message)?.[1];
    expect(writeId).toBeDefined();
    // The first attempt did commit: its answer alone was lost.
    const stat = await harness.client(["stat", "docs/scripted.bin", "--json"]);
    expect(stat.code).toBe(0);
    const version = json(stat).version;

    const retried = await harness.client(["write", path, "--name", "docs/scripted.bin", "--write-id", writeId ?? "", "--json"]);
    expect(retried.code).toBe(0);
    expect(json(retried)).toMatchObject({ version, writeId, repeated: true });
    expect(await versionsOf("docs/scripted.bin")).toEqual([version]);
    expect(json(await harness.client(["stat", "docs/scripted.bin", "--json"])).version).toBe(version);

    // The same id for other content is refused, and stores nothing.
    const other = await input("other.in", 1000);
    const reused = await harness.client(["write", other, "--name", "docs/other.bin", "--write-id", writeId ?? "", "--json"]);
    expect(reused.code).toBe(1);
    expect((json(reused).error as { message: string }).message).toContain(`write id ${writeId ?? ""} was used at version ${String(version)}`);
    expect(await versionsOf("docs/other.bin")).toEqual([]);

    // A write id never applied (its first attempt did not commit) writes normally.
    const fresh = await harness.client(["write", other, "--name", "docs/other.bin", "--write-id", "00112233445566778899aabbccddeeff", "--json"]);
    expect(fresh.code).toBe(0);
    expect(json(fresh)).toMatchObject({ repeated: false, writeId: "00112233445566778899aabbccddeeff" });
    expect(await versionsOf("docs/other.bin")).toEqual([json(fresh).version]);
  }, 180_000);
});
