/**
 * What this proves, without a network (two Connections joined by fake sockets whose kernel
 * buffers take a set number of bytes per write, after a real handshake): the outbox keeps partial writes in order and never holds more than its
 * bound; `send` on a full outbox is a typed `busy` and leaves the outbox unchanged; waiting
 * senders are admitted first come, first served as the socket drains, and one that gets no
 * room in time fails with `busy`; the number of outstanding requests is bounded; and closing
 * the connection settles every pending request and waiting sender with `closed`.
 */
import { describe, expect, test } from "bun:test";
import { requestsOutstandingMax, Connection, type SocketPort } from "../../src/net/connection";
import { Outbox } from "../../src/net/outbox";
import type { Envelope } from "../../src/wire/codec";
import { admin, serverSecrets, testCluster } from "../helpers/auth";
import { RecordingLogger } from "./helpers";

/**
 * One direction of a fake socket pair: takes at most `room` bytes (the kernel buffer), and
 * delivers what it takes to the far Connection on a later microtask, as a socket would.
 */
class PipeSocket implements SocketPort {
  far: Connection | null = null;
  room = Number.POSITIVE_INFINITY;
  ended = false;
  /** Calls to write: each would be a send (and a TCP segment) on a real socket. */
  writes = 0;
  write(data: Uint8Array): number {
    if (this.ended) return -1;
    this.writes += 1;
    const taken = Math.min(this.room, data.length);
    this.room -= taken;
    const bytes = data.slice(0, taken);
    queueMicrotask(() => this.far?.handleData(bytes));
    return taken;
  }
  end(): void {
    this.ended = true;
  }
  terminate(): void {
    this.ended = true;
  }
  pause(): void {}
  resume(): void {}
}

/** A client and a server Connection after a real handshake; the server records what it receives. */
async function connectedPair(outboxBytesMax?: number): Promise<{ client: Connection; toServer: PipeSocket; received: Envelope[] }> {
  const toServer = new PipeSocket();
  const toClient = new PipeSocket();
  const received: Envelope[] = [];
  const frameBytesMax = 1000;
  const client = new Connection(toServer, {
    auth: { side: "connector", cluster: testCluster, credential: admin(), expectedPeerId: null },
    peer: "server", frameBytesMax, outboxBytesMax, logger: new RecordingLogger(), onEnvelope: () => undefined,
  });
  const server = new Connection(toClient, {
    auth: { side: "acceptor", secrets: serverSecrets() }, peer: "client", frameBytesMax, logger: new RecordingLogger(),
    onEnvelope: (_connection, envelope) => received.push(envelope),
  });
  toServer.far = server;
  toClient.far = client;
  server.start();
  client.start();
  const opened = await client.whenOpen();
  expect(opened.ok).toBe(true);
  return { client, toServer, received };
}

/** A message of about `bytes` bytes on the wire that the receiver just records. */
function filler(name: string, bytes: number): Parameters<Connection["send"]>[0] {
  return { ping: { targetCluster: name, originCluster: "x".repeat(bytes) } };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Bun.sleep(0);
}

describe("Outbox", () => {
  test("partial writes keep order and the bound holds", () => {
    const outbox = new Outbox(100);
    const taken: number[] = [];
    let room = 7;
    const write = (data: Uint8Array): number => {
      const count = Math.min(room, data.length);
      room -= count;
      taken.push(...data.subarray(0, count));
      return count;
    };
    const frames = [new Uint8Array(30).fill(1), new Uint8Array(30).fill(2), new Uint8Array(30).fill(3)];
    for (const frame of frames) {
      expect(outbox.hasRoom(frame.length)).toBe(true);
      outbox.push(frame, write);
      expect(outbox.bytes).toBeLessThanOrEqual(100);
    }
    expect(outbox.hasRoom(30)).toBe(false);
    expect(() => outbox.push(new Uint8Array(30), write)).toThrow("without room");
    expect(outbox.bytes).toBe(90 - 7);
    for (let turn = 0; turn < 20 && !outbox.empty(); turn += 1) {
      room = 11;
      outbox.flush(write);
    }
    expect(outbox.empty()).toBe(true);
    expect(taken).toEqual(frames.flatMap((frame) => Array.from(frame)));
    expect(outbox.bytesPeak).toBe(83);
  });

  test("a frame's release runs once, when its last byte went to the socket or the outbox dropped it", () => {
    const outbox = new Outbox(100);
    let room = 25;
    const write = (data: Uint8Array): number => {
      const count = Math.min(room, data.length);
      room -= count;
      return count;
    };
    const released: string[] = [];
    outbox.push(new Uint8Array(20), write, () => released.push("first"));
    outbox.push(new Uint8Array(20), write, () => released.push("second"));
    outbox.push(new Uint8Array(20), write, () => released.push("third"));
    // The first went out whole, the second in part: only the first is released.
    expect(released).toEqual(["first"]);
    room = 15;
    outbox.flush(write);
    expect(released).toEqual(["first", "second"]);
    outbox.clear();
    expect(released).toEqual(["first", "second", "third"]);
    outbox.clear();
    expect(released).toHaveLength(3);
  });

  test("a closed socket stops the flush and keeps the bytes", () => {
    const outbox = new Outbox(100);
    expect(outbox.push(new Uint8Array(10), () => -1)).toBe("closed");
    expect(outbox.bytes).toBe(10);
  });
});

describe("Connection over fake sockets", () => {
  test("nothing but the handshake before it completes, and a peer that proves the secret gets in", async () => {
    const { client, received } = await connectedPair();
    expect(client.open).toBe(true);
    expect(client.peerId).toBe("server");
    expect(client.send(filler("after", 10)).ok).toBe(true);
    await settle();
    expect(received.map((envelope) => envelope.ping?.targetCluster)).toEqual(["after"]);
  });

  test("sendAsync releases a message's buffers once: written, timed out waiting, refused, or closed", async () => {
    const { client, toServer } = await connectedPair(1004);
    const released: string[] = [];
    expect((await client.sendAsync(filler("written", 100), 1_000, () => released.push("written"))).ok).toBe(true);
    expect(released).toEqual(["written"]);
    toServer.room = 0;
    expect((await client.sendAsync(filler("held", 800), 1_000, () => released.push("held"))).ok).toBe(true);
    // In the outbox, not yet on the socket: still held.
    expect(released).toEqual(["written"]);
    const waited = await client.sendAsync(filler("waited", 800), 20, () => released.push("waited"));
    expect(waited.ok).toBe(false);
    const tooLarge = await client.sendAsync(filler("too-large", 5_000), 1_000, () => released.push("too-large"));
    expect(tooLarge.ok).toBe(false);
    const waiting = client.sendAsync(filler("waiting", 800), 1_000, () => released.push("waiting"));
    client.close();
    expect((await waiting).ok).toBe(false);
    expect(released.toSorted()).toEqual(["held", "too-large", "waited", "waiting", "written"]);
  });

  test("a small frame carrying a payload segment goes to the socket in one write, and arrives whole", async () => {
    const { client, toServer, received } = await connectedPair();
    const data = new Uint8Array(300).map((_, i) => i % 251);
    const before = toServer.writes;
    expect(client.send({ uploadChunk: { workId: 7, chunkIndex: 3, data } }).ok).toBe(true);
    // Head and payload were two writes before they were joined.
    expect(toServer.writes - before).toBe(1);
    await settle();
    const got = received.at(-1)?.uploadChunk;
    expect(got?.chunkIndex).toBe(3);
    expect(got?.data).toEqual(data);
  });

  test("send on a full outbox is busy and changes nothing", async () => {
    const { client, toServer } = await connectedPair(1004);
    toServer.room = 0;
    expect(client.send(filler("a", 800)).ok).toBe(true);
    const before = client.outboxBytes;
    const refused = client.send(filler("b", 800));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.kind).toBe("busy");
    expect(client.outboxBytes).toBe(before);
    expect(client.outboxBytes).toBeLessThanOrEqual(client.outboxBytesMax);
  });

  test("waiting senders are admitted in order as the socket drains", async () => {
    const { client, toServer, received } = await connectedPair(1004);
    toServer.room = 0;
    expect(client.send(filler("filler", 800)).ok).toBe(true);
    const waits = ["a", "b", "c"].map((name) => client.sendAsync(filler(name, 400), 5_000));
    // While others wait, a non-waiting send must not overtake them.
    const overtake = client.send(filler("overtaker", 1));
    expect(overtake.ok).toBe(false);
    for (let turn = 0; turn < 10; turn += 1) {
      toServer.room = 1_000_000;
      client.handleDrain();
      await Bun.sleep(0);
    }
    const results = await Promise.all(waits);
    expect(results.every((result) => result.ok)).toBe(true);
    await settle();
    // The server could open every frame: sealed in the order they were written.
    expect(received.map((envelope) => envelope.ping?.targetCluster)).toEqual(["filler", "a", "b", "c"]);
  });

  test("a waiting sender that gets no room in time fails with busy", async () => {
    const { client, toServer } = await connectedPair(1004);
    toServer.room = 0;
    expect(client.send(filler("a", 800)).ok).toBe(true);
    const waited = await client.sendAsync(filler("b", 800), 50);
    expect(waited.ok).toBe(false);
    if (!waited.ok) expect(waited.error.kind).toBe("busy");
  });

  test("outstanding requests are bounded, and close settles them all", async () => {
    const { client } = await connectedPair(1_000_000_000);
    const requests = Array.from({ length: requestsOutstandingMax }, () => client.request({ ack: {} }, 60_000));
    const extra = await client.request({ ack: {} }, 60_000);
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.error.kind).toBe("requests-outstanding-max");
    expect(client.requestsOutstanding).toBe(requestsOutstandingMax);
    client.close();
    const results = await Promise.all(requests);
    expect(results.every((result) => !result.ok && result.error.kind === "closed")).toBe(true);
    expect(client.requestsOutstanding).toBe(0);
    const after = client.send({ ack: {} });
    expect(after.ok).toBe(false);
    if (!after.ok) expect(after.error.kind).toBe("closed");
  });

  test("a one-way message cannot be answered: an error to the caller, never a throw", async () => {
    const { client } = await connectedPair();
    const oneWay = { requestId: 0, body: "ack" } as unknown as Envelope;
    const replied = client.reply(oneWay, { ack: {} });
    expect(replied.ok).toBe(false);
  });
});
