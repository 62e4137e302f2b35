/**
 * The pure rules of write ids (src/files/write-id.ts): what a well-formed id is, when a
 * put-file applies (not when its id is remembered), and what its proposer answers from the
 * id's record read back after the apply — its own version, the first attempt's version (a
 * repeat), a conflict (the id was used for another write), or "forgotten" (unknown).
 */
import { describe, expect, test } from "bun:test";
import { isWriteId, putFileApplies, writeAnswerOf, writeRecordFromJson, writeRecordOf, type WriteId } from "../../src/files/write-id";
import { chunk, manifest } from "../storage/fixtures";

const id = "00112233445566778899aabbccddeeff" as WriteId;
const file = manifest("docs/a.bin", [chunk(1)]);

describe("write ids", () => {
  test("an id is 32 lowercase hex characters", () => {
    expect(isWriteId(id)).toBe(true);
    for (const bad of ["", "0011", id.toUpperCase(), `${id}0`, `${id.slice(0, 31)}g`, 7, null]) expect(isWriteId(bad)).toBe(false);
  });

  test("a put-file applies unless its id is remembered; without an id it always applies", () => {
    const record = writeRecordOf(file, id, 5, 50);
    expect(putFileApplies(undefined, null)).toBe(true);
    expect(putFileApplies(id, null)).toBe(true);
    expect(putFileApplies(id, record)).toBe(false);
  });

  test("the answer: first, repeat with the first version, conflict, forgotten", () => {
    const record = writeRecordOf(file, id, 5, 50);
    expect(writeAnswerOf(file, undefined, 9, null)).toEqual({ kind: "first", version: 9 });
    expect(writeAnswerOf(file, id, 5, record)).toEqual({ kind: "first", version: 5 });
    expect(writeAnswerOf(file, id, 9, record)).toEqual({ kind: "repeat", version: 5, createdMs: 50 });
    expect(writeAnswerOf({ ...file, name: "docs/b.bin" }, id, 9, record)).toEqual({ kind: "conflict", record });
    expect(writeAnswerOf({ ...file, sha256: chunk(2).digest }, id, 9, record)).toEqual({ kind: "conflict", record });
    expect(writeAnswerOf(file, id, 9, null)).toEqual({ kind: "forgotten" });
    expect(writeAnswerOf(file, id, 4, record)).toEqual({ kind: "forgotten" });
  });

  test("a record from disk or a snapshot is checked field by field", () => {
    const record = writeRecordOf(file, id, 5, 50);
    expect(writeRecordFromJson(JSON.parse(JSON.stringify(record)))).toEqual(record);
    for (const bad of [null, 3, { ...record, writeId: "x" }, { ...record, sha256: "zz" }, { ...record, version: 0 }, { ...record, version: 1.5 },
      { ...record, createdMs: "1" }, { ...record, name: 4 }]) {
      expect(writeRecordFromJson(bad)).toBeNull();
    }
  });
});
