/**
 * Proves discovery's decision logic stays pure: the gate, the nonce cache, the rate limiter
 * and the EdgeList check import nothing from Bun or Node (add-node-request.ts may use
 * node:crypto for the HMAC and the generated protobuf code, nothing else), nothing from the
 * I/O layers, and never read a clock, draw randomness or set a timer. Time comes in as
 * `nowMs`, which is what lets the unit tests drive them deterministically. The server and
 * the client (discovery-server.ts, discovery-client.ts, send-edge-list.ts) are the I/O edge
 * and deliberately not in this list.
 */
import { expect, test } from "bun:test";

const impurities = [/Date\.now|Math\.random|setTimeout|setInterval|performance\.now|new Date\(/, /require\(/, /process\./];
const pureFiles: Record<string, readonly RegExp[]> = {
  "src/discovery/add-node-request.ts": [/from "bun"/, /from "node:(?!crypto")/, /\.\.\/(storage|net|node|client|queue|registry|cli)\//],
  "src/discovery/nonce-cache.ts": [/from "(bun|node:)/, /\.\.\/(storage|net|wire|node|client|queue|registry|cli)\//, /Buffer/],
  "src/discovery/rate-limited-log.ts": [/from "(bun|node:)/, /\.\.\/(storage|net|wire|node|client|queue|registry|cli)\//],
  "src/discovery/discovery-gate.ts": [/from "(bun|node:)/, /\.\.\/(storage|net|wire|node|client|queue|registry|cli)\//],
  "src/discovery/discovery-rejection.ts": [/from "(bun|node:)/, /\.\.\//],
  "src/discovery/edge-list.ts": [/from "(bun|node:)/, /\.\.\/(storage|net|node|client|queue|registry|cli)\//, /^import (?!type )[^;]*"\.\.\/wire\//m],
};

for (const [file, forbidden] of Object.entries(pureFiles)) {
  test(`pure ${file}`, async () => {
    const text = await Bun.file(new URL(`../../${file}`, import.meta.url)).text();
    expect(text.length).toBeGreaterThan(0);
    for (const pattern of [...impurities, ...forbidden]) expect(text).not.toMatch(pattern);
  });
}
