/**
 * The Redis registry against a real, private redis-server (skipped with the package to install
 * when absent, a failure under GOSSAMER_REQUIRE_SERVICES=1). It passes the registry contract
 * (each case under its own key prefix), and beyond it proves the connection policy and the
 * documented keys: a closed port fails open() quickly with RegistryError "unreachable" naming
 * host, port and ECONNREFUSED; a server that accepts but never answers fails within the
 * start-up bound; a server SIGKILLed while running turns every operation into a fast
 * "unreachable" (no hang, no queueing) with one log line, and when it is started again on the
 * same port the same registry handle works again (background reconnect with backoff), and a
 * heartbeat running across such a restart keeps going and re-registers the cluster; the
 * keys are exactly those docs/registry.md lists, readable with redis-cli; and ring members
 * whose hash expired are pruned from the sorted set by list().
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawnSync } from "bun";
import { createServer, type Server, type Socket } from "node:net";
import Redis from "ioredis";
import { createLogger } from "../../src/lib/logger";
import { openRegistry } from "../../src/registry/open";
import { startHeartbeat } from "../../src/registry/heartbeat";
import { RedisRegistry } from "../../src/registry/redis";
import { findBinary, freePort, serviceGate, startRedis, type RunningService } from "../helpers/services";
import { expectRegistryError, runRegistryContract, sleep } from "./contract";
import { launchRedis } from "./redis-process";

const gate = serviceGate("redis");
let server: RunningService | null = null;
let prefixCounter = 0;

function running(): RunningService {
  if (server === null) throw new Error("redis not started");
  return server;
}

async function deleteKeys(port: number, pattern: string): Promise<void> {
  const client = new Redis({ host: "127.0.0.1", port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const keys = await client.keys(pattern);
    if (keys.length > 0) await client.del(...keys);
  } finally {
    client.disconnect();
  }
}

if (gate.run) {
  beforeAll(async () => {
    server = await startRedis();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  runRegistryContract("redis", async () => {
    const { host, port } = running();
    prefixCounter += 1;
    const keyPrefix = `test${process.pid}-${prefixCounter}:`;
    return {
      open: async () => await RedisRegistry.open({ host, port, keyPrefix }),
      destroy: async () => await deleteKeys(port, `${keyPrefix}*`),
    };
  });

  describe("redis registry specifics", () => {
    test("a closed port fails open() quickly, naming host, port and the cause", async () => {
      const port = await freePort();
      const started = Date.now();
      const error = await expectRegistryError(openRegistry(`redis://127.0.0.1:${port}`), "unreachable");
      expect(Date.now() - started).toBeLessThan(3_500);
      expect(error.message).toContain(`127.0.0.1:${port}`);
      expect(error.message).toContain("ECONNREFUSED");
    });

    test("a server that accepts but never answers fails within the start-up bound", async () => {
      const sockets: Socket[] = [];
      const silent: Server = createServer((socket) => { sockets.push(socket); });
      const port = await new Promise<number>((resolve) => silent.listen(0, "127.0.0.1", () => {
        const address = silent.address();
        resolve(typeof address === "object" && address !== null ? address.port : 0);
      }));
      try {
        const started = Date.now();
        const error = await expectRegistryError(RedisRegistry.open({ host: "127.0.0.1", port, startupWaitMs: 600, connectTimeoutMs: 500 }), "unreachable");
        expect(Date.now() - started).toBeLessThan(2_500);
        expect(error.message).toContain(`127.0.0.1:${port}`);
      } finally {
        for (const socket of sockets) socket.destroy();
        silent.close();
      }
    });

    test("killed while running: fast typed errors, one log line, then recovery on the same port", async () => {
      const port = await freePort();
      let owned = await launchRedis(port);
      const lines: string[] = [];
      const logger = createLogger({ level: "info", json: true, write: (line) => lines.push(line) });
      const registry = await RedisRegistry.open({ host: "127.0.0.1", port, logger, reconnectBackoff: { delayMsBase: 50, delayMsCap: 300 } });
      try {
        await registry.register({ cluster: "alpha", queues: ["127.0.0.1:7000"], leader: null }, 60_000);
        await owned.kill();
        await sleep(200);
        for (let attempt = 0; attempt < 5; attempt += 1) {
          const started = Date.now();
          const error = await expectRegistryError(registry.register({ cluster: "alpha", queues: [], leader: null }, 60_000), "unreachable");
          expect(Date.now() - started).toBeLessThan(1_000);
          expect(error.message).toContain(`127.0.0.1:${port}`);
          await expectRegistryError(registry.list(), "unreachable");
          await sleep(100);
        }
        expect(lines.filter((line) => line.includes("registry.redis.connection-lost"))).toHaveLength(1);
        owned = await launchRedis(port);
        const deadline = Date.now() + 10_000;
        let recovered = false;
        while (!recovered && Date.now() < deadline) {
          try {
            await registry.register({ cluster: "bravo", queues: ["127.0.0.1:7100"], leader: "n2" }, 60_000);
            recovered = true;
          } catch {
            await sleep(100);
          }
        }
        expect(recovered).toBe(true);
        // The restarted server is empty (no persistence): only what was registered since.
        expect((await registry.list()).map((item) => item.cluster)).toEqual(["bravo"]);
        expect(lines.some((line) => line.includes("registry.redis.reconnected"))).toBe(true);
      } finally {
        await registry.close();
        await owned.kill();
      }
    }, 30_000);

    test("a heartbeat rides out a Redis restart: it keeps running, then re-registers on the empty server", async () => {
      const port = await freePort();
      let owned = await launchRedis(port);
      const registry = await RedisRegistry.open({ host: "127.0.0.1", port, reconnectBackoff: { delayMsBase: 50, delayMsCap: 300 } });
      const heartbeat = startHeartbeat({ registry, intervalMs: 100, entry: () => ({ cluster: "alpha", queues: ["127.0.0.1:7000"], leader: null }) });
      try {
        expect(await heartbeat.firstBeat).toBe(true);
        await owned.kill();
        await sleep(500);
        expect(heartbeat.state().registered).toBe(false);
        expect(heartbeat.state().lastError?.reason).toBe("unreachable");
        owned = await launchRedis(port);
        const deadline = Date.now() + 10_000;
        let listed: string[] = [];
        while (listed.length === 0 && Date.now() < deadline) {
          await sleep(100);
          listed = await registry.list().then((entries) => entries.map((item) => item.cluster), () => []);
        }
        expect(listed).toEqual(["alpha"]);
        expect(heartbeat.state().registered).toBe(true);
      } finally {
        await heartbeat.stop();
        await registry.close();
        await owned.kill();
      }
    }, 30_000);

    test("the keys are those docs/registry.md lists, readable with redis-cli", async () => {
      const { host, port } = running();
      await deleteKeys(port, "gossamer:*");
      const registry = await openRegistry(`redis://${host}:${port}`);
      try {
        await registry.register({ cluster: "alpha", queues: ["10.0.0.1:7000"], leader: "node-1" }, 30_000);
        await registry.register({ cluster: "bravo", queues: [], leader: null }, 30_000);
        const cli = findBinary("redis-cli");
        const raw = new Redis({ host, port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        await raw.connect();
        try {
          expect(await raw.zrange("gossamer:clusters", 0, -1)).toEqual(["alpha", "bravo"]);
          const hash = await raw.hgetall("gossamer:cluster:alpha");
          expect(hash.queues).toBe("[\"10.0.0.1:7000\"]");
          expect(hash.leader).toBe("node-1");
          expect(hash.ttlMs).toBe("30000");
          expect(Number(hash.updatedMs)).toBeGreaterThan(Date.now() - 60_000);
          expect((await raw.hgetall("gossamer:cluster:bravo")).leader).toBe("");
          const ttl = await raw.pttl("gossamer:cluster:alpha");
          expect(ttl).toBeGreaterThan(0);
          expect(ttl).toBeLessThanOrEqual(30_000);
          expect((await raw.keys("gossamer:*")).sort()).toEqual(["gossamer:cluster:alpha", "gossamer:cluster:bravo", "gossamer:clusters"]);
        } finally {
          raw.disconnect();
        }
        if (cli !== null) {
          const out = spawnSync([cli, "-h", host, "-p", String(port), "HGET", "gossamer:cluster:alpha", "leader"]);
          expect(out.stdout.toString().trim()).toBe("node-1");
        }
      } finally {
        await registry.close();
        await deleteKeys(port, "gossamer:*");
      }
    });

    test("list() prunes ring members whose hash expired", async () => {
      const { host, port } = running();
      const keyPrefix = `prune${process.pid}:`;
      const registry = await RedisRegistry.open({ host, port, keyPrefix });
      const raw = new Redis({ host, port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      await raw.connect();
      try {
        await registry.register({ cluster: "short", queues: [], leader: null }, 100);
        await registry.register({ cluster: "long", queues: [], leader: null }, 60_000);
        expect(await raw.zrange(`${keyPrefix}clusters`, 0, -1)).toEqual(["long", "short"]);
        await sleep(250);
        expect((await registry.list()).map((item) => item.cluster)).toEqual(["long"]);
        expect(await raw.zrange(`${keyPrefix}clusters`, 0, -1)).toEqual(["long"]);
      } finally {
        raw.disconnect();
        await registry.close();
        await deleteKeys(port, `${keyPrefix}*`);
      }
    });
  });
} else {
  describe("redis registry", () => {
    test("skipped", () => { expect(gate.run).toBe(false); });
  });
}
