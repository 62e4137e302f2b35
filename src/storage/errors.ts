/**
 * Storage's operating errors. Storage failing is expected (a full disk, a lost MySQL server),
 * so these are typed, carry the operation and the cause, and the node reacts to them by
 * stopping: it never retries a write the core believes durable (DESIGN.md, STYLE.md §4).
 */

export type StorageOperation =
  | "open"
  | "persist"
  | "read"
  | "truncate"
  | "compact"
  | "put-chunk"
  | "get-chunk"
  | "sweep"
  | "apply"
  | "query"
  | "write-snapshot"
  | "install-snapshot"
  | "close";

/** An operation on an open storage failed; `cause` says why (an I/O error, a driver error). */
export class StorageError extends Error {
  override readonly name = "StorageError";
  constructor(readonly operation: StorageOperation, options: { readonly cause: unknown; readonly detail?: string }) {
    super(`storage ${operation} failed: ${options.detail ?? describeCause(options.cause)}`, { cause: options.cause });
  }
}

/** A stored chunk no longer matches its digest (bit rot, a bad disk, a hand edit). */
export class ChunkCorruptError extends Error {
  override readonly name = "ChunkCorruptError";
}

/**
 * True when an error from getChunk says the stored copy is corrupt. That is not a reason to stop
 * the node: the copy is fetched again from a peer and replaced (src/node/chunk-repair.ts).
 */
export function isChunkCorrupt(error: unknown): boolean {
  if (error instanceof ChunkCorruptError) return true;
  return error instanceof StorageError && error.cause instanceof ChunkCorruptError;
}

/** Where the storage that failed to open lives, so the message can name it. */
export type StorageLocation =
  | { readonly kind: "sqlite"; readonly path: string }
  | { readonly kind: "mysql"; readonly host: string; readonly port: number; readonly database: string };

export type StorageOpenReason =
  | "bad-url"
  | "unreachable"
  | "access-denied"
  | "missing-privileges"
  | "not-writable"
  | "corrupt"
  | "foreign"
  | "newer-schema"
  | "older-schema"
  | "disk-full"
  | "other";

/**
 * Opening failed: the storage cannot be used at all. The CLI maps it to exit status 2; the
 * message names where (path, or host, port and database) and why, never just a stack.
 */
export class StorageOpenError extends Error {
  override readonly name = "StorageOpenError";
  constructor(readonly location: StorageLocation, readonly reason: StorageOpenReason,
    options: { readonly cause: unknown; readonly detail: string }) {
    super(`cannot open ${describeLocation(location)}: ${reason}: ${options.detail}`, { cause: options.cause });
  }
}

export function describeLocation(location: StorageLocation): string {
  switch (location.kind) {
    case "sqlite": return `sqlite storage at ${location.path}`;
    case "mysql": return `MySQL database ${location.database} at ${location.host}:${location.port}`;
    default: { const never: never = location; return String(never); }
  }
}

export function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = "code" in cause && typeof cause.code === "string" ? `${cause.code}: ` : "";
    return `${code}${cause.message}`;
  }
  return String(cause);
}

/** The code of a Node-style or driver error (ENOSPC, SQLITE_FULL, ER_ACCESS_DENIED_ERROR), if any. */
export function errorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = error.code;
  return typeof code === "string" ? code : null;
}
