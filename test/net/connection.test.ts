/**
 * What this proves, without a network (a fake socket whose kernel buffer takes a set number
 * of bytes per write): the outbox keeps partial writes in order and never holds more than its
 * bound; `send` on a full outbox is a typed `busy` and leaves the outbox unchanged; waiting
 * senders are admitted first come, first served as the socket drains, and one that gets no
 * room in time fails with `busy`; the number of outstanding requests is bounded; and closing
 * the connection settles every pending request and waiting sender with `closed`.
 */
import { describe, expect, test } from "bun:test";
import { requestsOutstandingMax, Connection, type SocketPort } from "../../src/net/connection";
import { Outbox } from "../../src/net/outbox";
import { decodeEnvelope } from "../../src/wire/codec";
import { FrameDecoder } from "../../src/wire/framing";
import { RecordingLogger } from "./helpers";

/** A socket that accepts at most `capacity` bytes until `drain(n)` frees room. */
class FakeSocket implements SocketPort {
  readonly written: number[] = [];
  room: number;
  ended = false;
  constructor(capacity: number) {
    this.room = capacity;
  }
  write(data: Uint8Array): number {
    if (this.ended) return -1;
    const taken = Math.min(this.room, data.length);
    this.room -= taken;
    for (const byte of data.subarray(0, taken)) this.written.push(byte);
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

function frameBodies(bytes: readonly number[]): Uint8Array[] {
  const bodies: Uint8Array[] = [];
  const pushed = new FrameDecoder().push(new Uint8Array(bytes), (body) => {
    bodies.push(body);
  });
  expect(pushed.ok).toBe(true);
  return bodies;
}

function makeConnection(socket: FakeSocket, outboxBytesMax: number): Connection {
  return new Connection(socket, {
    side: "connector", peer: "fake", frameBytesMax: 1000, outboxBytesMax, logger: new RecordingLogger(), onEnvelope: () => undefined,
  });
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

  test("a closed socket stops the flush and keeps the bytes", () => {
    const outbox = new Outbox(100);
    expect(outbox.push(new Uint8Array(10), () => -1)).toBe("closed");
    expect(outbox.bytes).toBe(10);
  });
});

describe("Connection over a fake socket", () => {
  const smallFrame = (name: string): Parameters<Connection["send"]>[0] => ({ hello: { peerId: name } });

  test("send on a full outbox is busy and changes nothing", () => {
    const socket = new FakeSocket(0);
    const connection = makeConnection(socket, 1004);
    const big = { hello: { nonce: new Uint8Array(900) } };
    expect(connection.send(big).ok).toBe(true);
    const before = connection.outboxBytes;
    const refused = connection.send(big);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.kind).toBe("busy");
    expect(connection.outboxBytes).toBe(before);
    expect(connection.outboxBytes).toBeLessThanOrEqual(connection.outboxBytesMax);
  });

  test("waiting senders are admitted in order as the socket drains", async () => {
    const socket = new FakeSocket(0);
    const connection = makeConnection(socket, 1004);
    const filler = { hello: { peerId: "filler", nonce: new Uint8Array(900) } };
    expect(connection.send(filler).ok).toBe(true);
    const waits = ["a", "b", "c"].map((name) => connection.sendAsync({ hello: { peerId: name, nonce: new Uint8Array(400) } }, 5_000));
    // While others wait, a non-waiting send must not overtake them.
    const overtake = connection.send(smallFrame("overtaker"));
    expect(overtake.ok).toBe(false);
    for (let turn = 0; turn < 10; turn += 1) {
      socket.room = 1_000_000;
      connection.handleDrain();
      await Bun.sleep(0);
    }
    const results = await Promise.all(waits);
    expect(results.every((result) => result.ok)).toBe(true);
    const names = frameBodies(socket.written).map((body) => {
      const envelope = decodeEnvelope(body);
      return envelope.ok ? envelope.value.hello?.peerId : "undecodable";
    });
    expect(names).toEqual(["filler", "a", "b", "c"]);
  });

  test("a waiting sender that gets no room in time fails with busy", async () => {
    const socket = new FakeSocket(0);
    const connection = makeConnection(socket, 1004);
    expect(connection.send({ hello: { nonce: new Uint8Array(900) } }).ok).toBe(true);
    const waited = await connection.sendAsync({ hello: { nonce: new Uint8Array(900) } }, 50);
    expect(waited.ok).toBe(false);
    if (!waited.ok) expect(waited.error.kind).toBe("busy");
  });

  test("outstanding requests are bounded, and close settles them all", async () => {
    const socket = new FakeSocket(1_000_000_000);
    const connection = new Connection(socket, {
      side: "connector", peer: "fake", logger: new RecordingLogger(), onEnvelope: () => undefined,
    });
    const requests = Array.from({ length: requestsOutstandingMax }, () => connection.request({ ack: {} }, 60_000));
    const extra = await connection.request({ ack: {} }, 60_000);
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.error.kind).toBe("requests-outstanding-max");
    expect(connection.requestsOutstanding).toBe(requestsOutstandingMax);
    connection.close();
    const results = await Promise.all(requests);
    expect(results.every((result) => !result.ok && result.error.kind === "closed")).toBe(true);
    expect(connection.requestsOutstanding).toBe(0);
    const after = connection.send({ ack: {} });
    expect(after.ok).toBe(false);
    if (!after.ok) expect(after.error.kind).toBe("closed");
  });
});
