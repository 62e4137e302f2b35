/**
 * What every client operation needs to know, taken from the Config and the command line once,
 * so the library functions (uploadFile, downloadFile, ...) can be called by tests and the demo
 * without a parsed command line.
 */
import type { Credential } from "../auth/handshake";
import type { Config } from "../cli/config";
import { clientCredential, tlsMaterial } from "../cli/credentials";
import type { TlsMaterial } from "../net/channel";
import type { ParsedArgs } from "../cli/args";
import { formatHostPort, type HostPort } from "../cli/host-port";
import { assert } from "../lib/assert";
import { silentLogger, type Logger } from "../lib/logger";
import { err, ok, type Result } from "../lib/result";
import type { ClientSession } from "./client-session";
import { ClientError } from "./errors";
import { requestTimeoutMsMax } from "./transport";

/** How long one request waits for its answer unless --timeout says otherwise. */
export const requestTimeoutMsDefault = 30_000;
assert(requestTimeoutMsDefault <= requestTimeoutMsMax, "the default timeout is within the channel's bound");

export interface ClientOptions {
  /** Queue servers, tried in order; the first reachable one serves the operation. */
  readonly queues: readonly HostPort[];
  readonly cluster: string;
  /** A client key, or the cluster secret (an administrator). */
  readonly credential: Credential;
  /** Mutual TLS to every server, when the cluster runs with it. */
  readonly tls: TlsMaterial | null;
  /** Bytes per chunk of an upload. */
  readonly chunkSize: number;
  /** Largest frame body this client sends or accepts. */
  readonly frameBytesMax: number;
  /** Per-request timeout (the final WriteDone scales it with the file size). */
  readonly requestTimeoutMs: number;
  readonly logger: Logger;
  /** Operations reuse this session's connection (client-session.ts); absent: each connects on its own. */
  readonly session?: ClientSession;
}

export function clientOptionsFrom(config: Config, args: ParsedArgs, logger: Logger = silentLogger): Result<ClientOptions, ClientError> {
  let requestTimeoutMs = requestTimeoutMsDefault;
  const timeout = args.options.timeout;
  if (timeout !== undefined) {
    const value = typeof timeout === "string" && /^\d+$/.test(timeout) ? Number(timeout) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < 1 || value > requestTimeoutMsMax) {
      return err(new ClientError("usage", `--timeout = ${JSON.stringify(timeout)}: expected milliseconds from 1 to ${requestTimeoutMsMax}`));
    }
    requestTimeoutMs = value;
  }
  assert(config.queue.length > 0, "the config schema requires at least one queue server");
  return ok({
    queues: config.queue,
    cluster: config.cluster,
    credential: clientCredential(config),
    tls: tlsMaterial(config),
    chunkSize: config.chunkSize,
    frameBytesMax: config.frameBytesMax,
    requestTimeoutMs,
    logger,
  });
}

export function queueList(options: ClientOptions): string {
  return options.queues.map(formatHostPort).join(", ");
}
