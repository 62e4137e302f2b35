/**
 * Server side of the Hello handshake: remembers which peer each connection proved to be, and
 * closes any connection that sends anything before a valid Hello.
 */
import type { Logger } from "../lib/logger";
import { netMetrics } from "../metrics/metrics";
import type { Connection } from "./connection";
import type { Envelope } from "../wire/codec";
import { checkHello } from "../wire/hello";
import { pb } from "../wire/proto";

export const anonymousPeer = "anonymous";

export class HelloGate {
  private readonly peers = new WeakMap<Connection, string>();

  /**
   * `openBodies`: messages accepted without a Hello, from the peer "anonymous" (the global
   * ping travels between clusters that hold different secrets).
   */
  constructor(private readonly secret: string, private readonly cluster: string, private readonly logger: Logger,
    private readonly openBodies: readonly string[] = []) {}

  /** The authenticated peer id, or null. */
  peerOf(connection: Connection): string | null {
    return this.peers.get(connection) ?? null;
  }

  /**
   * Handles a Hello, or refuses anything from an unauthenticated connection. Returns the peer
   * id when the envelope should be processed further, null when the gate consumed it.
   */
  admit(connection: Connection, envelope: Envelope): string | null {
    if (envelope.body === "hello") {
      const check = checkHello(envelope.hello ?? {}, this.secret, this.cluster);
      if (!check.ok) {
        this.logger.warn("hello.refused", { peer: connection.peer, reason: check.reason });
        netMetrics.handshakeFailures.with({ reason: "bad-hello" }).inc();
        connection.reply(envelope, { error: { code: pb.ErrorCode.ERROR_UNAUTHORIZED, message: `hello refused: ${check.reason}` } });
        connection.close();
        return null;
      }
      this.peers.set(connection, check.peerId);
      connection.reply(envelope, { ack: {} });
      return null;
    }
    const peer = this.peers.get(connection);
    if (peer === undefined && envelope.body !== undefined && this.openBodies.includes(envelope.body)) return anonymousPeer;
    if (peer === undefined) {
      this.logger.warn("hello.missing", { peer: connection.peer, body: envelope.body });
      netMetrics.handshakeFailures.with({ reason: "no-hello" }).inc();
      connection.close();
      return null;
    }
    return peer;
  }
}
