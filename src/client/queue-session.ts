/**
 * Reaching the cluster's front door: connect to the first queue server that answers (in the
 * configured order), say Hello as "client", and turn responses and ErrorReplies into the
 * client's typed errors. Every verb goes through here, so "unreachable" always names the
 * addresses that were tried. With a ClientSession in the options (client-session.ts) the verbs
 * share its one connection instead of connecting each time.
 */
import { formatHostPort, type HostPort } from "../cli/host-port";
import { assert, defined } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import type { Envelope, EnvelopeBody, EnvelopeShape } from "../wire/codec";
import { pb } from "../wire/proto";
import { ClientError } from "./errors";
import { queueList, type ClientOptions } from "./options";
import { connect, connectTimeoutMsDefault, type ClientTransport, type ConnectOptions } from "./transport";

/** The peer id a client announces in its Hello (docs/protocol.md). */
/** A BUSY answer is retried this many times before the client gives up (exit 3). */
export const busyRetriesMax = 20;
/** retry_after_ms is clamped to this range: a server's hint, not a command to sleep forever. */
export const busyWaitMsMin = 10;
export const busyWaitMsMax = 5_000;
assert(busyWaitMsMin < busyWaitMsMax, "the busy wait range is not empty");
assert(busyRetriesMax * busyWaitMsMax <= 5 * 60_000, "busy retries give up within five minutes");

/**
 * A connection to one queue server for one operation (or a lease on a ClientSession's). `close`
 * says the operation is done with it; `discard` that the queue server should forget what the
 * operation left there (a failed upload attempt): the connection is closed either way unless a
 * session keeps it, and closed even then on `discard`.
 */
export interface QueueLease extends ClientTransport {
  discard(): void;
}

/** An open connection and which of options.queues it reached. */
export interface QueueConnection {
  readonly transport: ClientTransport;
  readonly queue: HostPort;
  readonly queueIndex: number;
}

/**
 * The operation's connection to the front door: a lease on options.session's connection when
 * the caller keeps a session (client-session.ts), else a new connection to the first reachable
 * queue server.
 */
export async function openQueue(options: ClientOptions): Promise<Result<QueueLease, ClientError>> {
  if (options.session !== undefined) return await options.session.lease();
  const opened = await connectFirst(options, 0);
  if (!opened.ok) return opened;
  const transport = opened.value.transport;
  return ok({
    address: transport.address,
    get open() {
      return transport.open;
    },
    request: (shape, timeoutMs) => transport.request(shape, timeoutMs),
    close: () => transport.close(),
    discard: () => transport.close(),
  });
}

/** Connects to the first queue server that answers, trying them in order from index `first` (wrapping around). */
export async function connectFirst(options: ClientOptions, first: number): Promise<Result<QueueConnection, ClientError>> {
  const count = options.queues.length;
  assert(Number.isInteger(first) && first >= 0 && first < count, "the first queue server is one of the list");
  const failures: string[] = [];
  // Bounded by the configured list (the schema requires at least one address).
  for (let tried = 0; tried < count; tried += 1) {
    const queueIndex = (first + tried) % count;
    const queue = defined(options.queues[queueIndex], "an index within the list");
    const opened = await connect(queue.host, queue.port, transportOptions(options));
    if (opened.ok) return ok({ transport: opened.value, queue, queueIndex });
    // A refused handshake means the credential is wrong: no other queue server will take it.
    if (opened.error.kind === "unauthorized") return err(new ClientError("failed", opened.error.message, { cause: opened.error }));
    failures.push(opened.error.message);
    options.logger.debug("client.queue-unreachable", { queue: formatHostPort(queue), reason: opened.error.message });
  }
  assert(failures.length === count, "one failure per queue server tried");
  return err(new ClientError("unavailable", `cluster unreachable: no queue server answered (tried ${queueList(options)})`));
}

/** The error a queue server's ErrorReply means to a client. */
/** How this client connects to any server of the cluster: its credential, TLS and frame bound. */
export function transportOptions(options: ClientOptions, frameBytesMax: number = options.frameBytesMax): ConnectOptions {
  // The handshake is part of connecting: both fit in the request's own timeout.
  return { cluster: options.cluster, credential: options.credential, tls: options.tls, frameBytesMax, logger: options.logger,
    connectTimeoutMs: Math.min(connectTimeoutMsDefault, options.requestTimeoutMs) };
}

export function errorOfReply(reply: pb.ErrorReply.$Shape, what: string, address: string): ClientError {
  const code = reply.code ?? pb.ErrorCode.ERROR_UNKNOWN;
  const detail = reply.message !== undefined && reply.message !== "" ? `: ${reply.message}` : "";
  const kind = errorKindOfCode(code);
  return new ClientError(kind, `${what}: ${describeCode(code, address)}${detail}`, { replyCode: code });
}

function errorKindOfCode(code: pb.ErrorCode): "failed" | "unavailable" {
  switch (code) {
    case pb.ErrorCode.ERROR_BUSY:
    case pb.ErrorCode.ERROR_NO_LEADER:
    case pb.ErrorCode.ERROR_TIMEOUT:
    case pb.ErrorCode.ERROR_UNAVAILABLE:
      return "unavailable";
    default:
      return "failed";
  }
}

function describeCode(code: pb.ErrorCode, address: string): string {
  switch (code) {
    case pb.ErrorCode.ERROR_NOT_FOUND:
      return "not found";
    case pb.ErrorCode.ERROR_BAD_REQUEST:
      return "refused as a bad request";
    case pb.ErrorCode.ERROR_UNAUTHORIZED:
      return `not allowed by ${address} (this client's key or role does not permit it)`;
    case pb.ErrorCode.ERROR_BUSY:
      return `${address} stayed busy`;
    case pb.ErrorCode.ERROR_NO_LEADER:
      return `the cluster has no leader (asked ${address})`;
    case pb.ErrorCode.ERROR_TIMEOUT:
      return `the cluster did not answer in time (asked ${address})`;
    case pb.ErrorCode.ERROR_UNAVAILABLE:
      return `the cluster is unavailable (asked ${address})`;
    case pb.ErrorCode.ERROR_INTERNAL:
    case pb.ErrorCode.ERROR_UNKNOWN:
      return `${address} failed`;
    default:
      return `${address} answered error code ${String(code)}`;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function busyWaitMs(reply: pb.ErrorReply.$Shape): number {
  return Math.min(busyWaitMsMax, Math.max(busyWaitMsMin, reply.retryAfterMs ?? 0));
}

/**
 * One request that expects one of `bodies` back. A transport failure is `unavailable`; BUSY is
 * waited out and retried (bounded); any other ErrorReply maps through errorOfReply, keeping its
 * code in `replyCode` for callers that treat a code specially (NOT_FOUND mid-upload).
 */
export async function requestExpecting<B extends EnvelopeBody>(
  transport: ClientTransport,
  shape: EnvelopeShape,
  bodies: readonly B[],
  what: string,
  timeoutMs: number,
): Promise<Result<Envelope & { body: B }, ClientError>> {
  assert(bodies.length > 0, "a request expects some answer");
  for (let attempt = 0; attempt <= busyRetriesMax; attempt += 1) {
    const response = await transport.request(shape, timeoutMs);
    if (!response.ok) return err(new ClientError("unavailable", `${what}: ${response.error.message}`, { cause: response.error }));
    const envelope = response.value;
    if (isOneOf(envelope, bodies)) return ok(envelope);
    if (envelope.body !== "error") return err(new ClientError("failed", `${what}: ${transport.address} answered ${String(envelope.body)}, expected ${bodies.join(" or ")}`));
    const code = envelope.error.code ?? pb.ErrorCode.ERROR_UNKNOWN;
    if (code !== pb.ErrorCode.ERROR_BUSY || attempt === busyRetriesMax) return err(errorOfReply(envelope.error, what, transport.address));
    await sleep(busyWaitMs(envelope.error));
  }
  return err(new ClientError("unavailable", `${what}: ${transport.address} stayed busy`));
}

function isOneOf<B extends EnvelopeBody>(envelope: Envelope, bodies: readonly B[]): envelope is Envelope & { body: B } {
  return envelope.body !== undefined && (bodies as readonly EnvelopeBody[]).includes(envelope.body);
}
