/**
 * Manifests between the wire (digests as 32 raw bytes) and the file state machine (digests as
 * hex strings). `manifestFromWire` is the gateway for manifests from clients and queue
 * servers: it checks every field and returns a typed error naming the one that is wrong.
 */
import { err, ok, type Result } from "../lib/result";
import { isChunkDigest, type ChunkDigest } from "../storage/chunk-digest";
import { validateManifest, type FileManifest, type FileRecord } from "../storage/file-commands";
import type { pb } from "./proto";

export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

export function digestToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

export function digestFromHex(digest: ChunkDigest): Uint8Array {
  return new Uint8Array(Buffer.from(digest, "hex"));
}

function digestFromWire(bytes: Uint8Array | null | undefined, what: string): Result<ChunkDigest, ManifestError> {
  const hex = bytes === null || bytes === undefined ? "" : digestToHex(bytes);
  if (!isChunkDigest(hex)) return err(new ManifestError(`${what} is ${bytes?.length ?? 0} bytes, expected a 32-byte SHA-256`));
  return ok(hex);
}

export function manifestFromWire(wire: pb.Manifest.$Shape | null | undefined): Result<FileManifest, ManifestError> {
  if (wire === null || wire === undefined) return err(new ManifestError("manifest missing"));
  const sha256 = digestFromWire(wire.digest, "file digest");
  if (!sha256.ok) return sha256;
  const chunks: ChunkDigest[] = [];
  for (const [index, bytes] of (wire.chunkDigests ?? []).entries()) {
    const digest = digestFromWire(bytes, `digest of chunk ${index}`);
    if (!digest.ok) return digest;
    chunks.push(digest.value);
  }
  const manifest = { name: wire.name ?? "", size: wire.size ?? 0, chunkBytes: wire.chunkSize ?? 0, sha256: sha256.value, chunks };
  const valid = validateManifest(manifest);
  return valid.ok ? ok(valid.value) : err(new ManifestError(valid.error.message));
}

export function manifestToWire(file: FileManifest | FileRecord): pb.Manifest.$Shape {
  const record = "version" in file ? file : null;
  return {
    name: file.name,
    size: file.size,
    chunkSize: file.chunkBytes,
    chunkDigests: file.chunks.map(digestFromHex),
    digest: digestFromHex(file.sha256),
    version: record?.version ?? 0,
    createdMs: record?.createdMs ?? 0,
  };
}
