/**
 * Client credentials: who may talk to a cluster without being a member of it.
 *
 * Members (queue servers and nodes) hold the cluster secret. Everyone else holds a client key:
 * an id, a secret and a role, listed in a TOML file that every server of the cluster reads
 * (`--client-keys FILE`, docs/protocol.md "Roles"). A client that presents the cluster secret
 * instead is an administrator. The same keys are the S3 door's access keys: the key id is the
 * access key id, the key secret is the secret access key.
 *
 * The file, one table per key:
 *
 *     [[key]]
 *     id = "alice"              # 1-64 of A-Z a-z 0-9 _ . - (an S3 access key id too)
 *     secret = "…"              # 16-256 printable ASCII characters
 *     role = "read-write"       # or "read-only"
 *
 * Secrets live in memory only; nothing here logs or prints one.
 */
import { readFileSync, statSync } from "node:fs";
import { err, ok, type Result } from "../lib/result";

export const clientRoles = ["read-only", "read-write"] as const;
export type ClientRole = (typeof clientRoles)[number];

/** What a connection's peer proved to be: every permission check takes one of these. */
export type Principal =
  | { readonly kind: "member"; readonly id: string }
  | { readonly kind: "admin" }
  | { readonly kind: "client"; readonly id: string; readonly role: ClientRole }
  /** Proved nothing: may ask a queue server for a global ping (it crosses clusters with other secrets). */
  | { readonly kind: "anonymous" };

export interface ClientKey {
  readonly id: string;
  readonly secret: string;
  readonly role: ClientRole;
}

/** A key file lists at most this many keys: it is read whole and kept in memory. */
export const clientKeysMax = 10_000;
export const clientKeyIdPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const clientKeySecretBytesMin = 16;
export const clientKeySecretBytesMax = 256;
const secretPattern = /^[\x21-\x7e]+$/;

export class ClientKeys {
  private constructor(private readonly keys: ReadonlyMap<string, ClientKey>) {}

  static empty(): ClientKeys {
    return new ClientKeys(new Map());
  }

  static of(keys: readonly ClientKey[]): Result<ClientKeys, string> {
    const map = new Map<string, ClientKey>();
    if (keys.length > clientKeysMax) return err(`${keys.length} keys, at most ${clientKeysMax}`);
    for (const [index, key] of keys.entries()) {
      const problem = keyProblem(key);
      if (problem !== null) return err(`key ${index + 1}${typeof key.id === "string" ? ` (${JSON.stringify(key.id)})` : ""}: ${problem}`);
      if (map.has(key.id)) return err(`key id ${JSON.stringify(key.id)} is listed twice`);
      map.set(key.id, { id: key.id, secret: key.secret, role: key.role });
    }
    return ok(new ClientKeys(map));
  }

  get size(): number {
    return this.keys.size;
  }

  lookup(id: string): ClientKey | null {
    return this.keys.get(id) ?? null;
  }
}

/** Parses the TOML text of a key file. The error names the key and what is wrong, never a secret. */
export function parseClientKeys(text: string): Result<ClientKeys, string> {
  let document: unknown;
  try {
    document = Bun.TOML.parse(text);
  } catch (error: unknown) {
    return err(`not valid TOML (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof document !== "object" || document === null) return err("expected a TOML document with [[key]] tables");
  const tables = (document as Record<string, unknown>).key ?? [];
  const extra = Object.keys(document).filter((name) => name !== "key");
  if (extra.length > 0) return err(`unknown top-level key ${JSON.stringify(extra[0])}: expected only [[key]] tables`);
  if (!Array.isArray(tables)) return err("`key` must be an array of tables ([[key]])");
  const keys: ClientKey[] = [];
  for (const [index, table] of tables.entries()) {
    if (typeof table !== "object" || table === null) return err(`key ${index + 1}: expected a table`);
    const fields = table as Record<string, unknown>;
    const unknown = Object.keys(fields).find((name) => !["id", "secret", "role"].includes(name));
    if (unknown !== undefined) return err(`key ${index + 1}: unknown field ${JSON.stringify(unknown)} (expected id, secret, role)`);
    keys.push({ id: fields.id as string, secret: fields.secret as string, role: fields.role as ClientRole });
  }
  return ClientKeys.of(keys);
}

function keyProblem(key: ClientKey): string | null {
  if (typeof key.id !== "string" || !clientKeyIdPattern.test(key.id)) {
    return "id must be 1 to 64 characters of letters, digits, '_', '.', '-', starting with a letter or digit";
  }
  if (typeof key.secret !== "string" || key.secret.length < clientKeySecretBytesMin || key.secret.length > clientKeySecretBytesMax
    || !secretPattern.test(key.secret)) {
    return `secret must be ${clientKeySecretBytesMin} to ${clientKeySecretBytesMax} printable ASCII characters without spaces`;
  }
  if (!(clientRoles as readonly string[]).includes(key.role)) return `role must be one of ${clientRoles.join(", ")}`;
  return null;
}

/** How often a server looks at the key file's modification time. */
export const clientKeysRecheckMs = 1_000;

/**
 * A key file that follows its edits: revoking or adding a key takes effect within about a
 * second, without a restart. A file that becomes unreadable or invalid keeps the last good
 * keys (and says so through `onError`), so a half-written edit never locks everyone out.
 */
export class ClientKeyFile {
  private keys: ClientKeys;
  private mtimeMs: number;
  private checkedAtMs: number;

  private constructor(private readonly path: string, keys: ClientKeys, mtimeMs: number, private readonly now: () => number,
    private readonly onError: (message: string) => void) {
    this.keys = keys;
    this.mtimeMs = mtimeMs;
    this.checkedAtMs = now();
  }

  /** Reads the file once; an error here is a configuration error (the caller exits 2). */
  static open(path: string, options: { readonly now?: () => number; readonly onError?: (message: string) => void } = {}): Result<ClientKeyFile, string> {
    const read = readKeyFile(path);
    if (!read.ok) return read;
    return ok(new ClientKeyFile(path, read.value.keys, read.value.mtimeMs, options.now ?? (() => performance.now()), options.onError ?? (() => undefined)));
  }

  lookup(id: string): ClientKey | null {
    this.refresh();
    return this.keys.lookup(id);
  }

  get size(): number {
    return this.keys.size;
  }

  private refresh(): void {
    const now = this.now();
    if (now - this.checkedAtMs < clientKeysRecheckMs) return;
    this.checkedAtMs = now;
    let mtimeMs: number;
    try {
      mtimeMs = statSync(this.path).mtimeMs;
    } catch (error: unknown) {
      this.onError(`client key file ${this.path}: ${error instanceof Error ? error.message : String(error)}; keeping the last keys read`);
      return;
    }
    if (mtimeMs === this.mtimeMs) return;
    const read = readKeyFile(this.path);
    if (!read.ok) {
      this.onError(`client key file ${this.path}: ${read.error}; keeping the last keys read`);
      return;
    }
    this.keys = read.value.keys;
    this.mtimeMs = read.value.mtimeMs;
  }
}

function readKeyFile(path: string): Result<{ keys: ClientKeys; mtimeMs: number }, string> {
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
    text = readFileSync(path, "utf8");
  } catch (error: unknown) {
    return err(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseClientKeys(text);
  if (!parsed.ok) return err(`${path}: ${parsed.error}`);
  return ok({ keys: parsed.value, mtimeMs });
}

/**
 * What each kind of principal may ask for. One table for the queue server, the nodes and the
 * S3 door, so a role means the same everywhere.
 */
export const operations = [
  "read", "list", "stat", "status", "ping", "chunk-fetch",     // reading
  "write", "remove",                                            // changing files
  "remove-node", "add-node", "member", "backup", "restore",     // administering the cluster
  "steal", "work-result", "upload-pull", "edge-list", "raft",   // being a member
] as const;
export type Operation = (typeof operations)[number];

const readOnly: ReadonlySet<Operation> = new Set(["read", "list", "stat", "status", "ping", "chunk-fetch"]);
const readWrite: ReadonlySet<Operation> = new Set([...readOnly, "write", "remove"]);
const admin: ReadonlySet<Operation> = new Set([...readWrite, "remove-node", "add-node", "member", "backup", "restore"]);
const member: ReadonlySet<Operation> = new Set(operations);

export function allowed(principal: Principal, operation: Operation): boolean {
  switch (principal.kind) {
    case "member": return member.has(operation);
    case "admin": return admin.has(operation);
    case "client": return (principal.role === "read-write" ? readWrite : readOnly).has(operation);
    case "anonymous": return operation === "ping";
  }
}

export function describePrincipal(principal: Principal): string {
  switch (principal.kind) {
    case "member": return `member ${principal.id}`;
    case "admin": return "administrator";
    case "client": return `client ${principal.id} (${principal.role})`;
    case "anonymous": return "anonymous peer";
  }
}
