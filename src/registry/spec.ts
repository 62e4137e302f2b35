/**
 * Parses the `--registry` value: `file:PATH` (the embedded default, shared by the clusters on
 * one machine) or `redis://[USER[:PASSWORD]@]HOST[:PORT][/DB]` (port 6379 when omitted), or
 * `rediss://...` for Redis over TLS. Pure: the result says where and how, opening happens in
 * open.ts. A password never appears in a message: see `redactRegistrySpec`.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { RegistryError, type RegistryLocation } from "./errors";

/** How to reach and log in to Redis, beyond where it is. */
export interface RedisAccess {
  readonly username: string | null;
  readonly password: string | null;
  readonly db: number;
  readonly tls: boolean;
}

export type RegistrySpec =
  | Extract<RegistryLocation, { kind: "file" }>
  | (Extract<RegistryLocation, { kind: "redis" }> & { readonly access: RedisAccess });

/** Redis numbers its databases 0..15 by default. */
export const redisDbMax = 15;

/** The spec with any password replaced, for messages and logs. */
export function redactRegistrySpec(spec: string): string {
  return spec.replace(/^(rediss?:\/\/[^:@/]*:)[^@/]*@/, "$1***@");
}

export const redisPortDefault = 6379;
/** Host names longer than this are not DNS names (RFC 1035 §2.3.4 allows 253 characters). */
const hostCharsMax = 253;
const hostnamePattern = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
const ipv6Pattern = /^[0-9A-Fa-f:.]+$/;

assert(redisPortDefault > 0 && redisPortDefault < 65_536, "the default port is a port");

export function parseRegistrySpec(spec: string): Result<RegistrySpec, RegistryError> {
  const invalid = (detail: string): Result<RegistrySpec, RegistryError> =>
    err(new RegistryError("invalid-spec", null, { detail: `${JSON.stringify(redactRegistrySpec(spec))}: ${detail}` }));
  if (spec.startsWith("file:")) {
    const path = spec.slice("file:".length);
    if (path.length === 0) return invalid("file: needs a path, as in file:/var/lib/gossamer/registry.json");
    if (path.includes("\u0000")) return invalid("the path holds a NUL character");
    return ok({ kind: "file", path });
  }
  const scheme = spec.startsWith("redis://") ? "redis://" : spec.startsWith("rediss://") ? "rediss://" : null;
  if (scheme !== null) {
    let rest = spec.slice(scheme.length);
    let username: string | null = null;
    let password: string | null = null;
    const at = rest.lastIndexOf("@");
    if (at >= 0) {
      const credentials = rest.slice(0, at);
      rest = rest.slice(at + 1);
      const colon = credentials.indexOf(":");
      username = decodeURIComponent(colon < 0 ? credentials : credentials.slice(0, colon)) || null;
      password = colon < 0 ? null : decodeURIComponent(credentials.slice(colon + 1));
    }
    let db = 0;
    const slash = rest.indexOf("/");
    if (slash >= 0) {
      const dbText = rest.slice(slash + 1);
      rest = rest.slice(0, slash);
      if (dbText !== "") {
        if (!/^[0-9]{1,2}$/.test(dbText) || Number(dbText) > redisDbMax) return invalid(`database ${JSON.stringify(dbText)} is not a number from 0 to ${redisDbMax}`);
        db = Number(dbText);
      }
    }
    const parsed = parseHostPort(rest);
    if (typeof parsed === "string") return invalid(parsed);
    return ok({ kind: "redis", host: parsed.host, port: parsed.port, access: { username, password, db, tls: scheme === "rediss://" } });
  }
  return invalid("expected file:PATH, redis://[USER[:PASSWORD]@]HOST:PORT[/DB] or rediss://...");
}

function parseHostPort(text: string): { host: string; port: number } | string {
  let host: string;
  let portText: string | null;
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    if (close < 0) return "an IPv6 address opened with [ is not closed";
    host = text.slice(1, close);
    const after = text.slice(close + 1);
    if (after !== "" && !after.startsWith(":")) return `unexpected ${JSON.stringify(after)} after the IPv6 address`;
    portText = after === "" ? null : after.slice(1);
    if (!ipv6Pattern.test(host)) return `${JSON.stringify(host)} is not an IPv6 address`;
  } else {
    if (text.includes("@") || text.includes("/")) return "unexpected '@' or '/' in HOST:PORT";
    const colon = text.lastIndexOf(":");
    host = colon < 0 ? text : text.slice(0, colon);
    portText = colon < 0 ? null : text.slice(colon + 1);
    if (host.length === 0) return "the host is empty";
    if (host.length > hostCharsMax || !hostnamePattern.test(host)) return `${JSON.stringify(host)} is not a host name or IPv4 address`;
  }
  if (portText === null) return { host, port: redisPortDefault };
  if (!/^[0-9]{1,5}$/.test(portText)) return `port ${JSON.stringify(portText)} is not a number`;
  const port = Number(portText);
  if (port < 1 || port > 65_535) return `port ${port} is not in 1..65535`;
  return { host, port };
}
