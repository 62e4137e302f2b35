/**
 * What this proves about client keys: the file format is checked key by key and an error never
 * shows a secret; one table says what each role may do; a key file follows its edits (a key
 * added or revoked takes effect within the recheck interval), and an edit that breaks the file
 * keeps the last good keys rather than locking everyone out.
 */
import { describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { allowed, ClientKeyFile, clientKeysRecheckMs, parseClientKeys } from "../../src/auth/client-keys";

const secret = "s3cret-value-that-is-long";

describe("client keys", () => {
  test("a valid file parses; each problem is named without the secret", () => {
    const good = parseClientKeys(`[[key]]\nid = "alice"\nsecret = "${secret}"\nrole = "read-only"\n`);
    expect(good.ok && good.value.lookup("alice")?.role).toBe("read-only");
    const cases = [
      `[[key]]\nid = "bad id"\nsecret = "${secret}"\nrole = "read-only"\n`,
      `[[key]]\nid = "bob"\nsecret = "short"\nrole = "read-only"\n`,
      `[[key]]\nid = "bob"\nsecret = "${secret}"\nrole = "owner"\n`,
      `[[key]]\nid = "bob"\nsecret = "${secret}"\nrole = "read-only"\n[[key]]\nid = "bob"\nsecret = "${secret}"\nrole = "read-write"\n`,
      `[[key]]\nid = "bob"\nsecret = "${secret}"\nrole = "read-only"\ncomment = "x"\n`,
      `keys = 1\n`,
      `not toml [`,
    ];
    for (const text of cases) {
      const parsed = parseClientKeys(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).not.toContain(secret);
    }
  });

  test("roles: read-only reads, read-write also writes, neither administers nor acts as a member", () => {
    const reader = { kind: "client", id: "r", role: "read-only" } as const;
    const writer = { kind: "client", id: "w", role: "read-write" } as const;
    expect(allowed(reader, "read") && allowed(reader, "list") && allowed(reader, "chunk-fetch")).toBe(true);
    expect(allowed(reader, "write") || allowed(reader, "remove")).toBe(false);
    expect(allowed(writer, "write") && allowed(writer, "remove")).toBe(true);
    for (const operation of ["steal", "work-result", "upload-pull", "edge-list", "raft", "remove-node"] as const) {
      expect(allowed(reader, operation) || allowed(writer, operation)).toBe(false);
    }
    expect(allowed({ kind: "admin" }, "remove-node")).toBe(true);
    expect(allowed({ kind: "admin" }, "steal")).toBe(false);
    expect(allowed({ kind: "anonymous" }, "ping")).toBe(true);
    expect(allowed({ kind: "anonymous" }, "status")).toBe(false);
  });

  test("the key file follows its edits, and a broken edit keeps the last good keys", () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-keys-"));
    try {
      const path = join(dir, "keys.toml");
      const write = (text: string, mtimeS: number): void => {
        writeFileSync(path, text);
        utimesSync(path, mtimeS, mtimeS);
      };
      write(`[[key]]\nid = "alice"\nsecret = "${secret}"\nrole = "read-write"\n`, 1_000);
      let now = 0;
      const errors: string[] = [];
      const opened = ClientKeyFile.open(path, { now: () => now, onError: (message) => errors.push(message) });
      if (!opened.ok) throw new Error(opened.error);
      const keys = opened.value;
      expect(keys.lookup("alice")?.role).toBe("read-write");
      write(`[[key]]\nid = "bob"\nsecret = "${secret}"\nrole = "read-only"\n`, 2_000);
      expect(keys.lookup("alice")).not.toBeNull(); // not rechecked yet
      now += clientKeysRecheckMs;
      expect(keys.lookup("alice")).toBeNull(); // revoked
      expect(keys.lookup("bob")?.role).toBe("read-only");
      write("broken [", 3_000);
      now += clientKeysRecheckMs;
      expect(keys.lookup("bob")?.role).toBe("read-only");
      expect(errors.length).toBe(1);
      expect(errors[0]).toContain("keeping the last keys");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
