/**
 * The registry contract: one suite the file registry and the Redis registry both pass, so the
 * queue server and the leader can use either. Against a real instance of each it proves:
 * register then list returns the entry with its fields; a second register replaces it (an
 * upsert, not a duplicate); list is in ring order (ascending id) whatever the order of
 * registration; deregister removes an entry and tolerates an absent one; entries expire after
 * their ttl and a renewal keeps them alive past the first ttl; two handles on the same place
 * see each other's entries; many concurrent registers from several handles lose nothing;
 * invalid entries are refused with RegistryError "invalid-entry" before anything is written;
 * and a closed registry refuses work with "closed".
 *
 * A backend gives a harness whose `open()` returns a new handle on one shared place (a file
 * path, or one Redis with a key prefix private to the test).
 */
import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import { RegistryError } from "../../src/registry/errors";
import type { Registry, RegistryEntry } from "../../src/registry/registry";

export interface RegistryHarness {
  /** A new handle on this test's place. */
  open(): Promise<Registry>;
  /** Removes the place (temp dir, keys). */
  destroy(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Long enough that a loaded machine does not expire an entry mid-test. */
const ttlLongMs = 60_000;
/** Short enough to wait out in a test; long enough to list the entry before it goes. */
const ttlShortMs = 400;

const entry = (cluster: string, queues: string[] = [`${cluster}.local:7000`], leader: string | null = "n1"): RegistryEntry =>
  ({ cluster, queues, leader });

async function expectRegistryError(promise: Promise<unknown>, reason: RegistryError["reason"]): Promise<RegistryError> {
  try {
    await promise;
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(RegistryError);
    if (!(error instanceof RegistryError)) throw error;
    expect(error.reason).toBe(reason);
    return error;
  }
  throw new Error(`expected a RegistryError "${reason}", got success`);
}

export function runRegistryContract(name: string, makeHarness: () => Promise<RegistryHarness>): void {
  describe(`${name} registry contract`, () => {
    let harness: RegistryHarness;
    const handles: Registry[] = [];
    const open = async (): Promise<Registry> => {
      const registry = await harness.open();
      handles.push(registry);
      return registry;
    };

    beforeEach(async () => {
      harness = await makeHarness();
    });
    afterEach(async () => {
      for (const registry of handles.splice(0)) await registry.close();
      await harness.destroy();
    });

    test("register then list returns the entry with its fields", async () => {
      const registry = await open();
      expect(await registry.list()).toEqual([]);
      const before = Date.now();
      await registry.register(entry("alpha", ["127.0.0.1:7000", "127.0.0.1:7001"], "node-1"), ttlLongMs);
      const listed = await registry.list();
      expect(listed).toHaveLength(1);
      expect(listed[0]?.cluster).toBe("alpha");
      expect(listed[0]?.queues).toEqual(["127.0.0.1:7000", "127.0.0.1:7001"]);
      expect(listed[0]?.leader).toBe("node-1");
      expect(listed[0]?.updatedMs).toBeGreaterThanOrEqual(before - 5);
      expect(listed[0]?.updatedMs).toBeLessThanOrEqual(Date.now() + 5);
    });

    test("a second register replaces the entry; a null leader round-trips", async () => {
      const registry = await open();
      await registry.register(entry("alpha", ["a:1"], "n1"), ttlLongMs);
      await registry.register(entry("alpha", ["a:2"], null), ttlLongMs);
      const listed = await registry.list();
      expect(listed.map((item) => [item.cluster, item.queues, item.leader])).toEqual([["alpha", ["a:2"], null]]);
    });

    test("list is in ring order (ascending id) whatever the order of registration", async () => {
      const registry = await open();
      for (const cluster of ["delta", "Bravo", "alpha", "charlie", "a-1", "a.0"]) await registry.register(entry(cluster), ttlLongMs);
      expect((await registry.list()).map((item) => item.cluster)).toEqual(["Bravo", "a-1", "a.0", "alpha", "charlie", "delta"]);
    });

    test("deregister removes the entry and tolerates an absent one", async () => {
      const registry = await open();
      await registry.register(entry("alpha"), ttlLongMs);
      await registry.register(entry("bravo"), ttlLongMs);
      await registry.deregister("alpha");
      await registry.deregister("never-registered");
      expect((await registry.list()).map((item) => item.cluster)).toEqual(["bravo"]);
    });

    test("entries expire after their ttl; a renewal keeps one alive past its first ttl", async () => {
      const registry = await open();
      await registry.register(entry("dies"), ttlShortMs);
      await registry.register(entry("renewed"), ttlShortMs);
      await registry.register(entry("stays"), ttlLongMs);
      expect((await registry.list()).map((item) => item.cluster)).toEqual(["dies", "renewed", "stays"]);
      const start = Date.now();
      for (let renewal = 0; renewal < 4; renewal += 1) {
        await sleep(ttlShortMs / 4);
        await registry.register(entry("renewed"), ttlShortMs);
      }
      await sleep(Math.max(0, start + ttlShortMs + 150 - Date.now()));
      expect((await registry.list()).map((item) => item.cluster)).toEqual(["renewed", "stays"]);
    });

    test("two handles on the same place see each other's entries", async () => {
      const first = await open();
      const second = await open();
      await first.register(entry("alpha"), ttlLongMs);
      await second.register(entry("bravo"), ttlLongMs);
      expect((await first.list()).map((item) => item.cluster)).toEqual(["alpha", "bravo"]);
      await first.deregister("bravo");
      expect((await second.list()).map((item) => item.cluster)).toEqual(["alpha"]);
    });

    test("many concurrent registers from several handles lose nothing", async () => {
      const registries = await Promise.all([open(), open(), open()]);
      const clusters = Array.from({ length: 30 }, (_, index) => `c${String(index).padStart(2, "0")}`);
      await Promise.all(clusters.map(async (cluster, index) => {
        const registry = registries[index % registries.length];
        if (registry === undefined) throw new Error("no registry");
        await registry.register(entry(cluster), ttlLongMs);
        await registry.register(entry(cluster, [`${cluster}:2`]), ttlLongMs);
      }));
      const listed = await registries[0]?.list();
      expect(listed?.map((item) => item.cluster)).toEqual(clusters);
      expect(listed?.every((item) => item.queues[0] === `${item.cluster}:2`)).toBe(true);
    });

    test("invalid entries are refused before anything is written", async () => {
      const registry = await open();
      await expectRegistryError(registry.register(entry("has space"), ttlLongMs), "invalid-entry");
      await expectRegistryError(registry.register(entry(""), ttlLongMs), "invalid-entry");
      await expectRegistryError(registry.register(entry("ok", ["bad address"]), ttlLongMs), "invalid-entry");
      await expectRegistryError(registry.register(entry("ok"), 10), "invalid-entry");
      await expectRegistryError(registry.register(entry("ok"), 1.5e9), "invalid-entry");
      await expectRegistryError(registry.deregister("../etc"), "invalid-entry");
      expect(await registry.list()).toEqual([]);
    });

    test("a closed registry refuses work with reason closed", async () => {
      const registry = await open();
      await registry.register(entry("alpha"), ttlLongMs);
      await registry.close();
      await expectRegistryError(registry.list(), "closed");
      await expectRegistryError(registry.register(entry("alpha"), ttlLongMs), "closed");
    });
  });
}

export { expectRegistryError, sleep };
