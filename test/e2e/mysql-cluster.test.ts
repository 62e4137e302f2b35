/**
 * The cluster on MySQL/MariaDB storage: three nodes of the compiled binary, each with its own
 * database (derived from its node id) on one private MariaDB server, write and read a file
 * and survive a leader SIGKILL and restart. Skipped with one line when MariaDB is absent, a
 * failure under GOSSAMER_REQUIRE_SERVICES=1.
 */
import { afterAll, describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { serviceGate, startMariaDb } from "../helpers/services";
import { ClusterHarness, randomBytes } from "./cluster-harness";

const gate = serviceGate("mariadb");
let stopMariaDb: (() => Promise<void>) | null = null;
let harness: ClusterHarness | null = null;

afterAll(async () => {
  await harness?.stop();
  await stopMariaDb?.();
});

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

describe.skipIf(!gate.run)("cluster on MariaDB", () => {
  test("write, read, and a leader restart with every node on its own database", async () => {
    const mariadb = await startMariaDb();
    stopMariaDb = mariadb.stop;
    harness = await ClusterHarness.start({ chunkSize: 256 << 10, extraArgs: ["--storage", "mysql", "--mysql-url", `mysql://root@127.0.0.1:${mariadb.port}`] });
    const h = harness;
    const bytes = randomBytes(1_000_000);
    await Bun.write(join(h.dir, "m.in"), bytes);
    const written = await h.client(["write", join(h.dir, "m.in"), "--name", "m.bin"]);
    expect(written.stderr).toBe("");
    expect(written.code).toBe(0);
    const leader = await h.cluster.waitForLeader(30_000);
    await h.cluster.restart(h.cluster.node(leader));
    await h.cluster.waitForLeader(30_000);
    const read = await h.client(["read", "m.bin", "-o", join(h.dir, "m.out")]);
    expect(read.code).toBe(0);
    expect(sha256(new Uint8Array(await Bun.file(join(h.dir, "m.out")).arrayBuffer()))).toBe(sha256(bytes));
  }, 180_000);
});
