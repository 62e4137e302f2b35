/**
 * What this proves, as an attacker on the same machine would try it, against a real server of
 * the channel layer over loopback TCP: a recorded conversation replayed on a new connection is
 * refused at the proof and nothing in it reaches the application; a byte changed anywhere in a
 * sealed frame (header, tag, envelope or payload), a frame replayed, or two frames swapped, is
 * detected and closes the connection; a stranger is bounded — a frame over a few KiB before the
 * handshake, a handshake that never finishes, and a flood of idle sockets cost little and keep
 * no real client out; a handshake message after the handshake, or a handler that throws,
 * closes that connection only; and HTTP or TLS knocking on the port gets told what it is.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { listen, connect, type ListenOptions, type Server } from "../../src/net/channel";
import { preAuthFrameBytesMax } from "../../src/net/connection";
import { admin, adminDial, serverSecrets, testCluster } from "../helpers/auth";
import { concat, RawPeer } from "../helpers/raw-peer";
import { RecordingLogger, waitFor } from "./helpers";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

interface Harness {
  readonly server: Server;
  readonly logger: RecordingLogger;
  /** Every ping the application saw, by target name. */
  readonly seen: string[];
}

function start(overrides: Partial<ListenOptions> = {}): Harness {
  const logger = new RecordingLogger();
  const seen: string[] = [];
  const server = listen({
    hostname: "127.0.0.1", port: 0, logger, secrets: serverSecrets(),
    onEnvelope(connection, envelope) {
      seen.push(envelope.ping?.targetCluster ?? envelope.chunkData?.digest?.length.toString() ?? String(envelope.body));
      if (envelope.requestId !== 0) connection.reply(envelope, { ack: {} });
    },
    ...overrides,
  });
  if (!server.ok) throw server.error;
  cleanups.push(() => server.value.stop());
  return { server: server.value, logger, seen };
}

async function rawPeer(port: number): Promise<RawPeer> {
  const peer = await RawPeer.open(port);
  cleanups.push(() => peer.end());
  return peer;
}

async function provenPeer(port: number): Promise<RawPeer> {
  const peer = await rawPeer(port);
  expect(await peer.handshake(testCluster, admin())).not.toBeNull();
  return peer;
}

function rejections(logger: RecordingLogger): unknown[] {
  return logger.find("net.connection-rejected").map((record) => record.fields.reason);
}

describe("replay", () => {
  test("a whole recorded conversation replayed on a new connection is refused at the proof; nothing in it is executed", async () => {
    const { server, logger, seen } = start();
    const honest = await provenPeer(server.port);
    honest.write(honest.sealed({ requestId: 1, ping: { targetCluster: "transfer-funds" } }));
    expect(await waitFor(() => seen.includes("transfer-funds"))).toBe(true);
    const recording = concat(honest.sent);
    honest.end();

    const attacker = await rawPeer(server.port);
    attacker.write(recording);
    expect(await attacker.waitClosed()).toBe(true);
    expect(seen.filter((name) => name === "transfer-funds").length).toBe(1);
    expect(logger.find("net.handshake-refused").some((record) => String(record.fields.reason).includes("proof refused"))).toBe(true);
    // The server answered the replayed hello with a fresh challenge, then an error in the clear: no ack under any key.
    expect(attacker.envelopes.map((envelope) => envelope.body)).toEqual(["handshakeChallenge", "error"]);
  });
});

describe("tampering with an established connection", () => {
  test("a byte changed anywhere in a sealed frame is detected and closes the connection", async () => {
    const { server, logger, seen } = start();
    const probe = await provenPeer(server.port);
    const length = probe.sealed({ ping: { targetCluster: "probe" } }).length;
    probe.end();
    // Every position of the frame: length prefix, kind, tag, lengths, envelope.
    for (let position = 0; position < length; position += 1) {
      const peer = await provenPeer(server.port);
      const frame = peer.sealed({ ping: { targetCluster: `tampered-${position}` } });
      frame[position] = (frame[position] ?? 0) ^ 0x01;
      peer.write(frame);
      // A changed length prefix may announce more bytes than come: end the stream so the frame is judged.
      if (position < 4) setTimeout(() => peer.end(), 50);
      expect(await peer.waitClosed()).toBe(true);
    }
    expect(seen.filter((name) => name.startsWith("tampered-"))).toEqual([]);
    expect(new Set(rejections(logger))).toContain("frame-tampered");
  }, 60_000);

  test("a byte changed in a payload segment is detected by its digest and closes the connection", async () => {
    const { server, logger, seen } = start();
    const peer = await provenPeer(server.port);
    const data = new Uint8Array(100_000).fill(7);
    const frame = peer.sealed({ chunkData: { data } });
    frame[frame.length - 1_000] = 8;
    peer.write(frame);
    expect(await peer.waitClosed()).toBe(true);
    expect(seen).toEqual([]);
    expect(logger.find("net.connection-rejected").map((record) => [record.fields.reason, String(record.fields.detail)])).toEqual([
      ["frame-tampered", "payload-mismatch: chunkData.data does not match its SHA-256"],
    ]);
  });

  test("a sealed frame replayed, or two frames swapped, is refused", async () => {
    const { server, seen } = start();
    const replayer = await provenPeer(server.port);
    const once = replayer.sealed({ ping: { targetCluster: "once" } });
    replayer.write(once);
    replayer.write(once);
    expect(await replayer.waitClosed()).toBe(true);
    expect(seen.filter((name) => name === "once").length).toBe(1);

    const swapper = await provenPeer(server.port);
    const first = swapper.sealed({ ping: { targetCluster: "first" } });
    const second = swapper.sealed({ ping: { targetCluster: "second" } });
    swapper.write(concat([second, first]));
    expect(await swapper.waitClosed()).toBe(true);
    expect(seen).not.toContain("second");
    expect(seen).not.toContain("first");
  });
});

describe("bounds before trust", () => {
  test(`a frame over ${preAuthFrameBytesMax} bytes before the handshake is refused from its header alone`, async () => {
    const { server, logger } = start();
    const peer = await rawPeer(server.port);
    peer.write(new Uint8Array([0x00, 0x11, 0x00, 0x00])); // announces 1.1 MB, sends nothing more
    expect(await peer.waitClosed()).toBe(true);
    expect(logger.find("net.connection-rejected")[0]?.fields).toMatchObject({ reason: "frame-too-large", bodyBytes: 0x110000 });
  });

  test("a stranger that never finishes the handshake is closed at its deadline", async () => {
    const { server, logger } = start({ handshakeTimeoutMs: 300 });
    const peer = await rawPeer(server.port);
    const started = performance.now();
    expect(await peer.waitClosed(5_000)).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(rejections(logger)).toContain("handshake-timeout");
    expect(server.pendingCount).toBe(0);
  });

  test("300 idle sockets do not keep a real client out: the oldest strangers make room, within their bound", async () => {
    const { server } = start({ pendingMax: 128, pendingPerAddressMax: 64 });
    const idle: RawPeer[] = [];
    for (let i = 0; i < 300; i += 1) idle.push(await rawPeer(server.port));
    expect(await waitFor(() => idle.filter((peer) => peer.closed()).length >= 300 - 64)).toBe(true);
    expect(server.pendingCount).toBeLessThanOrEqual(64);
    const real = await connect({ hostname: "127.0.0.1", port: server.port, ...adminDial, logger: new RecordingLogger(), onEnvelope: () => undefined });
    expect(real.ok).toBe(true);
    if (!real.ok) return;
    cleanups.push(() => real.value.close());
    const answer = await real.value.request({ ping: { targetCluster: "real" } }, 5_000);
    expect(answer.ok && answer.value.body).toBe("ack");
  }, 60_000);

  test("a handshake message after the handshake closes that connection; a handler that throws closes only its own", async () => {
    let throwing = true;
    const { server, logger } = start({
      onEnvelope(connection, envelope) {
        if (envelope.ping?.targetCluster === "boom" && throwing) throw new Error("handler bug");
        if (envelope.requestId !== 0) connection.reply(envelope, { ack: {} });
      },
    });
    const late = await provenPeer(server.port);
    late.write(late.sealed({ handshakeHello: { version: 2, cluster: testCluster } }));
    expect(await late.waitClosed()).toBe(true);

    const victim = await provenPeer(server.port);
    victim.write(victim.sealed({ requestId: 1, ping: { targetCluster: "boom" } }));
    expect(await victim.waitClosed()).toBe(true);
    expect(logger.find("net.handler-failed").length).toBe(1);
    throwing = false;
    const survivor = await provenPeer(server.port);
    survivor.write(survivor.sealed({ requestId: 1, ping: { targetCluster: "fine" } }));
    expect((await survivor.next())?.body).toBe("ack");
    expect(await waitFor(() => server.connectionCount === 1)).toBe(true);
  });
});

describe("the wrong door", () => {
  test("an HTTP request is answered in HTTP, saying what the port is and where the HTTP door is", async () => {
    const { server } = start({ wrongDoorHint: "The HTTP door of this server is http://127.0.0.1:7480/." });
    const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain("Gossamer protocol port");
    expect(text).toContain("http://127.0.0.1:7480/");
  });

  test("a TLS ClientHello on a plain port is closed and logged as TLS", async () => {
    const { server, logger } = start();
    const peer = await rawPeer(server.port);
    peer.write(new Uint8Array([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03]));
    expect(await peer.waitClosed()).toBe(true);
    expect(logger.find("net.wrong-door")[0]?.fields.protocol).toBe("tls");
  });
});
