/**
 * Parsing `--registry`: `file:PATH` and `redis://HOST[:PORT]` (IPv4, names, bracketed IPv6,
 * default port 6379, a trailing slash) are accepted and say where; everything else is refused
 * with RegistryError "invalid-spec" whose message quotes the input and says what was expected,
 * which is what the CLI shows the user.
 */
import { expect, test } from "bun:test";
import { parseRegistrySpec } from "../../src/registry/spec";

test("valid specs say where", () => {
  expect(parseRegistrySpec("file:/var/lib/gossamer/registry.json")).toEqual({ ok: true, value: { kind: "file", path: "/var/lib/gossamer/registry.json" } });
  expect(parseRegistrySpec("file:registry.json")).toEqual({ ok: true, value: { kind: "file", path: "registry.json" } });
  expect(parseRegistrySpec("redis://127.0.0.1:6390")).toEqual({ ok: true, value: { kind: "redis", host: "127.0.0.1", port: 6390 } });
  expect(parseRegistrySpec("redis://redis.example.com")).toEqual({ ok: true, value: { kind: "redis", host: "redis.example.com", port: 6379 } });
  expect(parseRegistrySpec("redis://localhost:7000/")).toEqual({ ok: true, value: { kind: "redis", host: "localhost", port: 7000 } });
  expect(parseRegistrySpec("redis://[::1]:7000")).toEqual({ ok: true, value: { kind: "redis", host: "::1", port: 7000 } });
});

test("invalid specs are refused with a message that quotes the input", () => {
  const cases: Array<[string, string]> = [
    ["", "expected file:PATH or redis://HOST:PORT"],
    ["redis:127.0.0.1:6379", "expected file:PATH"],
    ["file:", "needs a path"],
    ["redis://", "the host is empty"],
    ["redis://:6379", "the host is empty"],
    ["redis://host:0", "not in 1..65535"],
    ["redis://host:70000", "not in 1..65535"],
    ["redis://host:port", "is not a number"],
    ["redis://user:pw@host:6379", "credentials"],
    ["redis://host:6379/2", "database numbers"],
    ["redis://bad_host:1", "not a host name"],
    ["redis://[::1", "not closed"],
  ];
  for (const [spec, expected] of cases) {
    const parsed = parseRegistrySpec(spec);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) continue;
    expect(parsed.error.reason).toBe("invalid-spec");
    expect(parsed.error.message).toContain(JSON.stringify(spec));
    expect(parsed.error.message).toContain(expected);
  }
});
