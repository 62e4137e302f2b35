/**
 * The registry file's format as pure functions: a document survives serialize-then-parse
 * unchanged and is written in ring order; liveEntries hides exactly the entries whose
 * expiresMs is not after now (the boundary instant counts as dead) and sorts by id;
 * withoutExpired splits kept from expired; and parsing reports each kind of bad input
 * (not JSON, wrong format name, bad version, newer version, a bad id, a bad field) with a
 * reason, while empty or whitespace-only text is an empty registry.
 */
import { expect, test } from "bun:test";
import {
  liveEntries, parseRegistryFile, serializeRegistryFile, withoutExpired, type StoredEntry,
} from "../../src/registry/file-format";

const stored = (expiresMs: number, queues: string[] = ["h:1"]): StoredEntry => ({ queues, leader: null, updatedMs: 10, expiresMs });

test("serialize then parse is the identity, and the file lists clusters in ring order", () => {
  const document = new Map([["zulu", stored(100)], ["alpha", { ...stored(200, ["a:1", "a:2"]), leader: "n1" }]]);
  const text = serializeRegistryFile(document);
  expect(text.indexOf("\"alpha\"")).toBeLessThan(text.indexOf("\"zulu\""));
  const parsed = parseRegistryFile(text);
  expect(parsed.kind).toBe("ok");
  if (parsed.kind === "ok") expect([...parsed.document.entries()].sort()).toEqual([...document.entries()].sort());
});

test("liveEntries hides entries at or past their expiry and sorts by id", () => {
  const document = new Map([["c", stored(50)], ["a", stored(51)], ["b", stored(49)]]);
  expect(liveEntries(document, 50).map((entry) => entry.cluster)).toEqual(["a"]);
  expect(liveEntries(document, 48).map((entry) => entry.cluster)).toEqual(["a", "b", "c"]);
  const { document: kept, expired } = withoutExpired(document, 50);
  expect([...kept.keys()]).toEqual(["a"]);
  expect(expired.sort()).toEqual(["b", "c"]);
});

test("bad input is reported with a reason; empty text is an empty registry", () => {
  const wrap = (clusters: unknown, extra: Record<string, unknown> = {}): string =>
    JSON.stringify({ format: "gossamer-registry", version: 1, clusters, ...extra });
  expect(parseRegistryFile("")).toEqual({ kind: "ok", document: new Map() });
  expect(parseRegistryFile("  \n")).toEqual({ kind: "ok", document: new Map() });
  const corrupt = (text: string): string => {
    const parsed = parseRegistryFile(text);
    expect(parsed.kind).toBe("corrupt");
    return parsed.kind === "corrupt" ? parsed.detail : "";
  };
  expect(corrupt("{")).toContain("not JSON");
  expect(corrupt("[]")).toContain("not a JSON object");
  expect(corrupt(JSON.stringify({ format: "other", version: 1, clusters: {} }))).toContain("format");
  expect(corrupt(wrap({}, { version: 0 }))).toContain("version");
  expect(corrupt(wrap([]))).toContain("clusters");
  expect(corrupt(wrap({ "bad id": stored(5) }))).toContain("bad id");
  expect(corrupt(wrap({ ok: { ...stored(5), expiresMs: 10 } }))).toContain("expiresMs");
  expect(corrupt(wrap({ ok: { ...stored(50), leader: 7 } }))).toContain("leader");
  expect(corrupt(wrap({ ok: stored(50, ["has space"]) }))).toContain("queues");
  expect(parseRegistryFile(wrap({}, { version: 9 }))).toEqual({ kind: "newer", version: 9 });
});
