/**
 * The registry's operating errors. A registry failing is expected (Redis restarts, a disk
 * fills, someone edits the file by hand), so every failure is a RegistryError that names where
 * (the file path, or Redis host and port) and why. Callers keep the local cluster working:
 * the heartbeat logs and retries, the ping reports the registry as unavailable.
 */

export type RegistryLocation =
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "redis"; readonly host: string; readonly port: number };

export type RegistryErrorReason =
  /** The `--registry` text is not `file:PATH` or `redis://HOST[:PORT]`. */
  | "invalid-spec"
  /** A cluster id, address or ttl outside what the registry accepts (a caller's mistake). */
  | "invalid-entry"
  /** Redis does not answer: refused, timed out, or the connection dropped. */
  | "unreachable"
  /** The registry file is not a registry this version can read; see file.ts for the rule. */
  | "corrupt"
  /** The registry file was written by a newer Gossamer; never overwritten. */
  | "newer-format"
  /** Another process held the file's lock for longer than the wait bound. */
  | "lock-timeout"
  /** The registry holds `clustersMax` clusters already. */
  | "full"
  /** A file system operation failed (permissions, missing directory, disk full). */
  | "io"
  /** The registry was closed. */
  | "closed";

export class RegistryError extends Error {
  override readonly name = "RegistryError";
  constructor(readonly reason: RegistryErrorReason, readonly location: RegistryLocation | null,
    options: { readonly detail: string; readonly cause?: unknown }) {
    super(`${location === null ? "registry" : describeLocation(location)}: ${reason}: ${options.detail}`,
      options.cause === undefined ? undefined : { cause: options.cause });
  }
}

export function describeLocation(location: RegistryLocation): string {
  switch (location.kind) {
    case "file": return `file registry ${location.path}`;
    case "redis": return `Redis registry at ${location.host}:${location.port}`;
    default: { const never: never = location; return String(never); }
  }
}

/** "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1" from an Error with a code, else its message. */
export function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = errorCode(cause);
    return code !== null && !cause.message.startsWith(code) ? `${code}: ${cause.message}` : cause.message;
  }
  return String(cause);
}

/** The code of a Node-style error (ENOENT, EEXIST, ECONNREFUSED), if any. */
export function errorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = error.code;
  return typeof code === "string" ? code : null;
}
