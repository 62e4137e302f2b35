/**
 * etcd's MustSync rule (src/storage/log-rules.ts): a persist needs a sync when it appends
 * entries or changes the term or the vote, and not when only the commit index moved.
 */
import { describe, expect, test } from "bun:test";
import { mustSync } from "../../src/storage/log-rules";
import { hardState } from "./fixtures";

const synced = { term: hardState(3, "n1", 0).term, vote: hardState(3, "n1", 0).vote };

describe("mustSync", () => {
  test("entries always need a sync, with or without a hard state", () => {
    expect(mustSync(synced, null, 1)).toBe(true);
    expect(mustSync(synced, hardState(3, "n1", 9), 4)).toBe(true);
  });

  test("a new term or a new vote needs a sync", () => {
    expect(mustSync(synced, hardState(4, "n1", 9), 0)).toBe(true);
    expect(mustSync(synced, hardState(3, "n2", 9), 0)).toBe(true);
    expect(mustSync(synced, hardState(3, null, 9), 0)).toBe(true);
  });

  test("a hard state whose only change is the commit index needs none, nor does nothing at all", () => {
    expect(mustSync(synced, hardState(3, "n1", 9), 0)).toBe(false);
    expect(mustSync(synced, hardState(3, "n1", 0), 0)).toBe(false);
    expect(mustSync(synced, null, 0)).toBe(false);
  });
});
