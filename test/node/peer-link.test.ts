/**
 * A link's heartbeat notices a connection that went silent (the far side stops answering, as
 * across a partition, where TCP neither resets nor reports anything) and closes it, so the next
 * use dials again instead of queueing behind a retransmission backoff. A link that hears
 * answers keeps its one connection. Over real loopback TCP, with a server that completes the
 * handshake and, until told to stop, answers pings.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { listen, type Server } from "../../src/net/channel";
import { PeerLink } from "../../src/node/peer-link";
import type { Logger } from "../../src/lib/logger";
import { RecordingLogger as NetRecordingLogger, waitFor } from "../net/helpers";
import { member, serverSecrets, testCluster } from "../helpers/auth";

/** The net layer's recording logger, as the node's Logger (which can make children). */
class RecordingLogger extends NetRecordingLogger implements Logger {
  child(): Logger {
    return this;
  }
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function server(): { server: Server; state: { silent: boolean; accepted: number } } {
  const state = { silent: false, accepted: 0 };
  const started = listen({
    hostname: "127.0.0.1", port: 0, logger: new RecordingLogger(), secrets: serverSecrets({ selfId: "n2" }),
    onOpen: () => {
      state.accepted += 1;
    },
    onEnvelope: (connection, envelope) => {
      if (envelope.body === "ping" && envelope.requestId !== 0 && !state.silent) connection.reply(envelope, { ack: {} });
    },
  });
  if (!started.ok) throw started.error;
  cleanups.push(() => started.value.stop());
  return { server: started.value, state };
}

function link(port: number, logger: RecordingLogger): PeerLink {
  const peerLink = new PeerLink({
    address: { host: "127.0.0.1", port }, identity: { cluster: testCluster, credential: member("n1"), tls: null }, expectedPeerId: "n2", frameBytesMax: 1 << 20, logger,
    heartbeat: { probe: { ping: {} }, intervalMs: 300, timeoutMs: 300 },
  });
  cleanups.push(() => peerLink.close());
  return peerLink;
}

describe("PeerLink heartbeat", () => {
  test("a silent connection is closed within interval + timeout, and the next use dials again", async () => {
    const { server: target, state } = server();
    const logger = new RecordingLogger();
    const peerLink = link(target.port, logger);
    expect((await peerLink.request({ ping: {} }, 1_000)).ok).toBe(true);
    expect(peerLink.connected).toBe(true);
    state.silent = true;
    const silentAt = performance.now();
    await waitFor(() => !peerLink.connected, 3_000);
    expect(performance.now() - silentAt).toBeLessThan(1_500);
    expect(logger.records.some((record) => record.event === "link.silent")).toBe(true);
    state.silent = false;
    expect((await peerLink.request({ ping: {} }, 1_000)).ok).toBe(true);
    expect(peerLink.connected).toBe(true);
    expect(state.accepted).toBe(2);
  });

  test("a connection that answers its probes stays up", async () => {
    const { server: target, state } = server();
    const logger = new RecordingLogger();
    const peerLink = link(target.port, logger);
    expect((await peerLink.request({ ping: {} }, 1_000)).ok).toBe(true);
    await Bun.sleep(1_500);
    expect(peerLink.connected).toBe(true);
    expect(state.accepted).toBe(1);
    expect(logger.records.some((record) => record.event === "link.silent")).toBe(false);
  });
});
