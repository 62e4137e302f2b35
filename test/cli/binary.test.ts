/**
 * The compiled binary, built once and started from an empty temp directory (so it cannot lean
 * on proto/ or src/ at run time), answers --help and --version, dispatches roles, and turns
 * bad configuration into exit status 2 with one line and no stack trace.
 */
import { describe, expect, test } from "bun:test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import packageJson from "../../package.json" with { type: "json" };
import { runBinary } from "../helpers/gossamer-binary";

const cwd = mkdtempSync(join(tmpdir(), "gossamer-cwd-"));

describe("compiled binary", () => {
  test("--version prints the package version", async () => {
    const result = await runBinary(["--version"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`gossamer ${packageJson.version}`);
  }, 120_000);

  test("--help lists the roles, the client verbs and every contract flag", async () => {
    const result = await runBinary(["--help"], { cwd });
    expect(result.code).toBe(0);
    for (const word of ["--role queue", "--role node", "--role client", "write PATH", "read NAME", "status", "--config", "--id", "--cluster",
      "--listen", "--queue", "--peers", "--data-dir", "--storage", "--mysql-url", "--registry", "--cluster-secret", "GOSSAMER_CLUSTER_SECRET",
      "--discovery-port", "--broadcast-address", "--chunk-size", "--log-level", "--json"]) {
      expect(result.stdout).toContain(word);
    }
  }, 120_000);

  test("each client verb documents itself", async () => {
    const result = await runBinary(["--role", "client", "write", "--help"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: gossamer --role client write PATH");
    expect(result.stdout).toContain("--name");
  }, 120_000);

  test("help per role and for the demo shows defaults and environment variables", async () => {
    const node = await runBinary(["--role", "node", "--help"], { cwd });
    expect(node.code).toBe(0);
    expect(node.stdout).toMatch(/--listen HOST:PORT\s+GOSSAMER_LISTEN\s+default: 0\.0\.0\.0:7401/);
    const queue = await runBinary(["--role", "queue", "--help"], { cwd });
    expect(queue.stdout).toMatch(/--discovery-port PORT\s+GOSSAMER_DISCOVERY_PORT\s+default: 8888/);
    const demo = await runBinary(["demo", "--help"], { cwd });
    expect(demo.stdout).toContain("--keep");
  }, 120_000);

  test("strict parsing: misplaced options and a switch given a value exit 2 naming them", async () => {
    for (const [argv, word] of [[["--role", "client", "ls", "--json", "false"], "--json"], [["--role", "client", "ls", "--name", "foo"], "--name"],
      [["--role", "client", "status", "--stale", "-o", "x"], "--stale"], [["--role", "queue", "--keep"], "--keep"]] as const) {
      const result = await runBinary(argv, { cwd });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(word);
      // Nothing listed; with --json the usage error itself is the one JSON object on stdout.
      if ((argv as readonly string[]).includes("--json")) expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: "usage", exit: 2 } });
      else expect(result.stdout).toBe("");
    }
  }, 120_000);

  test("GOSSAMER_ROLE and a client profile: a verb needs no flags", async () => {
    const profile = join(cwd, "client.toml");
    writeFileSync(profile, "queue = \"127.0.0.1:1\"\ncluster = \"prod\"\ncluster-secret = \"s\"\n", { mode: 0o600 });
    const result = await runBinary(["ls"], { cwd, env: { GOSSAMER_ROLE: "client", GOSSAMER_PROFILE: profile } });
    // Nothing listens there: the exit status and the message prove the profile's queue was used.
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("127.0.0.1:1");
  }, 120_000);

  test("a bad setting exits 2 with one line naming the field and no stack trace", async () => {
    const result = await runBinary(["--role", "node", "--listen", "127.0.0.1:70000"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--listen");
    expect(result.stderr).toContain("127.0.0.1:70000");
    expect(result.stderr).not.toContain("    at ");
  }, 120_000);
});

describe("start-up errors", () => {
  test("an unreachable Redis registry stops a node at start-up with exit 2, naming host and port", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "gossamer-registry-down-"));
    const result = await runBinary(["--role", "node", "--id", "n1", "--peers", "n1=127.0.0.1:1", "--discovery-port", "0",
      "--registry", "redis://127.0.0.1:1", "--data-dir", dataDir], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("127.0.0.1:1");
    expect(result.stderr).toContain("unreachable");
    expect(result.stderr).not.toContain("    at ");
  }, 120_000);
});
