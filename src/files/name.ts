/**
 * The one rule for what a file name may be, shared by the client (before it uploads), the
 * queue server (at the gateway, before it accepts a manifest) and the node (before it applies a
 * commit entry). One function, so the three can never disagree about a name.
 *
 * Names are relative, slash-separated paths. The rules keep a name safe to map onto a path in a
 * data dir or a spool dir without escaping it ("..", absolute paths, backslashes that Windows
 * tools read as separators) and unambiguous (no empty segments, so "a//b" and "a/b" are never
 * two files that look the same).
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { fileNameBytesMax } from "./limits";


export type FileNameRule =
  | "empty"
  | "invalid-unicode"
  | "too-long"
  | "control-character"
  | "backslash"
  | "absolute"
  | "trailing-slash"
  | "empty-segment"
  | "dot-segment";

const ruleExpectations: Readonly<Record<FileNameRule, string>> = {
  "empty": "a non-empty name",
  "invalid-unicode": "well-formed Unicode (no lone surrogates)",
  "too-long": `at most ${fileNameBytesMax} bytes of UTF-8`,
  "control-character": "no NUL or control characters",
  "backslash": "no backslash (use / to separate segments)",
  "absolute": "a relative name (no leading /)",
  "trailing-slash": "no trailing /",
  "empty-segment": "no empty segment (no //)",
  "dot-segment": "no . or .. segment",
};

/** An operating error: the name came from a user or a peer. It names the rule and the value. */
export class FileNameError extends Error {
  override readonly name = "FileNameError";
  constructor(
    readonly rule: FileNameRule,
    readonly value: string,
  ) {
    // JSON.stringify makes control characters and lone surrogates visible in the message.
    super(`invalid file name ${JSON.stringify(value)}: ${rule}, expected ${ruleExpectations[rule]}`);
  }
}

/** Returns the name unchanged when it is valid, so callers can write `const name = r.value`. */
export function validateFileName(name: string): Result<string, FileNameError> {
  const rule = brokenRule(name);
  if (rule !== null) return err(new FileNameError(rule, name));
  assert(name.length > 0, "a valid name is non-empty");
  return ok(name);
}

/** The first rule the name breaks, in order from the most basic, or null. */
function brokenRule(name: string): FileNameRule | null {
  if (name.length === 0) return "empty";
  // UTF-16 length bounds the work below: 3 UTF-8 bytes per code unit at most.
  if (name.length > fileNameBytesMax) {
    if (!wellFormed(name)) return "invalid-unicode";
    return "too-long";
  }
  if (!wellFormed(name)) return "invalid-unicode";
  if (utf8ByteCount(name) > fileNameBytesMax) return "too-long";
  if (hasControlCharacter(name)) return "control-character";
  if (name.includes("\\")) return "backslash";
  if (name.startsWith("/")) return "absolute";
  if (name.endsWith("/")) return "trailing-slash";
  const segments = name.split("/");
  if (segments.some((segment) => segment.length === 0)) return "empty-segment";
  if (segments.some((segment) => segment === "." || segment === "..")) return "dot-segment";
  return null;
}

/** True when every surrogate is part of a pair (String.prototype.isWellFormed is ES2024). */
function wellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next < 0xdc00 || next > 0xdfff) return false;
      i += 1; // the low half of the pair is consumed with the high half
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return false;
    }
  }
  return true;
}

/** UTF-8 length of a well-formed string, counted without allocating an encoded copy. */
export function utf8ByteCount(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4; // a surrogate pair encodes one code point above U+FFFF
      i += 1;
    } else bytes += 3;
  }
  assert(bytes >= text.length, "UTF-8 never uses fewer bytes than UTF-16 code units");
  return bytes;
}

/** C0 controls (NUL included), DEL and the C1 controls. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return true;
  }
  return false;
}
