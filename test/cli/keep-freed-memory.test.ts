/**
 * The servers re-execute themselves once with the allocator told to keep freed memory
 * (src/lib/keep-freed-memory.ts): the running process — same pid, same arguments — has
 * MIMALLOC_PURGE_DELAY=-1 in its environment; an operator's own value is left alone; clients
 * are not re-executed.
 */
import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalCluster } from "../../src/demo/local-cluster";
import { purgeDelayVariable, startsServer } from "../../src/lib/keep-freed-memory";
import { gossamerBinary } from "../helpers/gossamer-binary";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The environment and argv the kernel shows for a running process. */
function processImage(pid: number): { env: Map<string, string>; argv: string[] } {
  const env = new Map<string, string>();
  for (const pair of readFileSync(`/proc/${pid}/environ`, "utf8").split("\0")) {
    const at = pair.indexOf("=");
    if (at > 0) env.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return { env, argv: readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter((arg) => arg !== "") };
}

describe("which invocations start a server", () => {
  test("--role node|queue on the command line or in GOSSAMER_ROLE; not client, demo or a role only in a config file", () => {
    expect(startsServer(["--role", "node", "--id", "n1"], undefined)).toBe(true);
    expect(startsServer(["--config", "x.toml", "--role=queue"], undefined)).toBe(true);
    expect(startsServer([], "queue")).toBe(true);
    expect(startsServer(["--role", "client", "ls"], "node")).toBe(false);
    expect(startsServer(["--role", "client", "write", "--role"], undefined)).toBe(false);
    expect(startsServer(["demo"], undefined)).toBe(false);
    expect(startsServer(["--config", "server.toml"], undefined)).toBe(false);
  });
});

async function startedCluster(env: Record<string, string>): Promise<LocalCluster> {
  const dir = mkdtempSync(join(tmpdir(), "gossamer-keep-freed-"));
  dirs.push(dir);
  return await LocalCluster.start({ dir, command: [await gossamerBinary()], nodes: 1, logLevel: "warn", env });
}

describe("servers of the compiled binary", () => {
  test("run with MIMALLOC_PURGE_DELAY=-1, in the process that was started, with its arguments", async () => {
    const cluster = await startedCluster({});
    try {
      await cluster.waitForLeader(60_000);
      for (const target of [cluster.queue, ...cluster.nodes]) {
        const process = target.process;
        expect(process).not.toBeNull();
        const image = processImage(process?.pid ?? -1);
        expect(image.env.get(purgeDelayVariable)).toBe("-1");
        expect(image.argv).toContain("--role");
        expect(image.argv).toContain(target === cluster.queue ? "queue" : "node");
      }
    } finally {
      await cluster.stop();
    }
  }, 120_000);

  test("an operator's own MIMALLOC_PURGE_DELAY is kept", async () => {
    const cluster = await startedCluster({ [purgeDelayVariable]: "250" });
    try {
      await cluster.waitForLeader(60_000);
      for (const target of [cluster.queue, ...cluster.nodes]) expect(processImage(target.process?.pid ?? -1).env.get(purgeDelayVariable)).toBe("250");
    } finally {
      await cluster.stop();
    }
  }, 120_000);
});
