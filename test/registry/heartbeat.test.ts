/**
 * The heartbeat driver, on a real file registry in a temp dir with short intervals. It proves:
 * the first beat registers at once with ttl = 3 intervals and later beats renew (updatedMs
 * moves on) and pick up a changed entry; stop() deregisters; a heartbeat that dies without
 * deregistering leaves an entry that expires within three intervals (a dead cluster leaves
 * the ring). With the registry down (a wrapper that fails like Redis does, with a
 * RegistryError "unreachable") the driver never throws, logs one warning rather than one per
 * beat, backs off (far fewer attempts than beats), and re-registers with an info line once the
 * registry is back; stop() while it is down resolves and logs the failed deregister.
 */
import { afterEach, beforeEach, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, type Logger } from "../../src/lib/logger";
import { Prng } from "../../src/lib/prng";
import { RegistryError } from "../../src/registry/errors";
import { FileRegistry } from "../../src/registry/file";
import { startHeartbeat } from "../../src/registry/heartbeat";
import type { Registry, RegistryEntry } from "../../src/registry/registry";
import { sleep } from "./contract";

const intervalMs = 60;
let dir: string;
let registry: FileRegistry;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "gossamer-heartbeat-"));
  registry = await FileRegistry.open({ path: join(dir, "registry.json") });
});
afterEach(async () => {
  await registry.close();
  rmSync(dir, { recursive: true, force: true });
});

function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger({ level: "debug", json: true, write: (line) => lines.push(line) }), lines };
}

/** A registry that fails like an unreachable Redis while `down` is set, and counts attempts. */
class FlakyRegistry implements Registry {
  down = false;
  attempts = 0;
  constructor(private readonly inner: Registry) {}
  get location(): Registry["location"] { return this.inner.location; }
  private check(): void {
    this.attempts += 1;
    if (this.down) throw new RegistryError("unreachable", this.inner.location, { detail: "test: registry down" });
  }
  async register(entry: RegistryEntry, ttlMs: number): Promise<void> { this.check(); await this.inner.register(entry, ttlMs); }
  async deregister(cluster: string): Promise<void> { this.check(); await this.inner.deregister(cluster); }
  async list(): Promise<Awaited<ReturnType<Registry["list"]>>> { this.check(); return await this.inner.list(); }
  async close(): Promise<void> { await this.inner.close(); }
}

test("registers at once, renews, picks up a changed entry, and stop() deregisters", async () => {
  let queues = ["127.0.0.1:7000"];
  const heartbeat = startHeartbeat({ registry, intervalMs, entry: () => ({ cluster: "alpha", queues, leader: "n1" }) });
  expect(await heartbeat.firstBeat).toBe(true);
  const first = (await registry.list())[0];
  expect(first?.cluster).toBe("alpha");
  queues = ["127.0.0.1:7001"];
  await sleep(intervalMs * 3);
  const later = (await registry.list())[0];
  expect(later?.updatedMs).toBeGreaterThan(first?.updatedMs ?? Infinity);
  expect(later?.queues).toEqual(["127.0.0.1:7001"]);
  expect(heartbeat.state().beats).toBeGreaterThanOrEqual(2);
  await heartbeat.stop();
  expect(await registry.list()).toEqual([]);
});

test("a heartbeat that dies without deregistering leaves an entry that expires within three intervals", async () => {
  const mortalIntervalMs = 200;
  const heartbeat = startHeartbeat({ registry, intervalMs: mortalIntervalMs, entry: () => ({ cluster: "mortal", queues: [], leader: null }) });
  await heartbeat.firstBeat;
  await heartbeat.stop({ deregister: false });
  expect((await registry.list()).map((item) => item.cluster)).toEqual(["mortal"]);
  await sleep(mortalIntervalMs * 3 + 50);
  expect(await registry.list()).toEqual([]);
});

test("while the registry is down it logs once, backs off, keeps going, and re-registers when it is back", async () => {
  const flaky = new FlakyRegistry(registry);
  const { logger, lines } = capturingLogger();
  const prng = new Prng(7);
  const heartbeat = startHeartbeat({ registry: flaky, intervalMs, logger, random: () => prng.nextUint32() / 2 ** 32,
    entry: () => ({ cluster: "alpha", queues: [], leader: null }) });
  expect(await heartbeat.firstBeat).toBe(true);
  flaky.down = true;
  flaky.attempts = 0;
  const downMs = intervalMs * 20;
  await sleep(downMs);
  expect(heartbeat.state().registered).toBe(false);
  expect(heartbeat.state().lastError?.reason).toBe("unreachable");
  // Without backoff there would be ~20 attempts; with delays growing to 4 intervals, far fewer.
  expect(flaky.attempts).toBeGreaterThanOrEqual(3);
  expect(flaky.attempts).toBeLessThan(12);
  expect(lines.filter((line) => line.includes("\"registry.heartbeat.failed\""))).toHaveLength(1);
  expect(lines.filter((line) => line.includes("registry.heartbeat.failed-again")).length).toBeGreaterThanOrEqual(2);
  flaky.down = false;
  await sleep(intervalMs * 6);
  expect(heartbeat.state().registered).toBe(true);
  expect(lines.some((line) => line.includes("registry.heartbeat.restored"))).toBe(true);
  expect((await registry.list()).map((item) => item.cluster)).toEqual(["alpha"]);
  await heartbeat.stop();
});

test("stop() while the registry is down resolves and logs the failed deregister", async () => {
  const flaky = new FlakyRegistry(registry);
  const { logger, lines } = capturingLogger();
  const heartbeat = startHeartbeat({ registry: flaky, intervalMs, logger, entry: () => ({ cluster: "alpha", queues: [], leader: null }) });
  await heartbeat.firstBeat;
  flaky.down = true;
  await heartbeat.stop();
  expect(lines.some((line) => line.includes("registry.heartbeat.deregister-failed"))).toBe(true);
  expect((await registry.list()).map((item) => item.cluster)).toEqual(["alpha"]);
});
