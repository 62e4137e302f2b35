/**
 * The client's view of a connection: send a request, get its response or a typed error.
 * Verbs are written against this small interface, not against src/net directly, so the
 * upload and download logic can be tested with any transport and the channel layer can
 * change underneath. `connect` implements it over src/net's Connection (framing, bounded
 * outbox with backpressure, request correlation).
 */
import { assert, assertNever } from "../lib/assert";
import type { BufferPool } from "../lib/buffer-pool";
import type { Logger } from "../lib/logger";
import { err, ok, type Result } from "../lib/result";
import type { Credential } from "../auth/handshake";
import { connect as connectChannel, type TlsMaterial } from "../net/channel";
import type { ChannelError } from "../net/channel-error";
import { waitMsMax } from "../net/connection";
import type { Envelope, EnvelopeShape } from "../wire/codec";

/** The longest a client waits for a TCP handshake: a LAN answers in milliseconds. */
export const connectTimeoutMsDefault = 3_000;
/** Any request's timeout is clamped here (the channel refuses longer waits as a bug). */
export const requestTimeoutMsMax = waitMsMax;
assert(connectTimeoutMsDefault < requestTimeoutMsMax, "connecting is quicker than the longest request");

/**
 * - `connect-failed`: no connection (refused, unreachable, handshake timed out).
 * - `timeout`: no response in time; the request may or may not have run.
 * - `closed`: the connection went away before the response.
 * - `refused`: the channel would not take the request (too large, too many outstanding).
 * - `corrupt`: the answer's payload did not match its digest (the connection is closed).
 * - `unauthorized`: the server refused our handshake (wrong secret or key, wrong cluster, or a
 *   server that could not prove itself): no other server of the cluster would accept it either.
 */
export type TransportErrorKind = "connect-failed" | "timeout" | "closed" | "refused" | "unauthorized" | "corrupt";

export class TransportError extends Error {
  override readonly name = "TransportError";
  constructor(readonly kind: TransportErrorKind, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
  }
}

export interface ClientTransport {
  /** `host:port` of the peer, for messages. */
  readonly address: string;
  /** False once the connection closed (either side, or a failure): its requests fail "closed". */
  readonly open: boolean;
  /** Resolves with the response (any body, an ErrorReply included) or a TransportError. */
  request(shape: EnvelopeShape, timeoutMs: number): Promise<Result<Envelope, TransportError>>;
  close(): void;
}

export interface ConnectOptions {
  readonly cluster: string;
  readonly credential: Credential;
  readonly tls: TlsMaterial | null;
  readonly frameBytesMax: number;
  readonly connectTimeoutMs?: number;
  readonly logger: Logger;
  /** Reused buffers for chunk-sized answers (their holder gives them back; see NodePool). */
  readonly bodyPool?: BufferPool;
}

export async function connect(host: string, port: number, options: ConnectOptions): Promise<Result<ClientTransport, TransportError>> {
  assert(port > 0 && port <= 65535, "port within 1..65535");
  const address = host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
  const opened = await connectChannel({
    hostname: host,
    port,
    cluster: options.cluster,
    credential: options.credential,
    tls: options.tls,
    frameBytesMax: options.frameBytesMax,
    connectTimeoutMs: options.connectTimeoutMs ?? connectTimeoutMsDefault,
    logger: options.logger,
    ...(options.bodyPool === undefined ? {} : { bodyPool: options.bodyPool }),
    // A client serves nothing: anything the peer sends unasked is logged and dropped.
    onEnvelope: (_connection, envelope) => options.logger.debug("client.unexpected-envelope", { peer: address, body: envelope.body }),
  });
  if (!opened.ok && opened.error.kind === "refused") {
    return err(new TransportError("unauthorized", `${address} refused this client: ${opened.error.message} (check --cluster, --cluster-secret or --client-key)`, { cause: opened.error }));
  }
  if (!opened.ok) return err(new TransportError("connect-failed", `cannot connect to ${address}: ${opened.error.message}`, { cause: opened.error }));
  const connection = opened.value;
  return ok({
    address,
    get open() {
      return connection.open;
    },
    async request(shape, timeoutMs) {
      assert(timeoutMs > 0, "a request needs a positive timeout");
      const response = await connection.request(shape, Math.min(Math.ceil(timeoutMs), requestTimeoutMsMax));
      if (response.ok) return response;
      return err(transportErrorOf(response.error, address));
    },
    close() {
      connection.close();
    },
  });
}

function transportErrorOf(error: ChannelError, address: string): TransportError {
  switch (error.kind) {
    case "timeout":
      return new TransportError("timeout", `${address} did not answer in time`, { cause: error });
    case "closed":
      return new TransportError("closed", `connection to ${address} closed`, { cause: error });
    case "corrupt":
      return new TransportError("corrupt", `${address} sent corrupt bytes: ${error.message}`, { cause: error });
    case "refused":
      return new TransportError("unauthorized", `${address} refused this client: ${error.message}`, { cause: error });
    case "connect-failed":
    case "listen-failed":
      return new TransportError("connect-failed", `cannot connect to ${address}: ${error.message}`, { cause: error });
    case "busy":
      // The outbox stayed full for the whole timeout: the peer stopped reading.
      return new TransportError("timeout", `${address} stopped reading (${error.message})`, { cause: error });
    case "too-large":
    case "requests-outstanding-max":
    case "send-waiters-max":
      return new TransportError("refused", `request to ${address} refused: ${error.message}`, { cause: error });
    default:
      return assertNever(error.kind);
  }
}
