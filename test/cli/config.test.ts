/**
 * Configuration: every bad value named in the foundation issue exits with status 2 and one
 * message naming the field, the value and what was expected; sources merge file < env < flags.
 * Runs the real top level (`run`) in process with stub roles, so it checks what users see.
 */
import { describe, expect, test } from "bun:test";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type RoleContext, type Runners } from "../../src/cli/run";
import { exitCodes } from "../../src/cli/errors";

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly context: RoleContext | null;
}

async function gossamer(argv: string[], env: Record<string, string> = {}, cwd = mkdtempSync(join(tmpdir(), "gossamer-config-"))): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  let context: RoleContext | null = null;
  const capture = async (given: RoleContext) => {
    context = given;
    return exitCodes.ok;
  };
  const runners: Runners = { node: capture, queue: capture, client: capture, demo: capture };
  const code = await run(argv, runners, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env, cwd });
  return { code, stdout, stderr, context };
}

function expectConfigError(outcome: Outcome, ...words: string[]): void {
  expect(outcome.code).toBe(2);
  expect(outcome.context).toBeNull();
  expect(outcome.stderr.trim().split("\n")).toHaveLength(1);
  for (const word of words) expect(outcome.stderr).toContain(word);
}

describe("bad configuration exits 2 naming field, value and expectation", () => {
  test("unknown role", async () => {
    expectConfigError(await gossamer(["--role", "leader"]), "--role", '"leader"', "node, queue, client");
  });
  test("port 70000", async () => {
    expectConfigError(await gossamer(["--role", "queue", "--listen", "0.0.0.0:70000"]), "--listen", "70000", "port from 1 to 65535");
  });
  test("missing config file", async () => {
    expectConfigError(await gossamer(["--role", "node", "--config", "/nonexistent/gossamer.toml"]), "--config", "/nonexistent/gossamer.toml", "readable");
  });
  test("malformed TOML", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-toml-"));
    writeFileSync(join(dir, "bad.toml"), "listen = \"127.0.0.1:1\nid = [");
    expectConfigError(await gossamer(["--role", "node", "--config", "bad.toml"], {}, dir), "--config", "bad.toml", "valid TOML");
  });
  test("malformed JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-json-"));
    writeFileSync(join(dir, "bad.json"), "{ \"id\": ");
    expectConfigError(await gossamer(["--role", "node", "--config", "bad.json"], {}, dir), "--config", "valid JSON");
  });
  test("unknown key in a config file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-key-"));
    writeFileSync(join(dir, "c.toml"), "chunk-sise = 4096\n");
    expectConfigError(await gossamer(["--role", "node", "--config", "c.toml"], {}, dir), "chunk-sise", "one of");
  });
  test("negative chunk size", async () => {
    expectConfigError(await gossamer(["--role", "queue", "--chunk-size=-5"]), "--chunk-size", "-5", "from 4096");
    // Without "=", a value that starts with "-" is taken for a forgotten value, as parseArgs' strict mode does.
    expectConfigError(await gossamer(["--role", "queue", "--chunk-size", "-5"]), "--chunk-size", "-5", "looks like an option");
  });
  test("negative chunk size from the environment", async () => {
    expectConfigError(await gossamer(["--role", "queue"], { GOSSAMER_CHUNK_SIZE: "-1" }), "GOSSAMER_CHUNK_SIZE", "-1", "from 4096");
  });
  test("data dir that is a file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-dd-"));
    writeFileSync(join(dir, "file"), "x");
    expectConfigError(await gossamer(["--role", "node", "--data-dir", join(dir, "file")]), "--data-dir", "file", "a directory");
  });
  test("data dir that cannot be created (its parent is a file)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-dd-"));
    writeFileSync(join(dir, "file"), "x");
    expectConfigError(await gossamer(["--role", "node", "--data-dir", join(dir, "file", "sub")]), "--data-dir", "can be created");
  });
  test("data dir that is not readable (non-root only: root bypasses modes)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-dd-"));
    chmodSync(dir, 0o000);
    const outcome = await gossamer(["--role", "node", "--data-dir", dir]);
    chmodSync(dir, 0o700);
    if (process.getuid?.() === 0) expect(outcome.code).toBe(0);
    else expectConfigError(outcome, "--data-dir", "readable and writable");
  });
  test("unknown flag", async () => {
    const outcome = await gossamer(["--role", "node", "--chunksize", "5"]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("--chunksize");
  });
  test("bad peers list", async () => {
    expectConfigError(await gossamer(["--role", "node", "--id", "n1", "--peers", "n1=127.0.0.1:1,n2"]), "--peers", "ID=HOST:PORT");
  });
  test("--bootstrap with --peers", async () => {
    expectConfigError(await gossamer(["--role", "node", "--id", "n1", "--peers", "n1=127.0.0.1:1", "--bootstrap"]), "--bootstrap", "no --peers");
  });

  test("peers list without this node", async () => {
    expectConfigError(await gossamer(["--role", "node", "--id", "n9", "--peers", "n1=127.0.0.1:1"]), "--peers", "n9");
  });
  test("unknown storage", async () => {
    expectConfigError(await gossamer(["--role", "node", "--storage", "postgres"]), "--storage", "sqlite or mysql");
  });
  test("bad registry", async () => {
    expectConfigError(await gossamer(["--role", "queue", "--registry", "etcd://x"]), "--registry", "file:PATH, redis://[USER[:PASSWORD]@]HOST:PORT");
  });
  test("discovery port out of range", async () => {
    expectConfigError(await gossamer(["--role", "queue", "--discovery-port", "65536"]), "--discovery-port", "0 (off) to 65535");
  });
  test("frame bound smaller than a chunk", async () => {
    expectConfigError(await gossamer(["--role", "queue", "--chunk-size", "1048576", "--frame-bytes-max", "100000"]), "--frame-bytes-max");
  });
});

describe("the Raft clock (--tick-ms, --election-ticks, --heartbeat-ticks)", () => {
  test("defaults, and settings from flags, a file and the environment", async () => {
    expect((await gossamer(["--role", "node"])).context?.config.raftTiming).toEqual({ tickMs: 25, electionTicks: 12, heartbeatTicks: 2 });
    const flags = await gossamer(["--role", "node", "--tick-ms", "100", "--election-ticks", "10", "--heartbeat-ticks", "1"]);
    expect(flags.context?.config.raftTiming).toEqual({ tickMs: 100, electionTicks: 10, heartbeatTicks: 1 });
    const env = await gossamer(["--role", "node"], { GOSSAMER_TICK_MS: "50", GOSSAMER_ELECTION_TICKS: "9" });
    expect(env.context?.config.raftTiming).toEqual({ tickMs: 50, electionTicks: 9, heartbeatTicks: 2 });
    const dir = mkdtempSync(join(tmpdir(), "gossamer-timing-"));
    writeFileSync(join(dir, "node.toml"), "role = \"node\"\ntick-ms = 40\nelection-ticks = 15\nheartbeat-ticks = 3\n");
    expect((await gossamer(["--config", "node.toml"], {}, dir)).context?.config.raftTiming).toEqual({ tickMs: 40, electionTicks: 15, heartbeatTicks: 3 });
  });
  test("a tick out of range", async () => {
    expectConfigError(await gossamer(["--role", "node", "--tick-ms", "0"]), "--tick-ms", "0", "milliseconds per tick", "from 5 to 1000");
    expectConfigError(await gossamer(["--role", "node"], { GOSSAMER_TICK_MS: "fast" }), "GOSSAMER_TICK_MS", "fast");
  });
  test("an election that does not outlast two heartbeats names --election-ticks", async () => {
    expectConfigError(await gossamer(["--role", "node", "--election-ticks", "4", "--heartbeat-ticks", "2"]), "--election-ticks", "4", "more than twice --heartbeat-ticks (2), at least 5");
    const dir = mkdtempSync(join(tmpdir(), "gossamer-timing-"));
    writeFileSync(join(dir, "node.toml"), "role = \"node\"\nelection-ticks = 6\nheartbeat-ticks = 3\n");
    expectConfigError(await gossamer(["--config", "node.toml"], {}, dir), "key \"election-ticks\"", "6", "at least 7", "node.toml");
  });
  test("an election timeout too short in milliseconds", async () => {
    expectConfigError(await gossamer(["--role", "node", "--tick-ms", "5", "--election-ticks", "10", "--heartbeat-ticks", "1"]), "--election-ticks", "10", "it is 50 ms");
  });
});

describe("secure defaults", () => {
  test("the default secret on a network address is refused, naming the setting", async () => {
    const outcome = await gossamer(["--role", "queue", "--listen", "0.0.0.0:7400"]);
    expectConfigError(outcome, "--listen", "0.0.0.0:7400", "loopback", "--cluster-secret-file");
    expectConfigError(await gossamer(["--role", "node", "--listen", "198.18.0.5:7401"]), "--listen", "loopback");
  });

  test("with a secret of its own a server listens on every interface by default", async () => {
    const outcome = await gossamer(["--role", "queue"], { GOSSAMER_CLUSTER_SECRET: "a-secret-of-our-own" });
    expect(outcome.code).toBe(0);
    expect(outcome.context?.config.listen).toEqual({ host: "0.0.0.0", port: 7400 });
  });

  test("the secret from a file (its final newline dropped), never both a secret and a file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-secret-"));
    writeFileSync(join(dir, "secret"), "from-the-file\n");
    const fromFile = await gossamer(["--role", "node", "--cluster-secret-file", "secret", "--listen", "0.0.0.0:7401"], {}, dir);
    expect(fromFile.code).toBe(0);
    expect(fromFile.context?.config.clusterSecret).toBe("from-the-file");
    expect(fromFile.context?.config.clusterSecretIsDefault).toBe(false);
    expectConfigError(await gossamer(["--role", "node", "--cluster-secret-file", "secret", "--cluster-secret", "x"], {}, dir), "--cluster-secret-file", "not both");
    expectConfigError(await gossamer(["--role", "node", "--cluster-secret-file", "missing"], {}, dir), "--cluster-secret-file", "missing", "readable");
  });

  test("a bad secret or client key is named but never shown", async () => {
    const outcome = await gossamer(["--role", "client", "status", "--client-key", "alice:short"]);
    expectConfigError(outcome, "--client-key", "(hidden)");
    expect(outcome.stderr).not.toContain("short");
    const secret = "x".repeat(1025);
    const tooLong = await gossamer(["--role", "client", "status", "--cluster-secret", secret]);
    expectConfigError(tooLong, "--cluster-secret", "(hidden)");
    expect(tooLong.stderr).not.toContain(secret);
  });

  test("registries with credentials and TLS are accepted", async () => {
    for (const url of ["redis://user:pass@127.0.0.1:6379", "rediss://127.0.0.1:6380/0", "redis://:pass@localhost:6379/2"]) {
      const outcome = await gossamer(["--role", "queue", "--registry", url]);
      expect(outcome.code).toBe(0);
    }
  });
});

describe("sources and defaults", () => {
  test("defaults let a queue, a node and a client on one machine find each other", async () => {
    const queue = (await gossamer(["--role", "queue"])).context;
    const node = (await gossamer(["--role", "node"])).context;
    const client = (await gossamer(["--role", "client", "status"])).context;
    // With the public default secret, servers listen on loopback only.
    expect(queue?.config.listen).toEqual({ host: "127.0.0.1", port: 7400 });
    expect(node?.config.listen).toEqual({ host: "127.0.0.1", port: 7401 });
    expect(node?.config.queue).toEqual([{ host: "127.0.0.1", port: 7400 }]);
    expect(client?.config.queue).toEqual([{ host: "127.0.0.1", port: 7400 }]);
    expect(node?.config.clusterSecret).toBe(queue?.config.clusterSecret ?? "");
    expect(node?.config.discoveryPort).toBe(8888);
    expect(node?.config.broadcastAddress).toBe("255.255.255.255");
    expect(node?.config.chunkSize).toBe(1 << 20);
    expect(node?.config.frameBytesMax).toBeGreaterThan(1 << 20);
  });
  test("file < environment < flags", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-merge-"));
    writeFileSync(join(dir, "c.toml"), "id = \"from-file\"\ncluster = \"file-cluster\"\nchunk-size = 8192\n[peers]\nfrom-flag = \"127.0.0.1:9001\"\nb = \"127.0.0.1:9002\"\n");
    const outcome = await gossamer(["--role", "node", "--config", "c.toml", "--id", "from-flag"], { GOSSAMER_CLUSTER: "env-cluster", GOSSAMER_ID: "from-env" }, dir);
    expect(outcome.code).toBe(0);
    expect(outcome.context?.config.id).toBe("from-flag");
    expect(outcome.context?.config.cluster).toBe("env-cluster");
    expect(outcome.context?.config.chunkSize).toBe(8192);
    expect([...(outcome.context?.config.peers?.keys() ?? [])]).toEqual(["from-flag", "b"]);
  });
  test("JSON config and the contract flags", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-json-"));
    writeFileSync(join(dir, "c.json"), JSON.stringify({ "cluster-secret": "s3", "discovery-port": 0, queue: ["127.0.0.1:1", "127.0.0.1:2"] }));
    const outcome = await gossamer(["--role", "node", "--config", "c.json", "--id", "n2", "--listen", "127.0.0.1:7002", "--peers", "n1=127.0.0.1:7001,n2=127.0.0.1:7002",
      "--data-dir", "d/n2", "--storage", "sqlite", "--registry", "redis://127.0.0.1:6379", "--broadcast-address", "10.0.0.255", "--log-level", "debug"], {}, dir);
    expect(outcome.code).toBe(0);
    const config = outcome.context?.config;
    expect(config?.clusterSecret).toBe("s3");
    expect(config?.clusterSecretIsDefault).toBe(false);
    expect(config?.discoveryPort).toBe(0);
    expect(config?.queue).toHaveLength(2);
    expect(config?.peers?.get("n1")).toEqual({ host: "127.0.0.1", port: 7001 });
    expect(config?.dataDir).toBe(join(dir, "d/n2"));
    expect(config?.registry).toBe("redis://127.0.0.1:6379");
  });
  test("a client verb is required and checked", async () => {
    const outcome = await gossamer(["--role", "client", "fly"]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("fly");
  });
  test("--json flag without a value", async () => {
    const outcome = await gossamer(["--role", "client", "status", "--json"]);
    expect(outcome.context?.config.json).toBe(true);
  });
});
