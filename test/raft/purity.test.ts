/**
 * The Raft core is pure (DESIGN.md, STYLE.md §1): no runtime APIs, no I/O layers, no clock and
 * no ambient randomness. This test reads every source file under src/raft/ and fails if one
 * imports from "bun" or "node:", from storage, net or wire, or mentions Date.now, Math.random,
 * setTimeout or performance.now in code. Comments are stripped first (types.ts rightly says the
 * core uses "no Math.random"). It also checks that the patterns do match bad lines, so the test
 * cannot pass vacuously.
 */
import { describe, expect, test } from "bun:test";

const root = `${import.meta.dir}/../../src/raft`;
const forbidden: readonly RegExp[] = [
  /from\s+["'](bun|node:)/,
  /import\s*\(\s*["'](bun|node:)/,
  /["']\.\.\/(storage|net|wire)(\/|["'])/,
  /Date\.now|Math\.random|setTimeout|setInterval|performance\.now/,
];

/** Removes block and line comments; the core has no string literal containing comment markers. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}

const files = [...new Bun.Glob("**/*.ts").scanSync(root)].sort();

describe("raft purity", () => {
  test("finds the core's files", () => {
    expect(files).toContain("raft.ts");
    expect(files).toContain("types.ts");
  });

  test("the patterns catch what they must", () => {
    const bad = ['import { x } from "node:fs";', 'import { Database } from "bun";', 'import { s } from "../storage/storage";', "const t = Date.now();", "Math.random()"];
    for (const line of bad) expect(forbidden.some((pattern) => pattern.test(code(line)))).toBe(true);
    expect(code("/** no Math.random here */ const x = 1; // nor Date.now")).not.toMatch(/Math|Date/);
    expect(forbidden.some((pattern) => pattern.test('import { assert } from "../lib/assert";'))).toBe(false);
  });

  for (const file of files) {
    test(`pure ${file}`, async () => {
      const text = code(await Bun.file(`${root}/${file}`).text());
      for (const pattern of forbidden) expect(text).not.toMatch(pattern);
    });
  }
});
