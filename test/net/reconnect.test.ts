/**
 * What this proves: the backoff delay grows exponentially from its base, never exceeds its
 * cap, stays in the upper half of its ceiling whatever the random draw, and is replayable from
 * a seeded Prng. Over real loopback TCP, a ReconnectingClient connects, survives the server
 * stopping (requests fail while it is down, with a typed error, not a hang) and re-establishes
 * the connection by itself once a server listens on the same port again; a request issued
 * while disconnected waits for the new connection within its own deadline. `stop()` ends it.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { backoffDelayMs } from "../../src/net/backoff";
import { listen, type Server } from "../../src/net/channel";
import { ReconnectingClient } from "../../src/net/reconnecting-client";
import { adminDial, serverSecrets } from "../helpers/auth";
import { RecordingLogger, waitFor } from "./helpers";

const stopAtEnd: { stop(): void }[] = [];
afterEach(() => {
  for (const item of stopAtEnd.splice(0)) item.stop();
});

describe("backoffDelayMs", () => {
  const policy = { delayMsBase: 10, delayMsCap: 1000 };

  test("grows from the base and stops at the cap", () => {
    const upper = (attempt: number): number => backoffDelayMs(attempt, () => 0.999999, policy);
    const lower = (attempt: number): number => backoffDelayMs(attempt, () => 0, policy);
    expect([0, 1, 2, 3].map(upper)).toEqual([10, 20, 40, 80]);
    expect([0, 1, 2, 3].map(lower)).toEqual([5, 10, 20, 40]);
    expect(upper(7)).toBe(1000);
    expect(upper(500)).toBe(1000);
    expect(lower(500)).toBe(500);
  });

  test("jitter from a seeded Prng stays within bounds and replays", () => {
    const draws = (seed: number): number[] => {
      const prng = new Prng(seed);
      return Array.from({ length: 200 }, (_, attempt) => backoffDelayMs(attempt % 12, () => prng.nextFloat(), policy));
    };
    const first = draws(5);
    expect(draws(5)).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(50);
    for (const [i, delay] of first.entries()) {
      const ceiling = Math.min(1000, 10 * 2 ** (i % 12));
      expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });

  test("refuses a random source outside [0, 1)", () => {
    expect(() => backoffDelayMs(0, () => 1, policy)).toThrow("random()");
  });
});

function echoServer(port: number, logger: RecordingLogger, tag: string): Server {
  const server = listen({
    hostname: "127.0.0.1",
    port,
    logger,
    secrets: serverSecrets(),
    onEnvelope(connection, envelope) {
      if (envelope.body === "ping") connection.reply(envelope, { pingResult: { reason: tag } });
    },
  });
  if (!server.ok) throw server.error;
  return server.value;
}

describe("ReconnectingClient", () => {
  test("re-establishes the connection after the server restarts", async () => {
    const logger = new RecordingLogger();
    const first = echoServer(0, logger, "first");
    const port = first.port;
    const prng = new Prng(77);
    const client = ReconnectingClient.start({
      hostname: "127.0.0.1", port, ...adminDial, logger, onEnvelope: () => undefined,
      jitter: () => prng.nextFloat(), backoff: { delayMsBase: 20, delayMsCap: 200 },
    });
    stopAtEnd.push(client);

    const before = await client.request({ ping: {} }, 10_000);
    expect(before.ok && before.value.pingResult?.reason).toBe("first");
    expect(client.connectCount).toBe(1);

    first.stop();
    expect(await waitFor(() => client.connection === null)).toBe(true);
    expect(client.send({ ack: {} }).ok).toBe(false);
    const whileDown = await client.request({ ping: {} }, 150);
    expect(whileDown.ok).toBe(false);
    if (!whileDown.ok) expect(whileDown.error.kind).toBe("timeout");
    // Let a few attempts fail against the closed port, so backoff is exercised.
    expect(await waitFor(() => logger.find("net.reconnect-failed").length >= 2)).toBe(true);

    // A request made while down waits for the new connection within its deadline.
    const pending = client.request({ ping: {} }, 10_000);
    const second = echoServer(port, logger, "second");
    stopAtEnd.push(second);
    const after = await pending;
    expect(after.ok && after.value.pingResult?.reason).toBe("second");
    expect(client.connectCount).toBe(2);
    expect(logger.find("net.disconnected").length).toBe(1);
  });

  test("stop() ends reconnecting and fails waiters", async () => {
    const logger = new RecordingLogger();
    // Nothing listens on this port (a server bound and stopped at once).
    const probe = echoServer(0, logger, "probe");
    const port = probe.port;
    probe.stop();
    const client = ReconnectingClient.start({
      hostname: "127.0.0.1", port, ...adminDial, logger, onEnvelope: () => undefined,
      jitter: () => 0.5, backoff: { delayMsBase: 10, delayMsCap: 50 },
    });
    const waiting = client.waitConnected(10_000);
    client.stop();
    const result = await waiting;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("closed");
    const attemptsAtStop = logger.find("net.reconnect-failed").length;
    await Bun.sleep(200);
    expect(logger.find("net.reconnect-failed").length).toBeLessThanOrEqual(attemptsAtStop + 1);
    expect(client.connection).toBeNull();
  });
});
