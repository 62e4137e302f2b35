/**
 * Opens the registry named by `--registry`: `file:PATH`, or Redis (`redis://`, `rediss://` for
 * TLS, with optional user, password and database: see spec.ts). Rejects only
 * with RegistryError: "invalid-spec" for a malformed value, "unreachable" when Redis does not
 * answer at start-up (naming host, port and why, within a few seconds), "io" or
 * "newer-format" for an unusable file. The caller decides whether that stops the process; the
 * local cluster can run without a registry.
 */
import { silentLogger, type Logger } from "../lib/logger";
import { FileRegistry } from "./file";
import type { Registry } from "./registry";
import { RedisRegistry } from "./redis";
import { parseRegistrySpec } from "./spec";

export interface OpenRegistryOptions {
  readonly logger?: Logger;
  /** PEM of a CA to trust for `rediss://` besides the system's (the cluster's --tls-ca). */
  readonly tlsCa?: string | null;
}

export async function openRegistry(spec: string, options: OpenRegistryOptions = {}): Promise<Registry> {
  const parsed = parseRegistrySpec(spec);
  if (!parsed.ok) throw parsed.error;
  const logger = options.logger ?? silentLogger;
  const location = parsed.value;
  switch (location.kind) {
    case "file": return await FileRegistry.open({ path: location.path, logger });
    case "redis": return await RedisRegistry.open({ host: location.host, port: location.port, access: location.access, tlsCa: options.tlsCa ?? null, logger });
    default: { const never: never = location; return never; }
  }
}
