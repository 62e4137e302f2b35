/**
 * Proves the private test services work end to end: each one starts from its binary on a free
 * port, answers a real query through the client library the project uses (SELECT 1 through
 * mysql2, PING through ioredis), and after stop() nothing is left: its pid no longer exists and
 * its port refuses connections. Without the binaries the tests skip with the package to install
 * (or fail under GOSSAMER_REQUIRE_SERVICES=1), through the same serviceGate every suite uses.
 */
import { describe, expect, test } from "bun:test";
import mysql from "mysql2/promise";
import Redis from "ioredis";
import { pidAlive, portOpen, serviceGate, startMariaDb, startRedis } from "./services";

const mariaDbGate = serviceGate("mariadb");
const redisGate = serviceGate("redis");

describe("private services", () => {
  test.skipIf(!mariaDbGate.run)("MariaDB starts, answers SELECT 1, and stops clean", async () => {
    const service = await startMariaDb();
    try {
      expect(service.user).toBe("root");
      expect(service.url).toBe(`mysql://root@127.0.0.1:${service.port}/`);
      const connection = await mysql.createConnection({ host: service.host, port: service.port, user: service.user });
      const [rows] = await connection.query("SELECT 1 AS one");
      await connection.end();
      expect(JSON.parse(JSON.stringify(rows))).toEqual([{ one: 1 }]);
      expect(pidAlive(service.pid)).toBe(true);
    } finally {
      await service.stop();
    }
    expect(pidAlive(service.pid)).toBe(false);
    expect(await portOpen(service.host, service.port)).toBe(false);
  });

  test.skipIf(!redisGate.run)("Redis starts, answers PING, and stops clean", async () => {
    const service = await startRedis();
    try {
      const client = new Redis(service.url, { lazyConnect: true });
      await client.connect();
      expect(await client.ping()).toBe("PONG");
      client.disconnect();
      expect(pidAlive(service.pid)).toBe(true);
    } finally {
      await service.stop();
    }
    expect(pidAlive(service.pid)).toBe(false);
    expect(await portOpen(service.host, service.port)).toBe(false);
  });

  test("serviceGate names the package to install when a binary is missing", () => {
    // Both gates were computed from this machine; whichever way they went, the shape holds.
    for (const gate of [mariaDbGate, redisGate]) {
      if (gate.run) expect(gate).toEqual({ run: true });
      else expect(gate.reason).toMatch(/apt-get install (mariadb-server|redis-server)/);
    }
  });
});
