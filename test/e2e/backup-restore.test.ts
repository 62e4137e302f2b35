/**
 * Backup and restore with the compiled binary: a three-node cluster holds files of awkward
 * sizes (empty, one byte, many chunks, duplicates); `backup -o FILE` writes a snapshot whose
 * SHA-256 is the one reported (the node's digest of what it sent, checked by the client); the
 * cluster is wiped (stopped, its directory removed); a new cluster is restored from the file
 * (`--role node --restore FILE` for each node) and every file reads back identical, a removed
 * one stays gone, and the new cluster takes writes. A damaged backup is refused, and so is a
 * data dir that already holds state.
 */
import { afterAll, describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBinary } from "../helpers/gossamer-binary";
import { ClusterHarness, randomBytes } from "./cluster-harness";

const keep = mkdtempSync(join(tmpdir(), "gossamer-backup-"));
const harnesses: ClusterHarness[] = [];
afterAll(async () => {
  for (const harness of harnesses) await harness.stop();
  rmSync(keep, { recursive: true, force: true });
});

const chunkSize = 64 << 10;

describe("backup and restore", () => {
  test("back up, wipe, restore: every file reads back identical", async () => {
    const original = await ClusterHarness.start({ chunkSize, cluster: "before" });
    harnesses.push(original);
    const shared = randomBytes(200_000);
    const files = new Map<string, Uint8Array>([
      ["empty", new Uint8Array(0)], ["one", new Uint8Array([7])], ["big/many-chunks.bin", randomBytes(1_000_000)],
      ["dup/a", shared], ["dup/b", shared], ["unicode/名前.txt", new TextEncoder().encode("héllo")],
    ]);
    for (let i = 0; i < 20; i += 1) files.set(`small/${i}`, randomBytes(i * 97));
    for (const [name, bytes] of files) {
      const path = join(original.dir, "in.bin");
      writeFileSync(path, bytes);
      expect((await original.client(["write", path, "--name", name])).code).toBe(0);
    }
    expect((await original.client(["write", join(original.dir, "in.bin"), "--name", "removed"])).code).toBe(0);
    expect((await original.client(["rm", "removed"])).code).toBe(0);

    const backupPath = join(keep, "store.backup");
    const backedUp = await original.client(["backup", "-o", backupPath, "--json"]);
    expect(backedUp.stderr).toBe("");
    expect(backedUp.code).toBe(0);
    const report = JSON.parse(backedUp.stdout) as { bytes: number; digest: string; appliedIndex: number };
    const written = readFileSync(backupPath);
    expect(report.bytes).toBe(written.length);
    expect(report.digest).toBe(createHash("sha256").update(written).digest("hex"));
    expect(report.appliedIndex).toBeGreaterThan(0);

    await original.stop();
    harnesses.splice(harnesses.indexOf(original), 1);

    const restored = await ClusterHarness.start({ chunkSize, cluster: "after", restoreFrom: backupPath });
    harnesses.push(restored);
    const listed = await restored.client(["ls", "--json"]);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { files: { name: string }[] }).files.map((file) => file.name).toSorted()).toEqual([...files.keys()].toSorted());
    for (const [name, bytes] of files) {
      const out = join(restored.dir, "out.bin");
      const read = await restored.client(["read", name, "-o", out]);
      expect(read.stderr).toBe("");
      expect(read.code).toBe(0);
      expect<Uint8Array>(new Uint8Array(readFileSync(out))).toEqual(bytes);
    }
    writeFileSync(join(restored.dir, "new.bin"), "after the restore");
    expect((await restored.client(["write", join(restored.dir, "new.bin")])).code).toBe(0);
    expect((await restored.client(["stat", "new.bin"])).code).toBe(0);
  }, 600_000);

  test("a damaged backup, and a data dir that holds state, are refused", async () => {
    const backupPath = join(keep, "store.backup");
    const bytes = new Uint8Array(readFileSync(backupPath));
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0xff;
    const damaged = join(keep, "damaged.backup");
    writeFileSync(damaged, bytes);
    const node = (dir: string, file: string): string[] => ["--role", "node", "--id", "n1", "--peers", "n1=127.0.0.1:1", "--discovery-port", "0", "--cluster-secret", "s", "--data-dir", dir, "--restore", file];
    const refused = await runBinary(node(join(keep, "d1"), damaged), { cwd: keep });
    expect(refused.stderr).toContain("not an intact backup");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("not an intact backup");
    const once = await runBinary(node(join(keep, "d2"), backupPath), { cwd: keep });
    expect(once.stderr).toContain("node.restored");
    expect(once.code).toBe(0);
    expect(once.stdout).toContain("restored n1");
    const twice = await runBinary(node(join(keep, "d2"), backupPath), { cwd: keep });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("already holds");
  }, 120_000);
});
