/**
 * Manifests between the wire (digests as 32 raw bytes) and the file state machine (digests as
 * hex strings). `manifestFromWire` is the gateway for manifests from clients and queue
 * servers: it checks every field and returns a typed error naming the one that is wrong.
 */
import { err, ok, type Result } from "../lib/result";
import { digestFromBytes, digestToBytes, type Digest } from "../files/digest";
import { attributesProblem, validateManifest, type FileAttributes, type FileManifest, type FileRecord } from "../storage/file-commands";
import type { pb } from "./proto";

export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

function digestFromWire(bytes: Uint8Array | null | undefined, what: string): Result<Digest, ManifestError> {
  const digest = digestFromBytes(bytes);
  if (digest === null) return err(new ManifestError(`${what} is ${bytes?.length ?? 0} bytes, expected a 32-byte SHA-256`));
  return ok(digest);
}

export function manifestFromWire(wire: pb.Manifest.$Shape | null | undefined): Result<FileManifest, ManifestError> {
  if (wire === null || wire === undefined) return err(new ManifestError("manifest missing"));
  const sha256 = digestFromWire(wire.digest, "file digest");
  if (!sha256.ok) return sha256;
  const chunks: Digest[] = [];
  for (const [index, bytes] of (wire.chunkDigests ?? []).entries()) {
    const digest = digestFromWire(bytes, `digest of chunk ${index}`);
    if (!digest.ok) return digest;
    chunks.push(digest.value);
  }
  const attributes = attributesFromWire(wire.attributes);
  if (!attributes.ok) return attributes;
  const manifest = { name: wire.name ?? "", size: wire.size ?? 0, chunkBytes: wire.chunkSize ?? 0, sha256: sha256.value, chunks,
    ...(attributes.value === undefined ? {} : { attributes: attributes.value }) };
  const valid = validateManifest(manifest);
  return valid.ok ? ok(valid.value) : err(new ManifestError(valid.error.message));
}

export function manifestToWire(file: FileManifest | FileRecord): pb.Manifest.$Shape {
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
  if (md5.length !== 0 && md5.length !== 16) return err(new ManifestError(`attributes: md5 is ${md5.length} bytes, expected 16`));
  const metadata: Record<string, string> = {};
  for (const entry of wire.metadata ?? []) {
    const name = entry.name ?? "";
    if (Object.hasOwn(metadata, name)) return err(new ManifestError(`attributes: metadata ${JSON.stringify(name)} given twice`));
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
  return problem === null ? ok(attributes) : err(new ManifestError(`attributes: ${problem}`));
}

export function attributesToWire(attributes: FileAttributes): pb.FileAttributes.$Shape {
  return {
    md5: attributes.md5 === undefined ? new Uint8Array(0) : new Uint8Array(Buffer.from(attributes.md5, "hex")),
    etag: attributes.etag ?? "",
    contentType: attributes.contentType ?? "",
    metadata: Object.entries(attributes.metadata ?? {}).map(([name, value]) => ({ name, value })),
  };
}
