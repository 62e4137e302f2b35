/**
 * The nemesis's checker finds each kind of impossible answer it is meant to find, and accepts
 * the histories a linearizable store may produce, including writes and removes whose outcome
 * is unknown (they may take effect late, or never). Histories are written by hand, one
 * planted anomaly each.
 */
import { describe, expect, test } from "bun:test";
import { checkConvergence, checkHistory, type Operation, type ReadOperation, type StoredFile } from "./checker";

let nextId = 1;
const write = (name: string, sha: string, startMs: number, endMs: number, version: number | null, outcome: "ok" | "unknown" = "ok"): Operation =>
  ({ kind: "write", id: nextId++, worker: "w", name, sha, size: 1, startMs, endMs, outcome, version });
const read = (name: string, startMs: number, endMs: number, version: number | null, sha: string | null): ReadOperation =>
  ({ kind: "read", id: nextId++, worker: "r", name, startMs, endMs, outcome: version === null ? "not-found" : "ok", version, sha });
const remove = (name: string, startMs: number, endMs: number, outcome: "ok" | "absent" | "unknown" = "ok"): Operation =>
  ({ kind: "remove", id: nextId++, worker: "d", name, startMs, endMs, outcome });

function kinds(history: Operation[]): string[] {
  return checkHistory(history).map((anomaly) => anomaly.kind);
}

describe("checkHistory", () => {
  test("a linearizable history, with concurrent and unknown operations, passes", () => {
    expect(kinds([
      write("a", "A1", 0, 10, 5),
      read("a", 11, 12, 5, "A1"),
      write("a", "A2", 13, 30, 9),
      read("a", 14, 20, 5, "A1"), // concurrent with the second write: either is fine
      read("a", 15, 40, 9, "A2"),
      write("a", "A3", 41, 50, null, "unknown"),
      read("a", 60, 61, 9, "A2"), // the unknown write never happened (yet)
      read("a", 70, 71, 12, "A3"), // ... or happened late
      remove("a", 80, 90, "unknown"),
      read("a", 100, 101, null, null), // the unknown rm happened
      write("b", "B1", 0, 5, 3),
      remove("b", 6, 7, "absent"), // answered "no such file", yet may have removed B1
      read("b", 8, 9, null, null),
    ])).toEqual([]);
  });

  test("bytes no write wrote", () => {
    expect(kinds([write("a", "A1", 0, 10, 5), read("a", 11, 12, 5, "XX")])).toEqual(["unwritten-bytes"]);
  });

  test("an acknowledged version read back with another write's bytes", () => {
    expect(kinds([write("a", "A1", 0, 10, 5), write("a", "A2", 0, 10, 6), read("a", 11, 12, 5, "A2")])).toContain("wrong-bytes");
  });

  test("a read older than a write acknowledged before it began", () => {
    expect(kinds([write("a", "A1", 0, 10, 5), write("a", "A2", 11, 20, 8), read("a", 21, 22, 5, "A1")])).toEqual(["stale-read"]);
  });

  test("a version that an rm, begun after its acknowledgement, removed before the read began", () => {
    expect(kinds([write("a", "A1", 0, 10, 5), remove("a", 11, 12), read("a", 13, 14, 5, "A1")])).toEqual(["removed-read"]);
  });

  test("not found, though a write was acknowledged and no rm could have removed it", () => {
    expect(kinds([write("a", "A1", 0, 10, 5), read("a", 11, 12, null, null)])).toEqual(["lost-write"]);
    // An rm that ended before the write began cannot have removed it.
    expect(kinds([remove("b", 0, 1), write("b", "B1", 2, 10, 5), read("b", 11, 12, null, null)])).toEqual(["lost-write"]);
  });

  test("a read older than a read that ended before it began", () => {
    expect(kinds([
      write("a", "A1", 0, 10, 5), write("a", "A2", 0, 30, 8, "ok"),
      read("a", 11, 12, 8, "A2"), read("a", 13, 14, 5, "A1"),
    ])).toEqual(["read-went-back"]);
  });
});

describe("checkConvergence", () => {
  const files = (entries: [string, StoredFile][]): Map<string, StoredFile> => new Map(entries);
  const file = (version: number, sha: string, chunksMissing = 0): StoredFile => ({ version, sha, chunksMissing });

  test("the same files everywhere, as the final reads saw them", () => {
    const same = files([["a", file(5, "A1")]]);
    expect(checkConvergence(new Map([["n1", same], ["n2", same]]), [read("a", 0, 1, 5, "A1")])).toEqual([]);
  });

  test("a node behind, a chunk missing, a final read that disagrees", () => {
    const problems = checkConvergence(
      new Map([["n1", files([["a", file(5, "A1")]])], ["n2", files([["a", file(4, "A0", 2)]])]]),
      [read("a", 0, 1, 6, "A2")],
    );
    expect(problems).toHaveLength(3);
  });
});
