/**
 * A connection that has passed the Hello handshake (docs/protocol.md): every role that talks
 * on cluster ports opens its connections through here.
 */
import { err, ok, type Result } from "../lib/result";
import { makeHello } from "../wire/hello";
import type { Envelope } from "../wire/codec";
import { connect } from "./channel";
import { ChannelError } from "./channel-error";
import type { Connection } from "./connection";
import type { Logger } from "./logger-port";

export interface HelloConnectOptions {
  readonly hostname: string;
  readonly port: number;
  readonly secret: string;
  readonly cluster: string;
  /** Who we are: a node id, "queue" or "client". */
  readonly peerId: string;
  readonly timeoutMs: number;
  readonly logger: Logger;
  readonly frameBytesMax?: number;
  /** Envelopes the far side sends that are not responses. */
  readonly onEnvelope?: (connection: Connection, envelope: Envelope) => void;
}

export async function connectWithHello(options: HelloConnectOptions): Promise<Result<Connection, ChannelError>> {
  const opened = await connect({
    hostname: options.hostname, port: options.port, logger: options.logger, frameBytesMax: options.frameBytesMax,
    connectTimeoutMs: options.timeoutMs, onEnvelope: options.onEnvelope ?? (() => undefined),
  });
  if (!opened.ok) return opened;
  const hello = await opened.value.request({ hello: makeHello(options.secret, options.cluster, options.peerId) }, options.timeoutMs);
  if (hello.ok && hello.value.body === "ack") return ok(opened.value);
  opened.value.close();
  const reason = hello.ok ? (hello.value.error?.message ?? `unexpected ${hello.value.body}`) : hello.error.message;
  return err(new ChannelError("connect-failed", `${options.hostname}:${options.port}: hello refused: ${reason}`));
}
