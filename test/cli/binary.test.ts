/**
 * The compiled binary, built once and started from an empty temp directory (so it cannot lean
 * on proto/ or src/ at run time), answers --help and --version, dispatches roles, and turns
 * bad configuration into exit status 2 with one line and no stack trace.
 */
import { describe, expect, test } from "bun:test";
import { mkdtempSync } from "node:fs";
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
