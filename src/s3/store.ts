/**
 * What the S3 handlers need from Gossamer, and its one implementation over the client library:
 * the door acts as a trusted client of its own cluster (it runs in the queue server's process,
 * which holds the cluster secret), through the same functions as the CLI verbs. Client errors
 * become S3 errors here: unavailable → 503 ServiceUnavailable (clients retry), anything else
 * → 500 InternalError naming what failed.
 */
import { listPage, statFile, type FileInfo } from "../client/file-info";
import { planRead, type ReadHandle } from "../client/read-range";
import { removeFile } from "../client/cluster-requests";
import type { ClientError } from "../client/errors";
import type { ClientOptions } from "../client/options";
import { spoolStream, type SpooledStream } from "../client/spool-stream";
import { uploadHashed } from "../client/upload";
import type { Result } from "../lib/result";
import type { FileAttributes } from "../files/attributes";
import { S3Error } from "./s3-error";

export type { FileInfo, ReadHandle, SpooledStream };

export interface ObjectStore {
  stat(name: string): Promise<FileInfo | null>;
  /** Up to `limit` files under `prefix` after `startAfter`, in name order. */
  list(prefix: string, startAfter: string, limit: number): Promise<readonly FileInfo[]>;
  read(name: string): Promise<ReadHandle | null>;
  /** Writes the body to a temp file, hashing it; `observe` sees every byte. Errors of the body propagate. */
  spool(name: string, body: AsyncIterable<Uint8Array>, bytesMax: number, observe: (bytes: Uint8Array) => void): Promise<SpooledStream>;
  /** Uploads a spooled body with its attributes and discards the temp file; resolves once committed. */
  commit(spooled: SpooledStream, attributes: FileAttributes): Promise<void>;
  /** True when the file existed. */
  remove(name: string): Promise<boolean>;
}

function unwrap<T>(result: Result<T, ClientError>): T {
  if (result.ok) return result.value;
  throw s3ErrorOf(result.error);
}

export function s3ErrorOf(error: ClientError): S3Error {
  return error.kind === "unavailable" ? new S3Error("ServiceUnavailable", `the cluster is unavailable: ${error.message}`) : new S3Error("InternalError", error.message);
}

export class ClusterStore implements ObjectStore {
  constructor(private readonly options: ClientOptions, private readonly spoolDir: string) {}

  async stat(name: string): Promise<FileInfo | null> {
    return unwrap(await statFile(this.options, name));
  }

  async list(prefix: string, startAfter: string, limit: number): Promise<readonly FileInfo[]> {
    return unwrap(await listPage(this.options, { prefix, startAfter, limit }));
  }

  async read(name: string): Promise<ReadHandle | null> {
    return unwrap(await planRead(this.options, name));
  }

  async spool(name: string, body: AsyncIterable<Uint8Array>, bytesMax: number, observe: (bytes: Uint8Array) => void): Promise<SpooledStream> {
    return unwrap(await spoolStream(body, { dir: this.spoolDir, name, chunkSize: this.options.chunkSize, bytesMax, observe }));
  }

  async commit(spooled: SpooledStream, attributes: FileAttributes): Promise<void> {
    try {
      unwrap(await uploadHashed(this.options, { path: spooled.path, name: spooled.manifest.name }, { ...spooled.manifest, attributes }));
    } finally {
      await spooled.discard();
    }
  }

  async remove(name: string): Promise<boolean> {
    return unwrap(await removeFile(this.options, name)).existed;
  }
}
