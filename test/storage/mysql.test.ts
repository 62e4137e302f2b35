/**
 * Runs the storage contract against a real MariaDB: a private server from test/helpers
 * (skipped with the package to install when absent, a failure under
 * GOSSAMER_REQUIRE_SERVICES=1), one database per harness, as one database per node,
 * including the full 1 GiB snapshot round trip and a child process SIGKILLed mid-append.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import mysql from "mysql2/promise";
import { MysqlStorage } from "../../src/storage/mysql";
import { serviceGate, startMariaDb, type RunningMariaDb } from "../helpers/services";
import { runStorageContract } from "./contract";

const gate = serviceGate("mariadb");
let server: RunningMariaDb | null = null;
let databases = 0;

function running(): RunningMariaDb {
  if (server === null) throw new Error("MariaDB did not start");
  return server;
}

if (gate.run) {
  beforeAll(async () => { server = await startMariaDb(); }, 120_000);
  afterAll(async () => { await server?.stop(); });
  runStorageContract("mysql (MariaDB)", async () => {
    databases += 1;
    const nodeId = `c${process.pid}x${databases}`;
    const url = running().url;
    return {
      open: async () => await MysqlStorage.open({ url, nodeId }),
      destroy: async () => {
        const connection = await mysql.createConnection({ host: running().host, port: running().port, user: "root" });
        await connection.query(`DROP DATABASE IF EXISTS gossamer_${nodeId}`);
        await connection.end();
      },
      childSpec: { kind: "mysql", url, nodeId } as const,
    };
  }, {
    snapshotBytes: 1 << 30,
  });
} else {
  describe("storage contract: mysql", () => {
    test("skipped", () => { expect(gate.run).toBe(false); });
  });
}
