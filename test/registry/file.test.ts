/**
 * The file registry: it passes the registry contract on a temp file, and beyond it proves the
 * file-specific promises. Expiry follows the injected clock (no waiting). Several processes
 * registering into one file at once lose no entry (the O_EXCL lock plus write-fsync-rename),
 * and no temp file is left behind. A stale lock is recovered, whether its holder has exited
 * (pid check) or it is simply older than the bound, while a live holder makes a waiter fail
 * with "lock-timeout" naming the holder. The corrupt-file rule: list() reports a corrupt file
 * with its path and problem, deregister() leaves it alone, register() moves it aside to
 * PATH.corrupt-<ms> with a warning and starts afresh; a file from a newer version is never
 * touched; an empty file is an empty registry; a missing directory fails at open.
 */
import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import { spawn } from "bun";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, type Logger } from "../../src/lib/logger";
import { FileRegistry } from "../../src/registry/file";
import { openRegistry } from "../../src/registry/open";
import { expectRegistryError, runRegistryContract } from "./contract";

const bun = process.execPath;

runRegistryContract("file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "gossamer-registry-"));
  const path = join(dir, "registry.json");
  return {
    open: async () => await openRegistry(`file:${path}`),
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger({ level: "debug", json: true, write: (line) => lines.push(line) }), lines };
}

describe("file registry specifics", () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "gossamer-registry-"));
    path = join(dir, "registry.json");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("expiry follows the injected clock, and updates drop dead entries from the file", async () => {
    let nowMs = 1_000_000;
    const registry = await FileRegistry.open({ path, now: () => nowMs });
    await registry.register({ cluster: "alpha", queues: [], leader: null }, 3_000);
    nowMs += 2_999;
    expect((await registry.list()).map((item) => item.cluster)).toEqual(["alpha"]);
    nowMs += 1;
    expect(await registry.list()).toEqual([]);
    expect(readFileSync(path, "utf8")).toContain("\"alpha\"");
    await registry.register({ cluster: "bravo", queues: [], leader: null }, 3_000);
    expect(readFileSync(path, "utf8")).not.toContain("\"alpha\"");
    await registry.close();
  });

  test("four processes registering at once lose no entry and leave no temp file", async () => {
    const children = ["p0", "p1", "p2", "p3"].map((prefix) =>
      spawn([bun, join(import.meta.dir, "file-child.ts"), path, prefix, "15"], { stdout: "ignore", stderr: "pipe" }));
    const codes = await Promise.all(children.map(async (child) => {
      const code = await child.exited;
      if (code !== 0) console.error(await new Response(child.stderr).text());
      return code;
    }));
    expect(codes).toEqual([0, 0, 0, 0]);
    const registry = await FileRegistry.open({ path });
    const listed = await registry.list();
    expect(listed).toHaveLength(60);
    expect(listed.every((item) => item.queues[0] === `${item.cluster}:2` && item.leader === "n1")).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["registry.json"]);
    await registry.close();
  }, 30_000);

  test("a lock left by an exited process is broken at once, with a log line", async () => {
    const { logger, lines } = capturingLogger();
    const dead = spawn([bun, "-e", "0"]);
    await dead.exited;
    writeFileSync(`${path}.lock`, `${hostname()} ${dead.pid} deadtoken 0\n`);
    const registry = await FileRegistry.open({ path, logger, lockWaitMs: 1_000 });
    await registry.register({ cluster: "alpha", queues: [], leader: null }, 60_000);
    expect(lines.some((line) => line.includes("registry.file.stale-lock-broken"))).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
    await registry.close();
  });

  test("a live holder makes a waiter fail with lock-timeout naming it; an old lock is broken", async () => {
    writeFileSync(`${path}.lock`, `${hostname()} ${process.pid} livetoken 0\n`);
    const started = Date.now();
    const error = await expectRegistryError(FileRegistry.open({ path, lockWaitMs: 300, lockStaleMs: 10_000 }), "lock-timeout");
    expect(error.message).toContain(`pid ${process.pid}`);
    expect(Date.now() - started).toBeLessThan(5_000);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    const registry = await FileRegistry.open({ path, lockWaitMs: 1_000, lockStaleMs: 500 });
    await registry.register({ cluster: "alpha", queues: [], leader: null }, 60_000);
    expect((await registry.list()).map((item) => item.cluster)).toEqual(["alpha"]);
    await registry.close();
  });

  test("a corrupt file is reported by list, kept by deregister, moved aside by register", async () => {
    const { logger, lines } = capturingLogger();
    writeFileSync(path, "{ this is not json");
    const registry = await FileRegistry.open({ path, logger });
    expect(lines.some((line) => line.includes("registry.file.corrupt"))).toBe(true);
    const listError = await expectRegistryError(registry.list(), "corrupt");
    expect(listError.message).toContain(path);
    expect(listError.message).toContain("not JSON");
    await expectRegistryError(registry.deregister("alpha"), "corrupt");
    expect(readFileSync(path, "utf8")).toBe("{ this is not json");
    await registry.register({ cluster: "alpha", queues: [], leader: null }, 60_000);
    expect((await registry.list()).map((item) => item.cluster)).toEqual(["alpha"]);
    const backups = readdirSync(dir).filter((name) => name.startsWith("registry.json.corrupt-"));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, backups[0] ?? ""), "utf8")).toBe("{ this is not json");
    expect(lines.some((line) => line.includes("registry.file.corrupt-replaced") && line.includes(backups[0] ?? "?"))).toBe(true);
    await registry.close();
  });

  test("an entry that fails a check makes the whole file corrupt", async () => {
    writeFileSync(path, JSON.stringify({ format: "gossamer-registry", version: 1,
      clusters: { good: { queues: [], leader: null, updatedMs: 1, expiresMs: 9e12 }, bad: { queues: "x", leader: null, updatedMs: 1, expiresMs: 2 } } }));
    const registry = await FileRegistry.open({ path });
    const error = await expectRegistryError(registry.list(), "corrupt");
    expect(error.message).toContain("cluster \"bad\"");
    await registry.close();
  });

  test("a file from a newer version is never touched", async () => {
    const newer = JSON.stringify({ format: "gossamer-registry", version: 2, clusters: {} });
    writeFileSync(path, newer);
    await expectRegistryError(FileRegistry.open({ path }), "newer-format");
    expect(readFileSync(path, "utf8")).toBe(newer);
  });

  test("an empty file is an empty registry", async () => {
    writeFileSync(path, "");
    const registry = await FileRegistry.open({ path });
    expect(await registry.list()).toEqual([]);
    await registry.register({ cluster: "alpha", queues: [], leader: null }, 60_000);
    expect(JSON.parse(readFileSync(path, "utf8")).format).toBe("gossamer-registry");
    await registry.close();
  });

  test("a missing directory fails at open with an io error naming the path", async () => {
    const error = await expectRegistryError(openRegistry(`file:${join(dir, "no", "such", "registry.json")}`), "io");
    expect(error.message).toContain(join(dir, "no", "such"));
  });
});
