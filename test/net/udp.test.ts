/**
 * What this proves, on real loopback UDP: a datagram sent to a bound endpoint arrives intact
 * with its source; the size bound holds both ways — a datagram over the receiver's bound is
 * dropped and counted (never delivered), exactly the bound is delivered, and a send over the
 * sender's own bound is refused with a typed error before reaching the kernel. A broadcast
 * send needs `broadcast: true` (else a typed send-failed, from EACCES); with it, the send is
 * accepted, and where the host routes 255.255.255.255 back to us, it is received too.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { UdpEndpoint, type DatagramSource } from "../../src/net/udp";
import { RecordingLogger, waitFor } from "./helpers";

const closeAtEnd: UdpEndpoint[] = [];
afterEach(() => {
  for (const endpoint of closeAtEnd.splice(0)) endpoint.close();
});

async function bound(options: Parameters<typeof UdpEndpoint.bind>[0]): Promise<UdpEndpoint> {
  const endpoint = await UdpEndpoint.bind(options);
  if (!endpoint.ok) throw endpoint.error;
  closeAtEnd.push(endpoint.value);
  return endpoint.value;
}

describe("udp", () => {
  test("send and receive on loopback", async () => {
    const logger = new RecordingLogger();
    const received: { bytes: number[]; source: DatagramSource }[] = [];
    const listener = await bound({ hostname: "127.0.0.1", logger, onDatagram: (bytes, source) => received.push({ bytes: Array.from(bytes), source }) });
    const sender = await bound({ hostname: "127.0.0.1", logger });
    expect(sender.send(new Uint8Array([1, 2, 3]), listener.port, "127.0.0.1").ok).toBe(true);
    expect(await waitFor(() => received.length === 1)).toBe(true);
    expect(received[0]?.bytes).toEqual([1, 2, 3]);
    expect(received[0]?.source).toEqual({ address: "127.0.0.1", port: sender.port });
    expect(sender.stats.sent).toBe(1);
    expect(listener.stats.received).toBe(1);
  });

  test("a datagram over the receiver's bound is dropped and counted; the bound itself passes", async () => {
    const logger = new RecordingLogger();
    const sizes: number[] = [];
    const listener = await bound({ hostname: "127.0.0.1", datagramBytesMax: 100, logger, onDatagram: (bytes) => sizes.push(bytes.length) });
    const sender = await bound({ hostname: "127.0.0.1", datagramBytesMax: 4000, logger });
    expect(sender.send(new Uint8Array(101), listener.port, "127.0.0.1").ok).toBe(true);
    expect(sender.send(new Uint8Array(3000), listener.port, "127.0.0.1").ok).toBe(true);
    expect(sender.send(new Uint8Array(100), listener.port, "127.0.0.1").ok).toBe(true);
    expect(await waitFor(() => listener.stats.received + listener.stats.droppedOversize === 3)).toBe(true);
    expect(sizes).toEqual([100]);
    expect(listener.stats.droppedOversize).toBe(2);
    expect(logger.find("net.udp-dropped").length).toBe(2);
  });

  test("a send over the sender's bound is refused before the kernel", async () => {
    const logger = new RecordingLogger();
    const sender = await bound({ hostname: "127.0.0.1", logger });
    const sent = sender.send(new Uint8Array(sender.datagramBytesMax + 1), 9, "127.0.0.1");
    expect(sent.ok).toBe(false);
    if (!sent.ok) expect(sent.error.kind).toBe("too-large");
    expect(sender.stats.sendRefusedOversize).toBe(1);
    expect(sender.stats.sent).toBe(0);
  });

  test("broadcast needs broadcast: true", async () => {
    const logger = new RecordingLogger();
    const received: number[] = [];
    const listener = await bound({ hostname: "0.0.0.0", logger, onDatagram: (bytes) => received.push(bytes.length) });
    const plain = await bound({ logger });
    const refused = plain.sendBroadcast(new Uint8Array(8), listener.port);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.kind).toBe("send-failed");
    const broadcaster = await bound({ logger, broadcast: true });
    const sent = broadcaster.sendBroadcast(new Uint8Array(8), listener.port);
    expect(sent.ok).toBe(true);
    // Delivery back to this host depends on its routes; when it happens, it is intact.
    await waitFor(() => received.length > 0, 500);
    for (const size of received) expect(size).toBe(8);
  });
});
