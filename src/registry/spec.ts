/**
 * Parses the `--registry` value: `file:PATH` (the embedded default, shared by the clusters on
 * one machine) or `redis://HOST[:PORT]` (port 6379 when omitted; a trailing "/" is allowed).
 * Pure: the result says where, opening happens in open.ts.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { RegistryError, type RegistryLocation } from "./errors";

export const redisPortDefault = 6379;
/** Host names longer than this are not DNS names (RFC 1035 §2.3.4 allows 253 characters). */
const hostCharsMax = 253;
const hostnamePattern = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
const ipv6Pattern = /^[0-9A-Fa-f:.]+$/;

assert(redisPortDefault > 0 && redisPortDefault < 65_536, "the default port is a port");

export function parseRegistrySpec(spec: string): Result<RegistryLocation, RegistryError> {
  const invalid = (detail: string): Result<RegistryLocation, RegistryError> =>
    err(new RegistryError("invalid-spec", null, { detail: `${JSON.stringify(spec)}: ${detail}` }));
  if (spec.startsWith("file:")) {
    const path = spec.slice("file:".length);
    if (path.length === 0) return invalid("file: needs a path, as in file:/var/lib/gossamer/registry.json");
    if (path.includes("\u0000")) return invalid("the path holds a NUL character");
    return ok({ kind: "file", path });
  }
  if (spec.startsWith("redis://")) {
    const rest = spec.slice("redis://".length).replace(/\/$/, "");
    const parsed = parseHostPort(rest);
    if (typeof parsed === "string") return invalid(parsed);
    return ok({ kind: "redis", host: parsed.host, port: parsed.port });
  }
  return invalid("expected file:PATH or redis://HOST:PORT");
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
    if (text.includes("@") || text.includes("/")) return "credentials, database numbers and paths are not supported; give HOST:PORT";
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
