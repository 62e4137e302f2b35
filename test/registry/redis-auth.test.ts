/**
 * Redis registries behind a login and behind TLS, against private redis-servers (skipped only
 * when redis-server is absent, never under GOSSAMER_REQUIRE_SERVICES=1): an ACL user with a
 * password registers and lists through `redis://USER:PASSWORD@HOST:PORT/DB`, a wrong password
 * is refused with a message that does not show it, and `rediss://` reaches a TLS-only port
 * whose certificate our CA signed (and is refused without that CA).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import Redis from "ioredis";
import { openRegistry } from "../../src/registry/open";
import { freePort, redisAnswers, serviceGate, startRedis, type RunningService } from "../helpers/services";
import { makeTestCa, type TestCa } from "../helpers/tls";

const gate = serviceGate("redis");

if (gate.run) {
  describe("Redis registry with a login and over TLS", () => {
    let ca: TestCa | null = null;
    let acl: RunningService | null = null;
    let tls: (RunningService & { tlsPort: number }) | null = null;

    beforeAll(async () => {
      ca = makeTestCa();
      const server = ca.issue("redis");
      acl = await startRedis({
        extraArgs: ["--user", "default", "off", "--user", "gossamer", "on", ">s3cret-pass", "~*", "+@all"],
        ready: async (port) => await redisAnswers({ host: "127.0.0.1", port, username: "gossamer", password: "s3cret-pass" }),
      });
      const tlsPort = await freePort();
      const caPem = readFileSync(ca.ca, "utf8");
      const started = await startRedis({
        extraArgs: ["--tls-port", String(tlsPort), "--tls-cert-file", server.cert, "--tls-key-file", server.key, "--tls-ca-cert-file", ca.ca, "--tls-auth-clients", "no"],
        ready: async () => await redisAnswers({ host: "127.0.0.1", port: tlsPort, tls: { ca: caPem } }),
      });
      tls = { ...started, tlsPort };
    }, 90_000);

    afterAll(async () => {
      await acl?.stop();
      await tls?.stop();
      ca?.cleanup();
    });

    test("redis://USER:PASSWORD@HOST:PORT/DB logs in, registers and lists", async () => {
      const registry = await openRegistry(`redis://gossamer:s3cret-pass@127.0.0.1:${acl?.port}/2`);
      try {
        await registry.register({ cluster: "c1", queues: ["127.0.0.1:7400"], leader: "n1" }, 10_000);
        expect((await registry.list()).map((entry) => entry.cluster)).toEqual(["c1"]);
      } finally {
        await registry.close();
      }
      // Database 2 it was: database 0 holds nothing.
      const zero = new Redis({ host: "127.0.0.1", port: acl?.port, username: "gossamer", password: "s3cret-pass", lazyConnect: true });
      await zero.connect();
      expect(await zero.keys("gossamer:*")).toEqual([]);
      zero.disconnect();
    });

    test("a wrong password is refused, and the message does not show it", async () => {
      let message = "";
      try {
        await openRegistry(`redis://gossamer:not-the-password@127.0.0.1:${acl?.port}`);
      } catch (error: unknown) {
        message = error instanceof Error ? error.message : String(error);
      }
      expect(message).not.toBe("");
      expect(message).not.toContain("not-the-password");
    });

    test("rediss:// reaches a TLS-only port with our CA, and is refused without it", async () => {
      const caPem = readFileSync(ca?.ca ?? "", "utf8");
      const registry = await openRegistry(`rediss://127.0.0.1:${tls?.tlsPort}`, { tlsCa: caPem });
      try {
        await registry.register({ cluster: "c2", queues: ["127.0.0.1:7400"], leader: "n1" }, 10_000);
        expect((await registry.list()).map((entry) => entry.cluster)).toContain("c2");
      } finally {
        await registry.close();
      }
      await expect(openRegistry(`rediss://127.0.0.1:${tls?.tlsPort}`)).rejects.toThrow();
    });
  });
} else {
  test.skip(`Redis registry with a login and over TLS (${gate.reason})`, () => undefined);
}
