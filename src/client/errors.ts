/**
 * The client's operating and user errors, as values. Library functions (uploadFile,
 * downloadFile, ...) return them in a Result so a test or the demo can inspect the kind;
 * runClient turns one into an ExitError with the documented exit code and one clear line.
 */
import { exitCodes, type ErrorReason, type ExitCode } from "../cli/errors";
import { assertNever } from "../lib/assert";
import { pb } from "../wire/proto";

/**
 * - `failed`: the operation ran and failed (no such file, digest mismatch after every
 *   fallback, output not writable, bad name, refused by the cluster).
 * - `unavailable`: the cluster could not be reached, had no leader, or did not answer in time.
 * - `usage`: the command line is incomplete (a missing PATH or NAME); nothing was attempted.
 * - `unknown`: a write was handed to the cluster and no answer came back (a timeout, the queue
 *   server went away): it may or may not have been stored.
 */
export type ClientErrorKind = "failed" | "unavailable" | "usage" | "unknown";

export class ClientError extends Error {
  override readonly name = "ClientError";
  constructor(
    readonly kind: ClientErrorKind,
    message: string,
    options?: {
      readonly cause?: unknown;
      /** The ErrorReply code when a server answered with one (so callers can react to NOT_FOUND). */
      readonly replyCode?: number;
    },
  ) {
    super(message, options);
    this.replyCode = options?.replyCode ?? null;
  }

  readonly replyCode: number | null;
}

export function exitCodeOf(kind: ClientErrorKind): ExitCode {
  switch (kind) {
    case "failed":
      return exitCodes.failed;
    case "unavailable":
      return exitCodes.unavailable;
    case "usage":
      return exitCodes.usage;
    case "unknown":
      return exitCodes.outcomeUnknown;
    default:
      return assertNever(kind);
  }
}

/** The stable --json error code of a client error: the server's answer where it had one. */
export function errorReasonOf(error: ClientError): ErrorReason {
  switch (error.replyCode) {
    case pb.ErrorCode.ERROR_NOT_FOUND:
      return "not-found";
    case pb.ErrorCode.ERROR_UNAUTHORIZED:
      return "unauthorized";
    case pb.ErrorCode.ERROR_BAD_REQUEST:
      return "bad-request";
    default:
      return error.kind === "unknown" ? "outcome-unknown" : error.kind;
  }
}

/** The reason text of any thrown value, for one-line messages (never a stack). */
export function reasonOf(error: unknown): string {
  if (error instanceof Error) return "code" in error && typeof error.code === "string" ? `${error.code}: ${error.message}` : error.message;
  return String(error);
}
