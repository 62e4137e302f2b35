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

/** An error that ends the process with a given status and one clear line. */
export class ExitError extends Error {
  override readonly name = "ExitError";
  constructor(readonly code: ExitCode, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
  }
}

export function showValue(value: unknown): string {
  if (value === undefined) return "(missing)";
  if (typeof value === "string") return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
