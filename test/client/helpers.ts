/** Shared by the client tests: options pointing at a fake queue, temp dirs, deterministic bytes. */
import type { Digest } from "../../src/files/digest";
import { digestOf, fileDigestOf } from "../../src/files/sha256";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "../../src/lib/logger";
import type { ClientOptions } from "../../src/client/options";
import { testCluster, testSecret } from "./fake-cluster";

export const smallChunkBytes = 4 << 10;

export function clientOptions(queueAddresses: readonly string[], chunkSize = smallChunkBytes): ClientOptions {
  return {
    queues: queueAddresses.map((address) => {
      const [host = "", port = "0"] = address.split(":");
      return { host, port: Number(port) };
    }),
    cluster: testCluster,
    credential: { kind: "admin", secret: testSecret },
    tls: null,
    chunkSize,
    frameBytesMax: chunkSize + (64 << 10),
    requestTimeoutMs: 10_000,
    logger: silentLogger,
  };
}

/** Deterministic, incompressible-looking bytes: chunk-sized runs never repeat. */
export function patternBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < length; i += 1) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out[i] = state & 0xff;
  }
  return out;
}

export function tempDir(label: string): { readonly path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `gossamer-client-${label}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function concatChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The file digest the protocol defines for `bytes` cut in chunks of `chunkSize`: SHA-256 over the chunk digests. */
export function fileDigestOfBytes(bytes: Uint8Array, chunkSize = smallChunkBytes): string {
  const chunks: Digest[] = [];
  for (let offset = 0; offset < bytes.length; offset += chunkSize) chunks.push(digestOf(bytes.subarray(offset, offset + chunkSize)));
  return fileDigestOf(chunks);
}
