/**
 * Parsing `--registry`: `file:PATH` and `redis://[USER[:PASSWORD]@]HOST[:PORT][/DB]` (IPv4,
 * names, bracketed IPv6, default port 6379, a trailing slash, percent-escapes in credentials)
 * and `rediss://` are accepted and say where and how; a password never shows in a message; everything else is refused
 * with RegistryError "invalid-spec" whose message quotes the input and says what was expected,
 * which is what the CLI shows the user.
 */
import { expect, test } from "bun:test";
import { parseRegistrySpec, redactRegistrySpec } from "../../src/registry/spec";

const plain = { username: null, password: null, db: 0, tls: false };

test("valid specs say where", () => {
  expect(parseRegistrySpec("file:/var/lib/gossamer/registry.json")).toEqual({ ok: true, value: { kind: "file", path: "/var/lib/gossamer/registry.json" } });
  expect(parseRegistrySpec("file:registry.json")).toEqual({ ok: true, value: { kind: "file", path: "registry.json" } });
  expect(parseRegistrySpec("redis://127.0.0.1:6390")).toEqual({ ok: true, value: { kind: "redis", host: "127.0.0.1", port: 6390, access: plain } });
  expect(parseRegistrySpec("redis://redis.example.com")).toEqual({ ok: true, value: { kind: "redis", host: "redis.example.com", port: 6379, access: plain } });
  expect(parseRegistrySpec("redis://localhost:7000/")).toEqual({ ok: true, value: { kind: "redis", host: "localhost", port: 7000, access: plain } });
  expect(parseRegistrySpec("redis://[::1]:7000")).toEqual({ ok: true, value: { kind: "redis", host: "::1", port: 7000, access: plain } });
  expect(parseRegistrySpec("redis://alice:p%40ss@127.0.0.1:6390/3")).toEqual({ ok: true, value: { kind: "redis", host: "127.0.0.1", port: 6390,
    access: { username: "alice", password: "p@ss", db: 3, tls: false } } });
  expect(parseRegistrySpec("redis://:only-password@host:1")).toMatchObject({ ok: true, value: { access: { username: null, password: "only-password" } } });
  expect(parseRegistrySpec("rediss://host:6380")).toMatchObject({ ok: true, value: { access: { tls: true } } });
});

test("a password never appears in a message", () => {
  expect(redactRegistrySpec("redis://alice:hunter2@host:6379/1")).toBe("redis://alice:***@host:6379/1");
  const parsed = parseRegistrySpec("redis://alice:hunter2@host:0");
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.error.message).not.toContain("hunter2");
});

test("invalid specs are refused with a message that quotes the input", () => {
  const cases: Array<[string, string]> = [
    ["", "expected file:PATH, redis://[USER[:PASSWORD]@]HOST:PORT[/DB] or rediss://"],
    ["redis:127.0.0.1:6379", "expected file:PATH"],
    ["file:", "needs a path"],
    ["redis://", "the host is empty"],
    ["redis://:6379", "the host is empty"],
    ["redis://host:0", "not in 1..65535"],
    ["redis://host:70000", "not in 1..65535"],
    ["redis://host:port", "is not a number"],
    ["redis://host:6379/16", "database \"16\" is not a number from 0 to 15"],
    ["redis://host:6379/x", "is not a number"],
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
