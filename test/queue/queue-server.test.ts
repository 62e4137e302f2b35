/**
 * The queue server's shell (src/queue/queue-server.ts) with real connections on loopback: work
 * whose client left never reaches a node (so a new leader does not drain it), and a node's
 * changed leader claim takes effect with the poll that carries it (the push a node sends when
 * its role changes, src/node/claim-watch.ts), under the same trust rules as any poll; a poll
 * takes as many items as the slots it states, in one answer, and no more small files' contents
 * than fit the node's frame (a cluster with 4 KiB chunks: 20 inline writes of 4 KiB are two
 * answers, not one frame over the bound).
 */
import { afterEach, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "../../src/lib/logger";
import { connect } from "../../src/net/channel";
import type { Connection } from "../../src/net/connection";
import { QueueServer, queueStealPollMs } from "../../src/queue/queue-server";
import type { pb } from "../../src/wire/proto";
import { sha256 } from "../../src/wire/codec";
import { admin, member, serverSecrets, testCluster } from "../helpers/auth";

const started: { server: QueueServer; dir: string; connections: Connection[] }[] = [];

afterEach(() => {
  for (const { server, dir, connections } of started.splice(0)) {
    for (const connection of connections) connection.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function startQueue(frameBytesMax = 1 << 20): Promise<{ server: QueueServer; dial: (as: "client" | string) => Promise<Connection> }> {
  const dir = mkdtempSync(join(tmpdir(), "gossamer-queue-server-"));
  const server = new QueueServer({
    hostname: "127.0.0.1", port: 0, cluster: testCluster, secrets: serverSecrets({ selfId: "queue" }),
    identity: { cluster: testCluster, credential: member("queue"), tls: null }, dataDir: dir, frameBytesMax,
    discoveryPort: 0, advertised: "127.0.0.1:0", wrongDoorHint: "", logger: silentLogger,
  });
  await server.start();
  const record = { server, dir, connections: [] as Connection[] };
  started.push(record);
  const dial = async (as: "client" | string): Promise<Connection> => {
    const opened = await connect({ hostname: "127.0.0.1", port: server.port, cluster: testCluster, credential: as === "client" ? admin() : member(as),
      tls: null, connectTimeoutMs: 5_000, logger: silentLogger, onEnvelope: () => undefined, expectedPeerId: "queue", frameBytesMax });
    if (!opened.ok) throw opened.error;
    record.connections.push(opened.value);
    return opened.value;
  };
  return { server, dial };
}

function poll(nodeId: string, claim: { leader: boolean; term: number }): { steal: pb.StealRequest.$Shape } {
  return { steal: { nodeId, address: "127.0.0.1:1", leader: claim.leader, term: claim.term, role: claim.leader ? "leader" : "follower",
    voters: ["n1", "n2", "n3"], learners: [], takesReads: true } };
}

describe("work nobody waits for", () => {
  test("a read and a remove whose client left are dropped before any node polls", async () => {
    const { server, dial } = await startQueue();
    const client = await dial("client");
    void client.request({ read: { name: "a" } }, 10_000);
    void client.request({ remove: { name: "b" } }, 10_000);
    await Bun.sleep(50);
    expect(server.status().nonLeaderQueue).toBe(1);
    expect(server.status().leaderQueue).toBe(1);
    client.close();
    await Bun.sleep(50);
    expect(server.status()).toMatchObject({ nonLeaderQueue: 0, leaderQueue: 0 });
    // A leader polling now gets neither: its poll ends empty.
    const node = await dial("n1");
    const answer = await node.request(poll("n1", { leader: true, term: 2 }), queueStealPollMs + 5_000);
    expect(answer.ok && answer.value.body).toBe("ack");
  }, 20_000);

  test("a client still waiting keeps its read", async () => {
    const { dial } = await startQueue();
    const client = await dial("client");
    void client.request({ read: { name: "a" } }, 10_000);
    await Bun.sleep(50);
    const node = await dial("n1");
    const answer = await node.request(poll("n1", { leader: false, term: 1 }), 5_000);
    expect(answer.ok && answer.value.body).toBe("stealResponse");
    expect(answer.ok && answer.value.stealResponse?.items?.map((item) => item.read?.name)).toEqual(["a"]);
  }, 20_000);
});

describe("a leader claim pushed with a new poll", () => {
  test("takes queued leader work at once, a rival at the same term does not, and stepping down stops it", async () => {
    const { server, dial } = await startQueue();
    const client = await dial("client");
    const n1 = await dial("n1");
    const n2 = await dial("n2");
    // Both follow at term 1; the remove waits for a leader.
    const firstPoll = n1.request(poll("n1", { leader: false, term: 1 }), 10_000);
    void n2.request(poll("n2", { leader: false, term: 1 }), 10_000);
    void client.request({ remove: { name: "x" } }, 10_000);
    await Bun.sleep(50);
    expect(server.status().leaderQueue).toBe(1);
    // n2 claims first and wins term 2; n1's rival claim at the same term is not believed.
    const n2Leads = await n2.request(poll("n2", { leader: true, term: 2 }), 5_000);
    expect(n2Leads.ok && n2Leads.value.stealResponse?.items?.[0]?.remove?.name).toBe("x");
    void client.request({ remove: { name: "y" } }, 10_000);
    const rival = n1.request(poll("n1", { leader: true, term: 2 }), 10_000);
    expect((await firstPoll).ok).toBe(true); // superseded by its own new poll
    await Bun.sleep(50);
    expect(server.status()).toMatchObject({ leader: "n2", term: 2, leaderQueue: 2 });
    // n1 wins term 3 (pushed at once): the waiting remove goes to it with that poll.
    const n1Leads = await n1.request(poll("n1", { leader: true, term: 3 }), 5_000);
    expect(n1Leads.ok && n1Leads.value.stealResponse?.items?.[0]?.remove?.name).toBe("y");
    expect((await rival).ok).toBe(true);
    expect(server.status().term).toBe(3);
    // Stepping down (a follower's poll at its term) stops leader work going to it.
    const followerPoll = n1.request(poll("n1", { leader: false, term: 3 }), 10_000);
    void client.request({ remove: { name: "z" } }, 10_000);
    await Bun.sleep(50);
    // x and y are still held by n2 and n1; z waits for a leader, and n1's poll with it.
    expect(server.status()).toMatchObject({ leader: "", leaderQueue: 3 });
    expect(await Promise.race([followerPoll.then(() => "answered"), Bun.sleep(200).then(() => "waiting")])).toBe("waiting");
  }, 20_000);
});

describe("a poll that states its slots", () => {
  test("a leader's poll takes the queued leader work in one answer, up to its slots; the rest waits for the next poll", async () => {
    const { server, dial } = await startQueue();
    const client = await dial("client");
    const leader = await dial("n1");
    for (const name of ["a", "b", "c", "d"]) void client.request({ remove: { name } }, 10_000);
    await Bun.sleep(50);
    expect(server.status().leaderQueue).toBe(4);
    const first = await leader.request({ steal: { ...poll("n1", { leader: true, term: 2 }).steal, slots: 3 } }, 5_000);
    expect(first.ok && first.value.body).toBe("stealResponse");
    const items = first.ok ? first.value.stealResponse?.items ?? [] : [];
    expect(items.map((item) => item.remove?.name)).toEqual(["a", "b", "c"]);
    expect(new Set(items.map((item) => item.workId)).size).toBe(3);
    const second = await leader.request({ steal: { ...poll("n1", { leader: true, term: 2 }).steal, slots: 3 } }, 5_000);
    expect(second.ok && second.value.stealResponse?.items?.map((item) => item.remove?.name)).toEqual(["d"]);
    // All four are in flight at n1 (status counts queued and in flight), none is queued.
    expect(server.operations().work).toMatchObject({ leaderQueued: 0, leaderInFlight: 4 });
  }, 20_000);

  test("small files' contents in one answer stay within the node's frame: the rest waits for the next poll", async () => {
    const frameBytesMax = 4096 + (64 << 10);
    const { dial } = await startQueue(frameBytesMax);
    const client = await dial("client");
    const leader = await dial("n1");
    const count = 20;
    for (let i = 0; i < count; i += 1) {
      const content = new Uint8Array(4096).fill(i);
      const digest = sha256(content);
      const manifest = { name: `small-${i}`, size: content.length, chunkSize: 4096, chunkDigests: [digest], digest: sha256(digest) };
      void client.request({ writeBegin: { manifest, inlineData: content, inlineDigest: digest } }, 10_000);
    }
    await Bun.sleep(100);
    const batches: number[] = [];
    for (let taken = 0; taken < count && batches.length < count;) {
      const answer = await leader.request({ steal: { ...poll("n1", { leader: true, term: 2 }).steal, slots: 32 } }, 5_000);
      expect(answer.ok && answer.value.body).toBe("stealResponse");
      const items = answer.ok ? answer.value.stealResponse?.items ?? [] : [];
      expect(items.every((item) => item.write?.inlineData?.length === 4096)).toBe(true);
      batches.push(items.length);
      taken += items.length;
    }
    expect(batches.reduce((sum, n) => sum + n, 0)).toBe(count);
    expect(batches.length).toBeGreaterThan(1);
  }, 20_000);
});
