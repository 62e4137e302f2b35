/**
 * Manifests between the wire (pb.Manifest: digests as 32 raw bytes, `chunk_size`,
 * `chunk_digests`, `digest`) and the domain (src/files/manifest.ts: hex digests, `chunkBytes`,
 * `chunks`, `sha256`). The only place that maps the two. `manifestFromWire` is the gateway for
 * manifests from clients, queue servers and nodes: it checks every field with the one
 * validateManifest and returns a ManifestError naming the field that is wrong.
 */
import { digestFromBytes, digestToBytes, type Digest } from "../files/digest";
import { attributesProblem, type FileAttributes } from "../files/attributes";
import { ManifestError, validateManifest, type FileRecord, type Manifest, type ManifestField } from "../files/manifest";
import { isWriteId, writeIdBytes, type WriteId } from "../files/write-id";
import { err, ok, type Result } from "../lib/result";
import { uint64FromWire } from "./codec";
import type { pb } from "./proto";

function digestFromWire(bytes: Uint8Array | null | undefined, field: ManifestField, what: string): Result<Digest, ManifestError> {
  const digest = digestFromBytes(bytes);
  if (digest === null) return err(new ManifestError(field, `${what} of ${bytes?.length ?? 0} bytes`, "a 32-byte SHA-256 digest"));
  return ok(digest);
}

export function manifestFromWire(wire: pb.Manifest.$Shape | null | undefined): Result<Manifest, ManifestError> {
  if (wire === null || wire === undefined) return err(new ManifestError("name", "no manifest", "a manifest"));
  const chunks: Digest[] = [];
  for (const [index, bytes] of (wire.chunkDigests ?? []).entries()) {
    const digest = digestFromWire(bytes, "chunks", `digest ${index}`);
    if (!digest.ok) return digest;
    chunks.push(digest.value);
  }
  const sha256 = digestFromWire(wire.digest, "sha256", "the file digest");
  if (!sha256.ok) return sha256;
  const attributes = attributesFromWire(wire.attributes);
  if (!attributes.ok) return attributes;
  return validateManifest({ name: wire.name ?? "", size: uint64FromWire(wire.size), chunkBytes: wire.chunkSize ?? 0, sha256: sha256.value, chunks,
    ...(attributes.value === undefined ? {} : { attributes: attributes.value }) });
}

/** A committed file from the wire (a read's or a write's answer): the manifest, its version and time. */
export function fileRecordFromWire(wire: pb.Manifest.$Shape | null | undefined): Result<FileRecord, ManifestError> {
  const manifest = manifestFromWire(wire);
  if (!manifest.ok) return manifest;
  return ok({ ...manifest.value, version: uint64FromWire(wire?.version), createdMs: uint64FromWire(wire?.createdMs) });
}

export function manifestToWire(file: Manifest | FileRecord): pb.Manifest.$Shape {
  const record = "version" in file ? file : null;
  return {
    name: file.name,
    size: file.size,
    chunkSize: file.chunkBytes,
    chunkDigests: file.chunks.map(digestToBytes),
    digest: digestToBytes(file.sha256),
    version: record?.version ?? 0,
    createdMs: record?.createdMs ?? 0,
    ...(file.attributes === undefined ? {} : { attributes: attributesToWire(file.attributes) }),
  };
}

/** The gateway for attributes from a client: an absent or empty message is no attributes. */
export function attributesFromWire(wire: pb.FileAttributes.$Shape | null | undefined): Result<FileAttributes | undefined, ManifestError> {
  if (wire === null || wire === undefined) return ok(undefined);
  const md5 = wire.md5 ?? new Uint8Array(0);
  if (md5.length !== 0 && md5.length !== 16) return err(new ManifestError("attributes", `md5 is ${md5.length} bytes`, "16"));
  const metadata: Record<string, string> = {};
  for (const entry of wire.metadata ?? []) {
    const name = entry.name ?? "";
    if (Object.hasOwn(metadata, name)) return err(new ManifestError("attributes", `metadata ${JSON.stringify(name)} given twice`, "each name once"));
    metadata[name] = entry.value ?? "";
  }
  const attributes: FileAttributes = {
    ...(md5.length === 0 ? {} : { md5: Buffer.from(md5).toString("hex") }),
    ...(wire.etag === undefined || wire.etag === null || wire.etag === "" ? {} : { etag: wire.etag }),
    ...(wire.contentType === undefined || wire.contentType === null || wire.contentType === "" ? {} : { contentType: wire.contentType }),
    ...(Object.keys(metadata).length === 0 ? {} : { metadata }),
  };
  if (Object.keys(attributes).length === 0) return ok(undefined);
  const problem = attributesProblem(attributes);
  return problem === null ? ok(attributes) : err(new ManifestError("attributes", problem, "attributes within the rules of src/files/attributes.ts"));
}

export function attributesToWire(attributes: FileAttributes): pb.FileAttributes.$Shape {
  return {
    md5: attributes.md5 === undefined ? new Uint8Array(0) : new Uint8Array(Buffer.from(attributes.md5, "hex")),
    etag: attributes.etag ?? "",
    contentType: attributes.contentType ?? "",
    metadata: Object.entries(attributes.metadata ?? {}).map(([name, value]) => ({ name, value })),
  };
}

/**
 * The gateway for a write id from the wire: 16 bytes, or empty (none). Null when malformed:
 * the caller answers a bad request naming the length.
 */
export function writeIdFromWire(bytes: Uint8Array | null | undefined): { readonly writeId: WriteId | undefined } | null {
  if (bytes === null || bytes === undefined || bytes.length === 0) return { writeId: undefined };
  if (bytes.length !== writeIdBytes) return null;
  const writeId = Buffer.from(bytes).toString("hex");
  return isWriteId(writeId) ? { writeId } : null;
}

export function writeIdToWire(writeId: WriteId | undefined): Uint8Array {
  return writeId === undefined ? new Uint8Array(0) : new Uint8Array(Buffer.from(writeId, "hex"));
}
