/**
 * The command line is strict and self-describing: every option belongs to a command, and an
 * unknown or misplaced one, a switch given a value, a missing value or an extra argument is exit
 * status 2 with one line naming it (the cases of issue 14, each of which the old parser let
 * through); the role may come from GOSSAMER_ROLE or a config file; help exists per role, per
 * verb and for the demo, with each setting's environment variable and default; a client
 * profile supplies settings at the lowest precedence. Runs the real top level in process with
 * stub roles that capture what they were given.
 */
import { describe, expect, test } from "bun:test";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
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

async function gossamer(argv: string[], env: Record<string, string> = {}, cwd = mkdtempSync(join(tmpdir(), "gossamer-args-"))): Promise<Outcome> {
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

function expectUsage(outcome: Outcome, ...words: string[]): void {
  expect(outcome.code).toBe(2);
  expect(outcome.context).toBeNull();
  expect(outcome.stderr.trim().split("\n")).toHaveLength(1);
  for (const word of words) expect(outcome.stderr).toContain(word);
}

describe("strict options", () => {
  test("ls --json false is refused, not a listing of the prefix \"false\"", async () => {
    expectUsage(await gossamer(["--role", "client", "ls", "--json", "false"]), "--json", "switch", "\"false\"");
  });
  test("--json=false is refused too: a switch takes no value", async () => {
    expectUsage(await gossamer(["--role", "client", "ls", "--json=false"]), "--json", "switch");
  });
  test("an option of another verb names both", async () => {
    expectUsage(await gossamer(["--role", "client", "ls", "--name", "foo"]), "ls does not take --name", "write");
    expectUsage(await gossamer(["--role", "client", "status", "--stale", "-o", "x"]), "status does not take --stale");
    expectUsage(await gossamer(["--role", "client", "status", "-o", "x"]), "status does not take -o", "read");
  });
  test("a demo option on a server role", async () => {
    expectUsage(await gossamer(["--role", "queue", "--keep"]), "the queue role does not take --keep", "demo");
  });
  test("an unknown option", async () => {
    expectUsage(await gossamer(["--role", "client", "read", "x", "--outptu", "y"]), "unknown option --outptu");
  });
  test("a missing value, or an option where the value should be", async () => {
    expectUsage(await gossamer(["--role", "client", "read", "x", "-o"]), "-o needs a value");
    expectUsage(await gossamer(["--role", "client", "write", "f", "--name", "--json"]), "--name needs a value", "--name=--json");
  });
  test("extra arguments", async () => {
    expectUsage(await gossamer(["--role", "node", "stray"]), "the node role takes no arguments", "stray");
    expectUsage(await gossamer(["--role", "client", "status", "stray"]), "status takes no arguments");
    expectUsage(await gossamer(["--role", "client", "read", "a", "b"]), "read: too many arguments");
  });
  test("an unknown verb", async () => {
    expectUsage(await gossamer(["--role", "client", "fly"]), "unknown client verb \"fly\"");
  });
  test("--join needs --peers", async () => {
    expectUsage(await gossamer(["--role", "node", "--join"]), "--join", "--peers");
  });
  test("--profile is a client option", async () => {
    expectUsage(await gossamer(["--role", "node", "--profile", "p.toml"]), "--profile", "client");
  });
  test("what is accepted: -o and --output, -o -, --name=value, settings after the verb, -- before a dashed name", async () => {
    const read = await gossamer(["--role", "client", "read", "a", "-o", "-", "--queue", "127.0.0.1:9"]);
    expect(read.code).toBe(0);
    expect(read.context?.args.options.output).toBe("-");
    expect(read.context?.config.queue).toEqual([{ host: "127.0.0.1", port: 9 }]);
    const long = await gossamer(["--role", "client", "read", "a", "--output=out.bin"]);
    expect(long.context?.args.options.output).toBe("out.bin");
    const named = await gossamer(["--role", "client", "write", "f", "--name=docs/f"]);
    expect(named.context?.args.options.name).toBe("docs/f");
    expect(named.context?.args.positionals).toEqual(["f"]);
    const dashed = await gossamer(["--role", "client", "rm", "--", "-odd"]);
    expect(dashed.context?.args.positionals).toEqual(["-odd"]);
  });
  test("demo --keep", async () => {
    const outcome = await gossamer(["demo", "--keep"]);
    expect(outcome.code).toBe(0);
    expect(outcome.context?.args.role).toBe("demo");
    expect(outcome.context?.args.options.keep).toBe(true);
    expectUsage(await gossamer(["--role", "client", "demo"]), "demo is a command of its own");
  });
});

describe("the role from the environment or a config file", () => {
  test("GOSSAMER_ROLE=client gossamer ls", async () => {
    const outcome = await gossamer(["ls", "docs/"], { GOSSAMER_ROLE: "client" });
    expect(outcome.code).toBe(0);
    expect(outcome.context?.config.role).toBe("client");
    expect(outcome.context?.args.command).toBe("ls");
    expect(outcome.context?.args.positionals).toEqual(["docs/"]);
  });
  test("role = \"client\" in a config file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-role-"));
    writeFileSync(join(dir, "c.toml"), "role = \"client\"\nqueue = \"127.0.0.1:9\"\n");
    const outcome = await gossamer(["--config", "c.toml", "status"], {}, dir);
    expect(outcome.code).toBe(0);
    expect(outcome.context?.args.command).toBe("status");
    expect(outcome.context?.config.queue).toEqual([{ host: "127.0.0.1", port: 9 }]);
  });
  test("--role wins over GOSSAMER_ROLE", async () => {
    const outcome = await gossamer(["--role", "queue"], { GOSSAMER_ROLE: "client" });
    expect(outcome.context?.config.role).toBe("queue");
  });
  test("a bad role from the environment names the variable", async () => {
    expectUsage(await gossamer(["ls"], { GOSSAMER_ROLE: "leader" }), "GOSSAMER_ROLE", "\"leader\"", "node, queue, client");
  });
  test("a config file may hold settings of other roles; the client ignores them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-shared-"));
    writeFileSync(join(dir, "c.toml"), "role = \"client\"\nsnapshot-entries = 20\nstorage = \"sqlite\"\n");
    expect((await gossamer(["--config", "c.toml", "status"], {}, dir)).code).toBe(0);
  });
});

describe("help", () => {
  test("per role, with defaults and environment variables", async () => {
    const node = await gossamer(["--role", "node", "--help"]);
    expect(node.code).toBe(0);
    expect(node.stdout).toContain("Usage: gossamer --role node");
    expect(node.stdout).toMatch(/--listen HOST:PORT\s+GOSSAMER_LISTEN\s+default: 0\.0\.0\.0:7401/);
    expect(node.stdout).toMatch(/--discovery-port PORT\s+GOSSAMER_DISCOVERY_PORT\s+default: 8888/);
    expect(node.stdout).toContain("GOSSAMER_SNAPSHOT_ENTRIES");
    expect(node.stdout).not.toContain("--json");
    const queue = await gossamer(["--role", "queue", "--help"]);
    expect(queue.stdout).toMatch(/--listen HOST:PORT\s+GOSSAMER_LISTEN\s+default: 0\.0\.0\.0:7400/);
    expect(queue.stdout).not.toContain("--peers");
    const demo = await gossamer(["demo", "--help"]);
    expect(demo.stdout).toContain("Usage: gossamer demo");
    expect(demo.stdout).toContain("--keep");
    const client = await gossamer(["--role", "client", "--help"]);
    expect(client.stdout).toContain("remove-node ID");
    expect(client.stdout).toContain("GOSSAMER_PROFILE");
  });
  test("per verb: -o and --output both, --json once, the queue default", async () => {
    const read = await gossamer(["--role", "client", "read", "--help"]);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain("-o, --output OUT");
    const status = await gossamer(["--role", "client", "status", "--help"]);
    expect(status.stdout.match(/^ {2}--json\b/gm)).toHaveLength(1);
    expect(status.stdout).toMatch(/--queue HOST:PORT\[,\.\.\.\]\s+GOSSAMER_QUEUE\s+default: 127\.0\.0\.1:7400/);
  });
  test("help needs no valid arguments", async () => {
    const outcome = await gossamer(["--role", "client", "read", "--help", "-o"]);
    expect(outcome.code).toBe(0);
  });
});

describe("the client profile", () => {
  function profileDir(text: string): string {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-profile-"));
    writeFileSync(join(dir, "client.toml"), text);
    chmodSync(join(dir, "client.toml"), 0o600);
    return dir;
  }
  const profile = "queue = \"127.0.0.1:9001\"\ncluster = \"prod\"\ncluster-secret = \"profile-secret\"\n";

  test("GOSSAMER_PROFILE supplies queue, cluster and credential", async () => {
    const dir = profileDir(profile);
    const outcome = await gossamer(["--role", "client", "ls"], { GOSSAMER_PROFILE: join(dir, "client.toml") });
    expect(outcome.code).toBe(0);
    expect(outcome.context?.config.queue).toEqual([{ host: "127.0.0.1", port: 9001 }]);
    expect(outcome.context?.config.cluster).toBe("prod");
    expect(outcome.context?.config.clusterSecret).toBe("profile-secret");
    expect(outcome.stderr).toBe("");
  });
  test("the default path under HOME, and XDG_CONFIG_HOME", async () => {
    const home = mkdtempSync(join(tmpdir(), "gossamer-home-"));
    mkdirSync(join(home, ".config", "gossamer"), { recursive: true });
    writeFileSync(join(home, ".config", "gossamer", "client.toml"), "cluster = \"from-home\"\n");
    expect((await gossamer(["--role", "client", "ls"], { HOME: home })).context?.config.cluster).toBe("from-home");
    const xdg = profileDir("cluster = \"from-xdg\"\n");
    mkdirSync(join(xdg, "gossamer"));
    writeFileSync(join(xdg, "gossamer", "client.toml"), "cluster = \"from-xdg\"\n");
    expect((await gossamer(["--role", "client", "ls"], { HOME: home, XDG_CONFIG_HOME: xdg })).context?.config.cluster).toBe("from-xdg");
    expect((await gossamer(["--role", "client", "ls"], { HOME: join(home, "absent") })).code).toBe(0);
  });
  test("precedence: profile < config file < environment < flags", async () => {
    const dir = profileDir(profile);
    writeFileSync(join(dir, "c.toml"), "cluster = \"from-file\"\nchunk-size = 8192\n");
    const env = { GOSSAMER_PROFILE: join(dir, "client.toml"), GOSSAMER_CHUNK_SIZE: "16384" };
    const fileWins = await gossamer(["--role", "client", "ls", "--config", "c.toml"], env, dir);
    expect(fileWins.context?.config.cluster).toBe("from-file");
    expect(fileWins.context?.config.chunkSize).toBe(16384);
    expect(fileWins.context?.config.queue).toEqual([{ host: "127.0.0.1", port: 9001 }]);
    const flagWins = await gossamer(["--role", "client", "ls", "--config", "c.toml", "--cluster", "from-flag", "--chunk-size", "4096"], env, dir);
    expect(flagWins.context?.config.cluster).toBe("from-flag");
    expect(flagWins.context?.config.chunkSize).toBe(4096);
    const named = await gossamer(["--role", "client", "ls", "--profile", "client.toml"], {}, dir);
    expect(named.context?.config.cluster).toBe("prod");
  });
  test("servers never read the profile", async () => {
    const dir = profileDir("cluster = \"prod\"\n");
    const outcome = await gossamer(["--role", "node", "--data-dir", join(dir, "n1")], { GOSSAMER_PROFILE: join(dir, "client.toml") });
    expect(outcome.context?.config.cluster).toBe("local");
  });
  test("a named profile that is missing, or one holding a server setting, exits 2", async () => {
    expectUsage(await gossamer(["--role", "client", "ls"], { GOSSAMER_PROFILE: "/nonexistent/client.toml" }), "GOSSAMER_PROFILE", "/nonexistent/client.toml");
    const dir = profileDir("data-dir = \"/var/lib/x\"\n");
    expectUsage(await gossamer(["--role", "client", "ls"], { GOSSAMER_PROFILE: join(dir, "client.toml") }), "data-dir", "a client setting");
  });
  test("a profile with a secret that others can read is used, with a warning", async () => {
    const dir = profileDir(profile);
    chmodSync(join(dir, "client.toml"), 0o644);
    const outcome = await gossamer(["--role", "client", "ls", "--log-level", "warn"], { GOSSAMER_PROFILE: join(dir, "client.toml") });
    expect(outcome.code).toBe(0);
    expect(outcome.context?.config.clusterSecret).toBe("profile-secret");
    expect(outcome.stderr).toContain("chmod 600");
  });
});

describe("the example config files in docs/config", () => {
  test("each one loads for its role (paths overridden by flags)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-examples-"));
    writeFileSync(join(dir, "secret"), "example-secret\n");
    const docs = join(import.meta.dir, "..", "..", "docs", "config");
    const paths = ["--data-dir", join(dir, "data"), "--cluster-secret-file", join(dir, "secret")];
    const node = await gossamer(["--config", join(docs, "node.toml"), ...paths]);
    expect(node.context?.config.role).toBe("node");
    expect([...(node.context?.config.peers?.keys() ?? [])]).toEqual(["n1", "n2", "n3"]);
    const queue = await gossamer(["--config", join(docs, "queue.toml"), ...paths]);
    expect(queue.context?.config.role).toBe("queue");
    expect(queue.context?.config.discoveryPort).toBe(8888);
    const client = await gossamer(["--role", "client", "status"], { GOSSAMER_PROFILE: join(docs, "client.toml") });
    expect(client.context?.config.queue).toEqual([{ host: "10.0.0.10", port: 7400 }]);
    expect(client.context?.config.cluster).toBe("prod");
  });
});

describe("--log-format", () => {
  async function logLine(format: string): Promise<string> {
    let stderr = "";
    const runners: Runners = {
      node: async (context) => {
        context.logger.info("test.event", { raftRole: "leader" });
        return exitCodes.ok;
      },
      queue: async () => exitCodes.ok, client: async () => exitCodes.ok, demo: async () => exitCodes.ok,
    };
    const dir = mkdtempSync(join(tmpdir(), "gossamer-log-"));
    const code = await run(["--role", "node", "--cluster-secret", "s", "--data-dir", dir, "--log-format", format], runners, { stdout: () => undefined, stderr: (t) => { stderr += t; }, env: {}, cwd: dir });
    expect(code).toBe(0);
    return stderr.trim();
  }
  test("json: the process role and the Raft role under their own keys", async () => {
    expect(JSON.parse(await logLine("json"))).toMatchObject({ level: "info", event: "test.event", role: "node", node: "n1", raftRole: "leader" });
  });
  test("text: one human line", async () => {
    expect(await logLine("text")).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}test\.event role=node node=n1 raftRole=leader$/);
  });
  test("a bad format names the choices", async () => {
    expectUsage(await gossamer(["--role", "node", "--log-format", "xml"]), "--log-format", "json, text");
  });
});
