/**
 * What this proves, over real loopback TCP with Bun's sockets: a client and a server exchange
 * envelopes, requests are matched to their responses by id (also when several are in flight
 * and answered out of order), and a request with no answer fails with a typed timeout. The
 * decoder is exercised through the socket: a raw client that dribbles a frame one byte per
 * write, and one that sends many frames in a single write, are both understood. Hostile input
 * closes only the connection that sent it, with a logged reason — an oversized header, a
 * truncated frame, a frame that does not decode, and (property-based, seeded Prng, many cases)
 * random garbage — while a well-behaved client on the same server keeps getting answers.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { connect, listen, type Server } from "../../src/net/channel";
import type { Connection } from "../../src/net/connection";
import { adminDial, serverSecrets, testCluster } from "../helpers/auth";
import { admin } from "../helpers/auth";
import { concat, plainFrame, RawPeer } from "../helpers/raw-peer";
import { RecordingLogger, waitFor } from "./helpers";

const stopAtEnd: { stop(): void }[] = [];
afterEach(() => {
  for (const item of stopAtEnd.splice(0)) item.stop();
});

/** A server that answers `ping` with a `pingResult` naming the caller's target, and ignores `ack`. */
function echoServer(logger: RecordingLogger, frameBytesMax?: number): Server {
  const server = listen({
    hostname: "127.0.0.1",
    port: 0,
    frameBytesMax,
    logger,
    secrets: serverSecrets(),
    onEnvelope(connection, envelope) {
      if (envelope.body === "ping") {
        const sent = connection.reply(envelope, { pingResult: { reason: `echo:${envelope.ping?.targetCluster ?? ""}` } });
        expect(sent.ok).toBe(true);
      }
    },
  });
  if (!server.ok) throw server.error;
  stopAtEnd.push(server.value);
  return server.value;
}

async function client(server: Server, logger: RecordingLogger): Promise<Connection> {
  const connection = await connect({ hostname: "127.0.0.1", port: server.port, ...adminDial, logger, onEnvelope: () => undefined });
  if (!connection.ok) throw connection.error;
  stopAtEnd.push({ stop: () => connection.value.close() });
  return connection.value;
}

async function expectEcho(connection: Connection, name: string): Promise<void> {
  const response = await connection.request(ping(name), 10_000);
  expect(response.ok).toBe(true);
  if (response.ok) expect(response.value.pingResult?.reason).toBe(`echo:${name}`);
}

function ping(name: string): Parameters<Connection["request"]>[0] {
  return { ping: { targetCluster: name } };
}

/** A raw TCP client that writes exactly the bytes given (no handshake), for hostile input. */
async function rawClient(server: Server): Promise<{ write(bytes: Uint8Array): number; closed(): boolean; end(): void }> {
  let isClosed = false;
  const socket = await Bun.connect({
    hostname: "127.0.0.1",
    port: server.port,
    socket: {
      data: () => undefined,
      close: () => {
        isClosed = true;
      },
    },
  });
  stopAtEnd.push({ stop: () => socket.end() });
  return { write: (bytes) => socket.write(bytes), closed: () => isClosed, end: () => socket.end() };
}

/** A raw peer past the handshake, as an administrator. */
async function provenRawPeer(server: Server): Promise<RawPeer> {
  const peer = await RawPeer.open(server.port);
  stopAtEnd.push({ stop: () => peer.end() });
  expect(await peer.handshake(testCluster, admin())).not.toBeNull();
  return peer;
}

describe("channel", () => {
  test("request and response by id, several in flight", async () => {
    const logger = new RecordingLogger();
    const server = echoServer(logger);
    const connection = await client(server, logger);
    const names = Array.from({ length: 50 }, (_, i) => `c${i}`);
    const responses = await Promise.all(names.map((name) => connection.request(ping(name), 10_000)));
    expect(responses.map((response) => (response.ok ? response.value.pingResult?.reason : "failed"))).toEqual(names.map((name) => `echo:${name}`));
    expect(connection.requestsOutstanding).toBe(0);
  });

  test("responses out of order reach the right request", async () => {
    const logger = new RecordingLogger();
    const held: { connection: Connection; request: Parameters<Connection["reply"]>[0] }[] = [];
    const server = listen({
      hostname: "127.0.0.1", port: 0, logger, secrets: serverSecrets(),
      onEnvelope(connection, envelope) {
        held.push({ connection, request: envelope });
        if (held.length === 3) for (const item of held.reverse()) item.connection.reply(item.request, { pingResult: { reason: `re:${item.request.ping?.targetCluster ?? ""}` } });
      },
    });
    if (!server.ok) throw server.error;
    stopAtEnd.push(server.value);
    const connection = await client(server.value, logger);
    const responses = await Promise.all(["a", "b", "c"].map((name) => connection.request(ping(name), 10_000)));
    expect(responses.map((response) => (response.ok ? response.value.pingResult?.reason : "failed"))).toEqual(["re:a", "re:b", "re:c"]);
  });

  test("a request with no answer times out with a typed error", async () => {
    const logger = new RecordingLogger();
    const server = echoServer(logger);
    const connection = await client(server, logger);
    const started = performance.now();
    const response = await connection.request({ ack: {} }, 200);
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.kind).toBe("timeout");
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(connection.requestsOutstanding).toBe(0);
    await expectEcho(connection, "after-timeout");
  });

  test("an envelope over frameBytesMax is refused at the sender", async () => {
    const logger = new RecordingLogger();
    const server = echoServer(logger);
    const connection = await client(server, logger);
    const sent = connection.send({ chunkData: { data: new Uint8Array(connection.frameBytesMax + 1) } });
    expect(sent.ok).toBe(false);
    if (!sent.ok) expect(sent.error.kind).toBe("too-large");
    await expectEcho(connection, "still-fine");
  });

  test("a frame written one byte at a time, and many frames in one write", async () => {
    const logger = new RecordingLogger();
    const seen: string[] = [];
    const server = listen({
      hostname: "127.0.0.1", port: 0, logger, secrets: serverSecrets(),
      onEnvelope(_connection, envelope) {
        seen.push(envelope.ping?.targetCluster ?? "?");
      },
    });
    if (!server.ok) throw server.error;
    stopAtEnd.push(server.value);
    const raw = await provenRawPeer(server.value);
    for (const byte of raw.sealed({ ping: { targetCluster: "dribble" } })) {
      expect(raw.write(new Uint8Array([byte]))).toBe(1);
      await Bun.sleep(1);
    }
    const many = Array.from({ length: 500 }, (_, i) => raw.sealed({ ping: { targetCluster: `m${i}` } }));
    const joined = concat(many);
    expect(raw.write(joined)).toBe(joined.length);
    expect(await waitFor(() => seen.length === 501)).toBe(true);
    expect(seen).toEqual(["dribble", ...many.map((_, i) => `m${i}`)]);
  });

  test("an oversized header closes that connection only, with a logged reason", async () => {
    const logger = new RecordingLogger();
    const server = echoServer(logger, 4096);
    const good = await client(server, logger);
    const raw = await rawClient(server);
    raw.write(new Uint8Array([0x00, 0x10, 0x00, 0x00])); // announces 1 MiB > 4096
    expect(await waitFor(() => raw.closed())).toBe(true);
    const rejected = logger.find("net.connection-rejected");
    expect(rejected.length).toBe(1);
    expect(rejected[0]?.fields.reason).toBe("frame-too-large");
    expect(rejected[0]?.fields.bodyBytes).toBe(1 << 20);
    await expectEcho(good, "survivor");
  });

  test("an undecodable frame and a truncated frame are logged and close only their connection", async () => {
    const logger = new RecordingLogger();
    const server = echoServer(logger);
    const good = await client(server, logger);
    const undecodable = await rawClient(server);
    // length 13 | kind plain | envelope of 6 bytes | no segments | 6 bytes that are no protobuf
    undecodable.write(new Uint8Array([0, 0, 0, 13, 0, 0, 0, 0, 6, 0, 0, 0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    expect(await waitFor(() => undecodable.closed())).toBe(true);
    const truncated = await rawClient(server);
    truncated.write(plainFrame({ ping: { targetCluster: "cut-short" } }).subarray(0, 7));
    await Bun.sleep(20);
    truncated.end();
    expect(await waitFor(() => logger.find("net.connection-rejected").length === 2)).toBe(true);
    expect(logger.find("net.connection-rejected").map((record) => record.fields.reason).sort()).toEqual(["envelope-undecodable", "frame-truncated"]);
    await expectEcho(good, "survivor");
    expect(await waitFor(() => server.connectionCount === 1)).toBe(true);
  });

  test("random garbage never takes the server down (property, seeded, many cases)", async () => {
    const logger = new RecordingLogger();
    const server = echoServer(logger, 64 * 1024);
    const good = await client(server, logger);
    const prng = new Prng(9001);
    const cases = 60;
    const raws: Awaited<ReturnType<typeof rawClient>>[] = [];
    for (let round = 0; round < cases; round += 1) {
      const raw = await rawClient(server);
      raws.push(raw);
      const bytes = new Uint8Array(prng.intBetween(1, 2000));
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = prng.intBetween(0, 255);
      // Half the cases start with a plausible small header, so the body parser is hit too.
      if (prng.chance(0.5)) new DataView(bytes.buffer).setUint32(0, prng.intBetween(0, bytes.length - 1), false);
      raw.write(bytes);
      if (prng.chance(0.5)) raw.end();
      if (round % 10 === 9) await expectEcho(good, `round-${round}`);
    }
    await expectEcho(good, "after-garbage");
    // Garbage that happens to be a valid frame prefix waits for more bytes; end those too.
    for (const raw of raws) raw.end();
    expect(await waitFor(() => raws.every((raw) => raw.closed()))).toBe(true);
    expect(await waitFor(() => server.connectionCount === 1)).toBe(true);
    expect(logger.find("net.connection-rejected").length).toBeGreaterThan(cases / 2);
    await expectEcho(good, "after-all-closed");
    expect(logger.find("net.socket-error").length).toBe(0);
  });
});

describe("backpressure", () => {
  test("100 MB to a slow receiver: the outbox stays within its bound and RSS growth stays bounded", async () => {
    const logger = new RecordingLogger();
    const chunkBytes = 1 << 20;
    const frameCount = 100;
    let receivedBytes = 0;
    let receivedFrames = 0;
    let outOfOrder = 0;
    const server = listen({
      hostname: "127.0.0.1", port: 0, logger, secrets: serverSecrets(),
      onEnvelope(connection, envelope) {
        if (envelope.body !== "chunkData") return;
        const data = envelope.chunkData?.data ?? new Uint8Array(0);
        if (data[0] !== receivedFrames % 256) outOfOrder += 1;
        receivedBytes += data.length;
        receivedFrames += 1;
        // The slow consumer: after each chunk, stop reading for a while. Bun's pause() stops
        // reading the socket, so the kernel buffers fill and the sender sees short writes.
        connection.pauseReading();
        setTimeout(() => connection.resumeReading(), 15);
      },
    });
    if (!server.ok) throw server.error;
    stopAtEnd.push(server.value);
    const connection = await client(server.value, logger);
    Bun.gc(true);
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    let outboxPeakSeen = 0;
    let busyRefusals = 0;
    for (let sequence = 0; sequence < frameCount; sequence += 1) {
      // A fresh buffer per frame: payload bytes go out without a copy, so a sender must not
      // change them once handed over.
      const payload = new Uint8Array(chunkBytes);
      payload[0] = sequence % 256;
      const sent = await connection.sendAsync({ chunkData: { data: payload } }, 30_000);
      expect(sent.ok).toBe(true);
      // A non-waiting send while the outbox is full must be refused, not grow the outbox.
      // (A large `error`, which the receiver ignores, so it does not disturb the count.)
      const extra = connection.send({ error: { message: "x".repeat(chunkBytes / 2) } });
      if (!extra.ok) {
        expect(extra.error.kind).toBe("busy");
        busyRefusals += 1;
      }
      outboxPeakSeen = Math.max(outboxPeakSeen, connection.outboxBytes);
      expect(connection.outboxBytes).toBeLessThanOrEqual(connection.outboxBytesMax);
      if (sequence % 10 === 9) {
        // Collect first: what we bound is memory retained, not garbage not yet collected.
        Bun.gc(true);
        rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
      }
    }
    // Whether the sends above met a full outbox depends on timing (the receiver may keep up).
    // Now without yielding, so the receiver cannot drain: non-waiting sends until one is refused,
    // which must happen once the kernel's buffers and the outbox are full (bounded by their size).
    const extraBytes = chunkBytes / 2;
    const attemptsMax = Math.ceil((connection.outboxBytesMax + 64 * 2 ** 20) / extraBytes);
    for (let attempt = 0; busyRefusals === 0 && attempt < attemptsMax; attempt += 1) {
      const more = connection.send({ error: { message: "x".repeat(extraBytes) } });
      if (!more.ok) {
        expect(more.error.kind).toBe("busy");
        busyRefusals += 1;
      }
      expect(connection.outboxBytes).toBeLessThanOrEqual(connection.outboxBytesMax);
    }
    expect(await waitFor(() => receivedFrames >= frameCount, 50_000)).toBe(true);
    Bun.gc(true);
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    expect(receivedBytes).toBe(frameCount * chunkBytes);
    expect(outOfOrder).toBe(0);
    expect(connection.outboxBytesPeak).toBeLessThanOrEqual(connection.outboxBytesMax);
    // The receiver really was slower than the sender: the outbox filled and sends were refused.
    expect(connection.outboxBytesPeak).toBeGreaterThan(connection.outboxBytesMax / 2);
    expect(busyRefusals).toBeGreaterThan(0);
    // 100 MB went through; buffering it would cost >= 100 MB. Allow a generous fraction for
    // garbage awaiting collection, but far below the stream's size.
    const rssGrowthBytes = rssPeak - rssBefore;
    console.log(`rss growth ${(rssGrowthBytes / 2 ** 20).toFixed(1)} MiB, outbox peak ${connection.outboxBytesPeak}, refusals ${busyRefusals}`);
    expect(rssGrowthBytes).toBeLessThan(64 * 2 ** 20);
  }, 60_000);
});
