/**
 * User errors and the exit codes they map to. Documented in `--help` and the README; tests
 * outside this repository rely on them.
 */
export const exitCodes = {
  ok: 0,
  /** The operation ran and failed: no such file, digest mismatch, refused by the cluster. */
  failed: 1,
  /** Bad usage or configuration: nothing was attempted. */
  usage: 2,
  /** The cluster could not be reached, had no leader, or did not answer in time. */
  unavailable: 3,
  /**
   * A write was handed to the cluster and its acknowledgement did not arrive (a timeout, the
   * queue server went away): it may or may not be stored. Read or stat the name to find out;
   * writing the same bytes again is safe.
   */
  outcomeUnknown: 4,
  /**
   * Standard output was closed by its reader (`read NAME -o - | head -c 10`): 128 + SIGPIPE,
   * what a shell reports for cat or any Go tool in that pipe; printed quietly.
   */
  brokenPipe: 141,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** Bad command line or configuration: names the field, the value and what was expected. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly expected: string,
    /** Where the value came from when that is not obvious from `field` ("config file F:"), else "". */
    readonly source: string,
  ) {
    super(`${source === "" ? "" : `${source} `}${field} = ${showValue(value)}: expected ${expected}`);
  }
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * The stable `code` of an error in --json output ({"error":{"code","message","exit"}}): scripts
 * branch on it, so a value is never renamed.
 */
export const errorReasons = ["usage", "config", "failed", "not-found", "unauthorized", "bad-request", "unavailable", "outcome-unknown", "output-closed"] as const;
export type ErrorReason = (typeof errorReasons)[number];

/** An error that ends the process with a given status and one clear line. */
export class ExitError extends Error {
  override readonly name = "ExitError";
  readonly reason: ErrorReason;
  constructor(readonly code: ExitCode, message: string, options?: { readonly cause?: unknown; readonly reason?: ErrorReason }) {
    super(message, options);
    this.reason = options?.reason ?? reasonOfExit(code);
  }
}

function reasonOfExit(code: ExitCode): ErrorReason {
  switch (code) {
    case exitCodes.usage:
      return "usage";
    case exitCodes.unavailable:
      return "unavailable";
    case exitCodes.outcomeUnknown:
      return "outcome-unknown";
    case exitCodes.brokenPipe:
      return "output-closed";
    default:
      return "failed";
  }
}

/** Stands for a secret's value in a message: the value itself is never shown. */
export const hiddenValue: unique symbol = Symbol("hidden");

export function showValue(value: unknown): string {
  if (value === undefined) return "(missing)";
  if (value === hiddenValue) return "(hidden)";
  if (typeof value === "string") return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
