/**
 * What this proves, over real loopback UDP and TCP (no namespaces needed): the discovery
 * server admits a request from the discovery client and calls onRequest exactly once for it;
 * a replay of the same datagram, a client with the wrong secret, a request for another
 * cluster, garbage, and oversized datagrams never reach onRequest, are counted per reason,
 * are logged at a bounded rate, and the server still admits a good request afterwards. The
 * bound on answers in flight holds (an extra request is dropped as busy, and a node already
 * being answered is not answered twice). The client backs off with growing delays, logs
 * "discovery.waiting" with the attempt and the next delay, stops on stop(), and gives up with
 * a typed error at its attempt bound. sendEdgeList reaches a TCP server that checks the Hello
 * against the secret, delivers the EdgeList and gets an ack; a server with another secret
 * refuses it and nothing listening is a typed connect failure.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { nonceBytes, signAddNodeRequest, type ValidRequest } from "../../src/discovery/add-node-request";
import { DiscoveryClient } from "../../src/discovery/discovery-client";
import { DiscoveryServer, sendEdgeList } from "../../src/discovery/discovery-server";
import { Prng } from "../../src/lib/prng";
import { listen, type Server } from "../../src/net/channel";
import { UdpEndpoint } from "../../src/net/udp";
import { pb } from "../../src/wire/proto";
import { RecordingLogger, waitFor } from "../net/helpers";

const secret = "loopback-secret";
const cluster = "c1";
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

async function startServer(onRequest: (request: ValidRequest) => Promise<void>, extra: { answersInFlightMax?: number } = {}) {
  const logger = new RecordingLogger();
  const started = await DiscoveryServer.start({ hostname: "127.0.0.1", port: 0, secret, cluster, logger, onRequest, ...extra });
  if (!started.ok) throw started.error;
  cleanups.push(() => started.value.close());
  return { server: started.value, logger };
}

async function sender(): Promise<UdpEndpoint> {
  const bound = await UdpEndpoint.bind({ hostname: "127.0.0.1", logger: new RecordingLogger(), datagramBytesMax: 65_507 });
  if (!bound.ok) throw bound.error;
  cleanups.push(() => bound.value.close());
  return bound.value;
}

function signed(nodeId: string, overrides: { secret?: string; cluster?: string } = {}): Uint8Array {
  return signAddNodeRequest({
    nodeId, host: "127.0.0.1", port: 7401, cluster: overrides.cluster ?? cluster,
    nonce: crypto.getRandomValues(new Uint8Array(nonceBytes)), timestampMs: Date.now(),
  }, overrides.secret ?? secret);
}

describe("discovery server and client on loopback", () => {
  test("a client's request reaches onRequest once; stop() ends the client", async () => {
    const requests: ValidRequest[] = [];
    const clientSlot: { client: DiscoveryClient | null } = { client: null };
    const { server } = await startServer(async (request) => {
      requests.push(request);
      clientSlot.client?.stop();
    });
    const logger = new RecordingLogger();
    const prng = new Prng(7);
    const started = await DiscoveryClient.start({
      nodeId: "n4", host: "127.0.0.1", commandPort: 7404, cluster, secret, logger,
      broadcastAddress: "127.0.0.1", discoveryPort: server.port, random: () => prng.nextFloat(), delayMsBase: 400,
    });
    if (!started.ok) throw started.error;
    clientSlot.client = started.value;
    const outcome = await started.value.done;
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.value.attempts).toBe(1);
    expect(requests.length).toBe(1);
    expect(requests[0]?.nodeId).toBe("n4");
    expect(requests[0]?.port).toBe(7404);
    expect(server.stats.admitted).toBe(1);
    expect(logger.find("discovery.waiting")[0]?.fields).toMatchObject({ attempt: 1 });
  });

  test("bad datagrams never reach onRequest, are counted and rate-limited; the server keeps working", async () => {
    let calls = 0;
    const { server, logger } = await startServer(async () => {
      calls += 1;
    });
    const udp = await sender();
    const good = signed("n1");
    udp.send(good, server.port, "127.0.0.1");
    expect(await waitFor(() => calls === 1)).toBe(true);
    udp.send(good, server.port, "127.0.0.1"); // replay
    for (let index = 0; index < 20; index += 1) udp.send(signed(`w${index}`, { secret: "wrong" }), server.port, "127.0.0.1");
    udp.send(signed("n2", { cluster: "c2" }), server.port, "127.0.0.1");
    const prng = new Prng(11);
    for (let index = 0; index < 50; index += 1) {
      udp.send(new Uint8Array(prng.intBetween(1, 400)).map(() => prng.intBetween(0, 255)), server.port, "127.0.0.1");
    }
    udp.send(new Uint8Array(1_000).fill(1), server.port, "127.0.0.1");
    udp.send(new Uint8Array(9_000).fill(2), server.port, "127.0.0.1");
    expect(await waitFor(() => server.stats.datagrams === 75)).toBe(true);
    expect(calls).toBe(1);
    expect(server.stats.dropped.replay).toBe(1);
    expect(server.stats.dropped["bad-hmac"]).toBe(20);
    expect(server.stats.dropped["wrong-cluster"]).toBe(1);
    expect(server.stats.dropped.oversize).toBe(2);
    // Garbage lands in malformed or invalid-field, depending on what the bytes happen to decode to.
    expect(server.stats.dropped.malformed + server.stats.dropped["invalid-field"]).toBe(50);
    // Twenty bad-hmac datagrams in one window: five lines at most.
    const badHmacLines = logger.find("discovery.dropped").filter((record) => record.fields.reason === "bad-hmac");
    expect(badHmacLines.length).toBe(5);
    // Still admits a good request after the flood.
    udp.send(signed("n3"), server.port, "127.0.0.1");
    expect(await waitFor(() => calls === 2)).toBe(true);
  });

  test("answers in flight are bounded, and one node is not answered twice at once", async () => {
    const releases: (() => void)[] = [];
    const { server } = await startServer(() => new Promise<void>((resolve) => releases.push(resolve)), { answersInFlightMax: 2 });
    const udp = await sender();
    udp.send(signed("n1"), server.port, "127.0.0.1");
    expect(await waitFor(() => server.answersInFlight === 1)).toBe(true);
    udp.send(signed("n1"), server.port, "127.0.0.1"); // its retry, while still being answered
    udp.send(signed("n2"), server.port, "127.0.0.1");
    expect(await waitFor(() => server.answersInFlight === 2 && server.stats.datagrams === 3)).toBe(true);
    udp.send(signed("n3"), server.port, "127.0.0.1");
    expect(await waitFor(() => server.stats.datagrams === 4)).toBe(true);
    expect(server.stats.dropped["already-answering"]).toBe(1);
    expect(server.stats.dropped.busy).toBe(1);
    for (const release of releases.splice(0)) release();
    expect(await waitFor(() => server.answersInFlight === 0)).toBe(true);
    expect(server.stats.answered).toBe(2);
    udp.send(signed("n3"), server.port, "127.0.0.1");
    expect(await waitFor(() => server.answersInFlight === 1)).toBe(true);
    for (const release of releases.splice(0)) release();
  });

  test("the client backs off with growing delays and gives up with a typed error at its bound", async () => {
    const logger = new RecordingLogger();
    const prng = new Prng(3);
    const silent = await sender(); // nobody answers here
    const started = await DiscoveryClient.start({
      nodeId: "n9", host: "127.0.0.1", commandPort: 7409, cluster, secret, logger, broadcastAddress: "127.0.0.1",
      discoveryPort: silent.port, random: () => prng.nextFloat(), delayMsBase: 4, delayMsCap: 40, attemptsMax: 6,
    });
    if (!started.ok) throw started.error;
    const outcome = await started.value.done;
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.kind).toBe("gave-up");
    const delays = logger.find("discovery.waiting").map((record) => Number(record.fields.nextDelayMs));
    expect(delays.length).toBe(6);
    // Equal jitter: attempt k waits within [ceiling/2, ceiling], ceiling = min(cap, base·2^k).
    delays.forEach((delay, attempt) => {
      const ceiling = Math.min(40, 4 * 2 ** attempt);
      expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
      expect(delay).toBeLessThanOrEqual(ceiling);
    });
    expect(logger.find("discovery.gave-up").length).toBe(1);
  });
});

describe("failures at the edge", () => {
  test("an onRequest that rejects is logged; the server keeps admitting", async () => {
    let calls = 0;
    const { server, logger } = await startServer(async () => {
      calls += 1;
      if (calls === 1) throw new Error("queue server could not answer");
    });
    const udp = await sender();
    udp.send(signed("n1"), server.port, "127.0.0.1");
    expect(await waitFor(() => logger.find("discovery.answer-failed").length === 1)).toBe(true);
    expect(server.answersInFlight).toBe(0);
    udp.send(signed("n1"), server.port, "127.0.0.1");
    expect(await waitFor(() => server.stats.answered === 1)).toBe(true);
    expect(calls).toBe(2);
  });

  test("the client's time bound ends the wait even with attempts to spare", async () => {
    const silent = await sender();
    const prng = new Prng(5);
    const startedMs = performance.now();
    const started = await DiscoveryClient.start({
      nodeId: "n9", host: "127.0.0.1", commandPort: 7409, cluster, secret, logger: new RecordingLogger(),
      broadcastAddress: "127.0.0.1", discoveryPort: silent.port, random: () => prng.nextFloat(),
      delayMsBase: 20, delayMsCap: 20, attemptsMax: 1_000, elapsedMsMax: 150,
    });
    if (!started.ok) throw started.error;
    const outcome = await started.value.done;
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.kind).toBe("gave-up");
    expect(started.value.attempts).toBeLessThan(50);
    expect(performance.now() - startedMs).toBeLessThan(2_000);
  });

  test("binding a port already taken is a typed error", async () => {
    const { server } = await startServer(async () => undefined);
    const second = await DiscoveryServer.start({
      hostname: "127.0.0.1", port: server.port, secret, cluster, logger: new RecordingLogger(), onRequest: async () => undefined,
    });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.kind).toBe("bind-failed");
    if (second.ok) second.value.close();
  });
});

describe("sendEdgeList", () => {
  const edgeList: pb.EdgeList.$Shape = {
    cluster, nodes: [{ id: "n1", address: "198.18.0.11:7401" }], queueServers: ["198.18.0.10:7400"], leader: "n1",
  };
  const request = (port: number): ValidRequest => ({
    nodeId: "n5", host: "127.0.0.1", port, cluster, nonce: new Uint8Array(nonceBytes), timestampMs: Date.now(),
  });

  const queueIdentity = { cluster, credential: { kind: "member", id: "queue", secret } as const, tls: null };

  /** A stand-in for node n5's command port: runs the handshake, records the EdgeList from "queue", acks. */
  function commandPort(nodeSecret: string, received: pb.EdgeList.$Shape[]): Server {
    const listening = listen({
      hostname: "127.0.0.1", port: 0, logger: new RecordingLogger(),
      secrets: { cluster, selfId: "n5", clusterSecret: nodeSecret, clientKeys: null, anonymous: false },
      onEnvelope: (connection, envelope) => {
        const principal = connection.principal;
        const fromQueue = principal?.kind === "member" && principal.id === "queue";
        if (envelope.body === "edgeList" && fromQueue && envelope.edgeList !== null && envelope.edgeList !== undefined) {
          received.push(envelope.edgeList);
          connection.reply(envelope, { ack: {} });
        }
      },
    });
    if (!listening.ok) throw listening.error;
    cleanups.push(() => listening.value.stop());
    return listening.value;
  }

  test("delivers the edge list after a handshake the node accepts", async () => {
    const received: pb.EdgeList.$Shape[] = [];
    const server = commandPort(secret, received);
    const result = await sendEdgeList(request(server.port), edgeList, { identity: queueIdentity, cluster, logger: new RecordingLogger() });
    expect(result.ok).toBe(true);
    expect(received.length).toBe(1);
    expect(received[0]?.leader).toBe("n1");
    expect(received[0]?.nodes?.[0]?.address).toBe("198.18.0.11:7401");
    expect(received[0]?.queueServers).toEqual(["198.18.0.10:7400"]);
  });

  test("a node with another secret refuses the handshake: typed refusal, nothing delivered", async () => {
    const received: pb.EdgeList.$Shape[] = [];
    const server = commandPort("another-secret", received);
    const result = await sendEdgeList(request(server.port), edgeList, { identity: queueIdentity, cluster, logger: new RecordingLogger() });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("refused");
    expect(received.length).toBe(0);
  });

  test("nothing listening is a typed connect failure", async () => {
    const server = commandPort(secret, []);
    const port = server.port;
    server.stop();
    const result = await sendEdgeList(request(port), edgeList, { identity: queueIdentity, cluster, logger: new RecordingLogger(), connectTimeoutMs: 2_000 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("connect-failed");
  });
});
