/**
 * Proves the queue server's pure logic stays pure: these files import nothing from Bun or
 * Node, nothing from the I/O layers, and never read a clock, draw randomness or set a timer.
 * Time comes in as `nowMs` and hashing as an injected function, which is what lets the unit
 * and model tests drive them deterministically. (The queue server's I/O shell, also under
 * src/queue/, is deliberately not in this list.)
 */
import { expect, test } from "bun:test";

const pureFiles = [
  "src/files/name.ts",
  "src/files/attributes.ts",
  "src/files/digest.ts",
  "src/files/verified.ts",
  "src/files/limits.ts",
  "src/files/manifest.ts",
  "src/queue/upload-assembly.ts",
  "src/queue/upload-table.ts",
  "src/queue/work-queue.ts",
  "src/lib/ring-buffer.ts",
];
const forbidden = [
  /from "(bun|node:)/,
  /require\(/,
  /\.\.\/(storage|net|wire|node|client|registry|cli)\//,
  /Date\.now|Math\.random|setTimeout|setInterval|performance\.now|new Date\(/,
  /crypto/,
];

for (const file of pureFiles) {
  test(`pure ${file}`, async () => {
    const text = await Bun.file(new URL(`../../${file}`, import.meta.url)).text();
    expect(text.length).toBeGreaterThan(0);
    for (const pattern of forbidden) expect(text).not.toMatch(pattern);
  });
}
