/**
 * Proves that validateFileName accepts ordinary relative names and rejects each broken rule
 * with an error that names that rule and carries the offending value. Each rule is tested on
 * both sides of its edge (255 vs 256 bytes, counted in UTF-8 not UTF-16; "..." is a fine
 * segment while ".." is not), and the byte count is compared with TextEncoder on random
 * strings so the allocation-free counter cannot drift from the real encoding.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import {
  FileNameError,
  utf8ByteCount,
  validateFileName,
  type FileNameRule,
} from "../../src/files/name";
import { fileNameBytesMax } from "../../src/files/limits";

function ruleOf(name: string): FileNameRule | "valid" {
  const result = validateFileName(name);
  if (result.ok) return "valid";
  expect(result.error).toBeInstanceOf(FileNameError);
  expect(result.error.value).toBe(name);
  expect(result.error.message).toContain(result.error.rule);
  return result.error.rule;
}

describe("validateFileName", () => {
  test("accepts ordinary relative names and returns them unchanged", () => {
    for (const name of ["a", "f.bin", "dir/sub/file.txt", "...", "a/.hidden", "a/..b", "ü/日本語.txt", "😀"]) {
      const result = validateFileName(name);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value).toBe(name);
    }
  });

  test("rejects the empty name", () => {
    expect(ruleOf("")).toBe("empty");
  });

  test("length is counted in UTF-8 bytes, with the edge at fileNameBytesMax", () => {
    expect(ruleOf("a".repeat(fileNameBytesMax))).toBe("valid");
    expect(ruleOf("a".repeat(fileNameBytesMax + 1))).toBe("too-long");
    // 85 three-byte characters are 255 bytes but only 85 UTF-16 code units.
    expect(ruleOf("日".repeat(85))).toBe("valid");
    expect(ruleOf("日".repeat(85) + "a")).toBe("too-long");
    // 64 emoji are 256 bytes in 128 code units.
    expect(ruleOf("😀".repeat(63) + "abc")).toBe("valid");
    expect(ruleOf("😀".repeat(64))).toBe("too-long");
  });

  test("rejects NUL, C0, DEL and C1 control characters", () => {
    for (const bad of ["\u0000", "\u0001", "\n", "\t", "\u001f", "\u007f", "\u0085", "\u009f"]) {
      expect(ruleOf(`a${bad}b`)).toBe("control-character");
    }
    expect(ruleOf("a\u00a0b")).toBe("valid"); // no-break space is printable
  });

  test("rejects lone surrogates", () => {
    expect(ruleOf("a\ud800")).toBe("invalid-unicode");
    expect(ruleOf("\udc00a")).toBe("invalid-unicode");
    expect(ruleOf("\ud800".repeat(300))).toBe("invalid-unicode");
  });

  test("rejects backslashes, absolute names and trailing slashes", () => {
    expect(ruleOf("a\\b")).toBe("backslash");
    expect(ruleOf("/a")).toBe("absolute");
    expect(ruleOf("/")).toBe("absolute");
    expect(ruleOf("a/")).toBe("trailing-slash");
  });

  test("rejects empty and dot segments anywhere in the path", () => {
    expect(ruleOf("a//b")).toBe("empty-segment");
    for (const name of [".", "..", "./a", "../a", "a/./b", "a/../b", "a/.", "a/.."]) {
      expect(ruleOf(name)).toBe("dot-segment");
    }
  });

  test("the error message names the value with control characters made visible", () => {
    const result = validateFileName("x\u0000y");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(String.raw`"x\u0000y"`);
  });

  test("utf8ByteCount matches TextEncoder on random well-formed strings", () => {
    const prng = new Prng(7);
    const encoder = new TextEncoder();
    const alphabet = ["a", "é", "日", "😀", "\u0000", "\u07ff", "\u0800", "\uffff", "\u{10ffff}"];
    for (let round = 0; round < 500; round += 1) {
      let text = "";
      const length = prng.intBetween(0, 40);
      for (let i = 0; i < length; i += 1) text += prng.pick(alphabet);
      expect(utf8ByteCount(text)).toBe(encoder.encode(text).length);
    }
  });
});
