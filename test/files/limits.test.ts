/**
 * One set of limits for every layer. A file the config and the queue server accept must not be
 * refused by the leader after its bytes were spooled: the case was `--chunk-size` of
 * 12 MiB, which passed the config and the queue (16 MiB there) and was refused by the node's
 * state machine (8 MiB). For each limit this drives every layer's own gateway at the bound
 * (all accept) and just past it (all refuse).
 */
import { describe, expect, test } from "bun:test";
import { exitCodes } from "../../src/cli/errors";
import { run, type RoleContext, type Runners } from "../../src/cli/run";
import { digestBytes } from "../../src/files/digest";
import { chunkBytesMax, chunkBytesMin, chunkCountMax } from "../../src/files/limits";
import { chunkCountOf } from "../../src/files/manifest";
import { manifestFromWire } from "../../src/wire/manifest-codec";
import { decodeFileCommand, encodeFileCommand } from "../../src/storage/file-commands";

/** Exit status of the real top level for `--role client --chunk-size N` (roles stubbed). */
async function configStatus(chunkSize: number): Promise<number> {
  const stub = async (_: RoleContext) => exitCodes.ok;
  const runners: Runners = { node: stub, queue: stub, client: stub, demo: stub };
  return await run(["--role", "client", "--chunk-size", String(chunkSize), "status"], runners, { stdout: () => undefined, stderr: () => undefined, env: {}, cwd: process.cwd() });
}

/** Does the queue server's gateway (a WriteBegin's manifest off the wire) accept `count` chunks of `chunkSize`? */
function queueAccepts(chunkSize: number, count: number): boolean {
  const size = count * chunkSize;
  const digests = Array.from({ length: chunkCountOf(size, chunkSize) }, () => new Uint8Array(digestBytes));
  return manifestFromWire({ name: "f", size, chunkSize, chunkDigests: digests, digest: new Uint8Array(digestBytes) }).ok;
}

/** Does the node's state machine accept (decode from the log) a put-file of that manifest? */
function logAccepts(chunkSize: number, count: number): boolean {
  const digest = "ab".repeat(digestBytes);
  const manifest = { name: "f", size: count * chunkSize, sha256: digest, chunkBytes: chunkSize, chunks: Array.from({ length: count }, () => digest) };
  const bytes = new TextEncoder().encode(JSON.stringify({ kind: "put-file", manifest, createdMs: 1 }));
  return decodeFileCommand(bytes).ok;
}

describe("the largest chunk is the same everywhere", () => {
  test("at chunkBytesMax the config, the queue server and the state machine all accept", async () => {
    expect(await configStatus(chunkBytesMax)).toBe(exitCodes.ok);
    expect(queueAccepts(chunkBytesMax, 1)).toBe(true);
    expect(logAccepts(chunkBytesMax, 1)).toBe(true);
  });

  for (const chunkSize of [12 << 20, chunkBytesMax + 1]) {
    test(`a chunk size of ${chunkSize} is refused by the config, the queue server and the state machine`, async () => {
      expect(await configStatus(chunkSize)).toBe(exitCodes.usage);
      expect(queueAccepts(chunkSize, 1)).toBe(false);
      expect(logAccepts(chunkSize, 1)).toBe(false);
    });
  }

  test("the smallest chunk is the same everywhere", async () => {
    expect(await configStatus(chunkBytesMin)).toBe(exitCodes.ok);
    expect(await configStatus(chunkBytesMin - 1)).toBe(exitCodes.usage);
    expect(queueAccepts(chunkBytesMin, 1)).toBe(true);
    expect(queueAccepts(chunkBytesMin - 1, 1)).toBe(false);
  });
});

describe("the chunk count limit is the same everywhere", () => {
  test("chunkCountMax chunks pass the queue server and the state machine; one more passes neither", () => {
    expect(queueAccepts(chunkBytesMin, chunkCountMax)).toBe(true);
    expect(logAccepts(chunkBytesMin, chunkCountMax)).toBe(true);
    expect(queueAccepts(chunkBytesMin, chunkCountMax + 1)).toBe(false);
    expect(logAccepts(chunkBytesMin, chunkCountMax + 1)).toBe(false);
  });
});

test("a put-file the state machine accepts fits one log entry", () => {
  const digest = "ab".repeat(digestBytes);
  const manifest = { name: "n".repeat(255), size: chunkCountMax * chunkBytesMax, sha256: digest, chunkBytes: chunkBytesMax, chunks: Array.from({ length: chunkCountMax }, () => digest) };
  // encodeFileCommand asserts the bound; a throw here means the limits outgrew the log entry.
  expect(() => encodeFileCommand({ kind: "put-file", manifest: manifest as never, createdMs: Date.now() })).not.toThrow();
});
