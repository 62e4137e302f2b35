/**
 * The operators' membership verbs with the compiled binary on a static three-node cluster:
 * `member list` shows the leader's configuration (every voter with an address and a match
 * index); a fourth node started with --join is added as a learner (`member add --learner`),
 * shows as one, is promoted (`member promote`) and takes the lead (`transfer-leader`); files
 * written before read back through the new leader. Unknown ids are refused with clear errors.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { join } from "node:path";
import { freePorts, type LocalProcess } from "../../src/demo/local-cluster";
import { ClusterHarness, randomBytes } from "./cluster-harness";

let harness: ClusterHarness;
let fourth: LocalProcess | null = null;

beforeAll(async () => {
  harness = await ClusterHarness.start({ chunkSize: 64 << 10 });
}, 120_000);

afterAll(async () => {
  if (fourth !== null) await harness.cluster.kill(fourth);
  await harness.stop();
});

interface Members {
  leader: string;
  commit: number;
  members: { id: string; address: string; role: string; match: number; leader: boolean }[];
}

async function members(): Promise<Members> {
  const listed = await harness.client(["member", "list", "--json"]);
  expect(listed.stderr).toBe("");
  expect(listed.code).toBe(0);
  return JSON.parse(listed.stdout) as Members;
}

describe("member and transfer-leader", () => {
  test("list, add a learner, promote it, hand it the lead", async () => {
    const before = await members();
    expect(before.members.map((member) => member.id).toSorted()).toEqual(["n1", "n2", "n3"]);
    expect(before.members.every((member) => member.role === "voter" && member.match > 0 && member.address.startsWith("127.0.0.1:"))).toBe(true);
    expect(before.members.filter((member) => member.leader).map((member) => member.id)).toEqual([before.leader]);
    const text = await harness.client(["member", "list"]);
    expect(text.stdout).toMatch(/n1\s+127\.0\.0\.1:\d+\s+voter/);

    const bytes = randomBytes(300_000);
    await Bun.write(join(harness.dir, "before.bin"), bytes);
    expect((await harness.client(["write", join(harness.dir, "before.bin")])).code).toBe(0);

    const [port = 0] = await freePorts(1);
    const peers = [...harness.cluster.nodes.map((node) => `${node.id}=127.0.0.1:${node.port}`), `n4=127.0.0.1:${port}`].join(",");
    const started: LocalProcess = { id: "n4", port, httpPort: null, process: null, args: ["--role", "node", "--cluster", harness.cluster.cluster, "--cluster-secret", harness.cluster.secret,
      "--discovery-port", "0", "--chunk-size", String(64 << 10), "--id", "n4", "--listen", `127.0.0.1:${port}`, "--queue", harness.cluster.queueAddress,
      "--peers", peers, "--join", "--data-dir", join(harness.dir, "n4")] };
    fourth = started;
    harness.cluster.spawn(started);

    const added = await harness.client(["member", "add", "n4", `127.0.0.1:${port}`, "--learner"]);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect((await members()).members.find((member) => member.id === "n4")?.role).toBe("learner");

    const promoted = await harness.client(["member", "promote", "n4", "--json"]);
    expect(promoted.code).toBe(0);
    expect(JSON.parse(promoted.stdout)).toEqual({ id: "n4", role: "voter" });
    const after = await members();
    expect(after.members.filter((member) => member.role === "voter").map((member) => member.id).toSorted()).toEqual(["n1", "n2", "n3", "n4"]);

    const moved = await harness.client(["transfer-leader", "n4"]);
    expect(moved.stderr).toBe("");
    expect(moved.code).toBe(0);
    expect((await members()).leader).toBe("n4");
    const read = await harness.client(["read", "before.bin", "-o", join(harness.dir, "before.out")]);
    expect(read.code).toBe(0);
    expect<Uint8Array>(new Uint8Array(await Bun.file(join(harness.dir, "before.out")).arrayBuffer())).toEqual(bytes);
  }, 240_000);

  test("unknown ids and bad usage are refused", async () => {
    const promote = await harness.client(["member", "promote", "n9", "--json"]);
    expect(promote.code).toBe(1);
    expect((JSON.parse(promote.stdout) as { error: { code: string } }).error.code).toBe("not-found");
    const transfer = await harness.client(["transfer-leader", "n9"]);
    expect(transfer.code).toBe(1);
    expect(transfer.stderr).toContain("not a voter");
    const badAddress = await harness.client(["member", "add", "n5", "nowhere"]);
    expect(badAddress.code).toBe(2);
    expect((await harness.client(["member", "frobnicate"])).code).toBe(2);
  }, 60_000);
});
