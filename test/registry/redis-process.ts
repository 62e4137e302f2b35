/**
 * A redis-server this test owns on a port it chooses, so it can be SIGKILLed and started
 * again on the same port (test/helpers/services.ts picks a new port each start). Stopped by
 * its own pid, never by name.
 */
import { spawn, type Subprocess } from "bun";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findBinary, redisAnswers } from "../helpers/services";

const readyWaitMs = 15_000;

export interface OwnedRedis {
  readonly port: number;
  /** SIGKILL, reaped before it resolves. */
  kill(): Promise<void>;
}

export async function launchRedis(port: number): Promise<OwnedRedis> {
  const server = findBinary("redis-server");
  if (server === null) throw new Error("redis-server not found");
  const dir = mkdtempSync(join(tmpdir(), "gossamer-redis-owned-"));
  const child: Subprocess = spawn([server, "--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
    "--daemonize", "no", "--dir", dir], { stdout: "ignore", stderr: "ignore" });
  const deadline = Date.now() + readyWaitMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server on ${port} exited with ${child.exitCode}`);
    if (await redisAnswers({ host: "127.0.0.1", port })) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`redis-server on ${port} not ready after ${readyWaitMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
    kill: async () => {
      child.kill("SIGKILL");
      await child.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
