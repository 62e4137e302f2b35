/**
 * write: upload a local file to the cluster through a queue server (docs/protocol.md, write).
 *
 *   WriteBegin(manifest) → WriteNeed(every index)
 *   round: WriteChunk × needed (at most uploadWindowChunks outstanding) → WriteRoundDone
 *          → WriteNeed(still missing or corrupt)   … another round, exactly those chunks
 *          → WriteDone(manifest with version)      … committed by a Raft majority, durable
 *
 * A small file (src/files/limits.ts fitsInline) travels whole instead, in one request:
 *
 *   WriteBegin(manifest, content) → WriteDone  … the content carried inside the put-file entry
 *
 * Chunks are read from the file on demand by index, so memory holds at most the window's
 * chunks whatever the file size. NOT_FOUND mid-upload means the queue server forgot the upload
 * (it expired or restarted): the whole upload starts again from WriteBegin, a bounded number of
 * times. Every attempt of one write carries the same write id, so the cluster applies it once:
 * when the answer to the last round is lost (the outcome is unknown), the write is sent again,
 * up to `retries` times, and answered with the version the first commit got if there was one
 * (src/files/write-id.ts).
 */
import { assert, AssertionError, defined } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { uint64FromWire } from "../wire/codec";
import { manifestToWire, writeIdToWire } from "../wire/manifest-codec";
import { writeIdsRememberedMax, type WriteId } from "../files/write-id";
import { newWriteId } from "./write-id";
import { digestBytes, digestFromBytes, digestToBytes, type Digest } from "../files/digest";
import { chunkCountOf, chunkSizeAt, type Manifest } from "../files/manifest";
import { pb } from "../wire/proto";
import { ClientError, reasonOf } from "./errors";
import { computeManifestKeepingSmall, readChunk } from "./manifest";
import type { ClientOptions } from "./options";
import { createProgress, type Progress } from "./progress";
import { openQueue, requestExpecting } from "./queue-session";
import { checkSourceFile } from "./source-file";
import { requestTimeoutMsMax, TransportError, type ClientTransport } from "./transport";
import { chunkCountMax, fitsInline } from "../files/limits";

/** WriteChunk requests outstanding per upload (protocol: at most 4); bounds memory at both ends. */
export const uploadWindowChunks = 4;
/** Resend rounds before giving up: a link that corrupts every resend is not going to get better. */
export const uploadRoundsMax = 8;
/** Whole-upload restarts after NOT_FOUND (the queue server forgot the upload). */
export const uploadAttemptsMax = 3;
/** Attempts again, with the same write id, after an unknown outcome, unless --retries says otherwise. */
export const unknownRetriesDefault = 2;
/** The most --retries takes: each retry may wait a whole commit timeout. */
export const unknownRetriesMax = 10;
/** Pause before such a retry: whatever lost the answer (a queue server restarting, an election) has a moment to pass. */
export const unknownRetryDelayMs = 1_000;
/**
 * The final WriteRoundDone waits for Raft to replicate every chunk to a majority and fsync it:
 * allow this much per MiB on top of the request timeout (a slow 1 MiB/s cluster still succeeds).
 */
export const writeDoneMsPerMiB = 1_000;
/** Manifest bytes per chunk on the wire: the 32-byte digest plus its field tag and length. */
const manifestBytesPerChunk = digestBytes + 2;
/** Everything in a WriteBegin frame besides the digests: name, sizes, whole digest, tags. */
const manifestBytesFixed = 1_024;

assert(uploadWindowChunks >= 1, "an upload sends at least one chunk at a time");
assert(uploadWindowChunks <= 4, "the protocol allows at most 4 outstanding chunks per upload");
assert(uploadRoundsMax >= 2, "one resend round must be possible");
assert(uploadAttemptsMax >= 1, "an upload is attempted at least once");
assert(unknownRetriesDefault <= unknownRetriesMax, "the default retries are allowed");
assert(chunkCountMax <= 0xffff_ffff, "per-chunk attempt counters fit a Uint32Array");

/** A test hook: corrupt or drop chunks on the way out. `attempt` counts sends of that chunk from 0. */
export interface UploadFaults {
  corrupt?(index: number, attempt: number): boolean;
  drop?(index: number, attempt: number): boolean;
}

export interface UploadRequest {
  readonly path: string;
  /** The name to store under; default the file's base name. */
  readonly name?: string;
  /** Draw the progress line on stderr (the caller decided: a terminal, or --progress=always). */
  readonly progress?: boolean;
  readonly faults?: UploadFaults;
  /** The write's id: given to retry a write an earlier process started (--write-id); default a fresh one. */
  readonly writeId?: WriteId;
  /** Attempts again after an unknown outcome, 0..unknownRetriesMax; default unknownRetriesDefault. */
  readonly retries?: number;
}

export interface UploadReport {
  readonly name: string;
  readonly size: number;
  readonly digest: Digest;
  /** The version the cluster assigned on commit. */
  readonly version: number;
  /** The write's id: the same in every attempt, and what a later `--write-id` retries with. */
  readonly writeId: WriteId;
  /** An earlier attempt with this write id had stored the file (its answer was lost): `version` is that one's. */
  readonly repeated: boolean;
  readonly chunks: number;
  readonly commitIndex: number;
  /** Rounds of the successful attempt (1: every chunk arrived intact the first time). */
  readonly rounds: number;
  /** Upload attempts (1 unless the queue server forgot the upload or an outcome was unknown). */
  readonly attempts: number;
  /** WriteChunk requests sent over all attempts. */
  readonly chunkSends: number;
  readonly ms: number;
}

/** The --json document of `write`. */
export function uploadReportJson(report: UploadReport): Record<string, unknown> {
  return { name: report.name, size: report.size, digest: report.digest, version: report.version, chunks: report.chunks, ms: report.ms,
    writeId: report.writeId, repeated: report.repeated };
}

export async function uploadFile(options: ClientOptions, request: UploadRequest): Promise<Result<UploadReport, ClientError>> {
  const started = performance.now();
  const source = await checkSourceFile(request.path, request.name, options.chunkSize);
  if (!source.ok) return source;
  // One line through every phase: hashing, uploading, waiting for the cluster to commit.
  const progress = createProgress(`write ${source.value.name}`, request.progress === true);
  try {
    let prepared: Awaited<ReturnType<typeof computeManifestKeepingSmall>>;
    progress.phase("hashing", source.value.size);
    try {
      prepared = await computeManifestKeepingSmall(source.value.path, source.value.name, source.value.size, options.chunkSize, (bytes) => progress.advance(bytes));
    } catch (error: unknown) {
      // A bug is not an operating error: let it reach the top level with its stack.
      if (error instanceof AssertionError) throw error;
      return err(new ClientError("failed", `write ${request.path}: cannot read: ${reasonOf(error)}`, { cause: error }));
    }
    return await uploadPrepared(options, request, prepared.manifest, started, progress, prepared.content);
  } finally {
    progress.finish();
  }
}

/**
 * Uploads the file at `request.path` whose manifest the caller already computed (it hashed the
 * bytes while it wrote them there, as the S3 door does), so no byte is hashed twice. The file
 * must not change until this returns.
 */
export async function uploadHashed(options: ClientOptions, request: UploadRequest, manifest: Manifest, started = performance.now()): Promise<Result<UploadReport, ClientError>> {
  const progress = createProgress(`write ${manifest.name}`, request.progress === true);
  try {
    return await uploadPrepared(options, request, manifest, started, progress);
  } finally {
    progress.finish();
  }
}

/** `content`: a small file's bytes, already read while hashing (null: read them when sent). */
async function uploadPrepared(options: ClientOptions, request: UploadRequest, manifest: Manifest, started: number, progress: Progress,
  content: Uint8Array | null = null): Promise<Result<UploadReport, ClientError>> {
  assert(manifest.chunks.length === chunkCountOf(manifest.size, manifest.chunkBytes), "one digest per chunk");
  const manifestBytes = manifestBytesFixed + manifest.chunks.length * manifestBytesPerChunk;
  if (manifestBytes > options.frameBytesMax) {
    return err(new ClientError("failed", `write ${request.path}: its manifest (${manifest.chunks.length} chunk digests) does not fit one frame of ${options.frameBytesMax} bytes; raise --chunk-size`));
  }
  return await uploadWithRestarts(options, manifest, request, progress, started, content);
}

/**
 * Runs attempts until one commits. Two failures start the upload again from WriteBegin: NOT_FOUND
 * (the queue server forgot the upload) and a connection that closed under us (the queue server
 * restarted: the next attempt reconnects, to another queue server if that one is gone), at most
 * uploadAttemptsMax attempts. An unknown outcome (the last round's answer lost) is attempted
 * again only because every attempt carries the same write id: the cluster applies the write
 * once whichever attempts commit.
 */
async function uploadWithRestarts(
  options: ClientOptions,
  manifest: Manifest,
  request: UploadRequest,
  progress: Progress,
  started: number,
  content: Uint8Array | null,
): Promise<Result<UploadReport, ClientError>> {
  const writeId = request.writeId ?? newWriteId();
  const retriesMax = request.retries ?? unknownRetriesDefault;
  assert(Number.isSafeInteger(retriesMax) && retriesMax >= 0 && retriesMax <= unknownRetriesMax, "retries within bounds");
  let restarts = 0;
  let retries = 0;
  let chunkSends = 0;
  const sends = new Uint32Array(manifest.chunks.length);
  /** The first unknown outcome: once one was, no later failure can say "nothing was stored". */
  let unknown: ClientError | null = null;
  const failed = (failure: ClientError): Result<UploadReport, ClientError> => err(unknown === null || failure.kind === "unknown" ? failure
    : new ClientError("unknown", `${unknown.message}; a retry with the same write id then failed: ${failure.message}`, { cause: failure }));
  // Bounded: every turn that does not return uses up a restart or a retry.
  for (let attempt = 1; ; attempt += 1) {
    const opened = await openQueue(options);
    if (!opened.ok) return failed(opened.error);
    const upload = new UploadState(opened.value, options, manifest, request, progress, sends, writeId, content);
    let outcome: Awaited<ReturnType<UploadState["attempt"]>> | null = null;
    try {
      outcome = await upload.attempt();
    } finally {
      // A failed attempt's connection is closed even in a session: the queue server then drops what the attempt left.
      if (outcome?.ok === true) opened.value.close();
      else opened.value.discard();
    }
    chunkSends += upload.chunkSends;
    if (outcome.ok) {
      const done = outcome.value.done;
      return ok({
        name: manifest.name, size: manifest.size, digest: manifest.sha256, version: uint64FromWire(done.manifest?.version),
        writeId, repeated: done.repeated === true, chunks: manifest.chunks.length, commitIndex: uint64FromWire(done.commitIndex),
        rounds: outcome.value.rounds, attempts: attempt, chunkSends, ms: Math.round(performance.now() - started),
      });
    }
    const failure = outcome.error;
    if (failure.kind === "unknown") unknown ??= failure;
    if (failure.kind === "unknown" && retries < retriesMax) {
      retries += 1;
      options.logger.info("client.upload-retry", { name: manifest.name, writeId, retry: retries, reason: failure.message });
      await Bun.sleep(unknownRetryDelayMs);
      continue;
    }
    if (!worthRestarting(failure)) return failed(failure);
    if (restarts + 1 >= uploadAttemptsMax) {
      const kind = failure.replyCode === pb.ErrorCode.ERROR_NOT_FOUND ? "failed" : "unavailable";
      return failed(new ClientError(kind, `write ${manifest.name}: the queue server lost the upload ${uploadAttemptsMax} times (${failure.message})`));
    }
    restarts += 1;
    options.logger.info("client.upload-restart", { name: manifest.name, attempt, reason: failure.message });
  }
}

function worthRestarting(error: ClientError): boolean {
  if (error.replyCode === pb.ErrorCode.ERROR_NOT_FOUND) return true;
  return error.cause instanceof TransportError && error.cause.kind === "closed";
}

/** One file's upload over one queue session; `attempt` runs WriteBegin to WriteDone once. */
class UploadState {
  chunkSends = 0;
  private readonly what: string;

  constructor(
    private readonly transport: ClientTransport,
    private readonly options: ClientOptions,
    private readonly manifest: Manifest,
    private readonly request: UploadRequest,
    private readonly progress: Progress,
    /** Sends so far of each chunk, over every attempt: the fault hook's `attempt` argument. */
    private readonly sends: Uint32Array,
    private readonly writeId: WriteId,
    /** A small file's bytes, read while hashing; null: read when sent. */
    private readonly content: Uint8Array | null,
  ) {
    assert(sends.length === manifest.chunks.length, "one send counter per chunk");
    this.what = `write ${manifest.name}`;
  }

  async attempt(): Promise<Result<{ readonly done: pb.WriteDone.$Shape; readonly rounds: number }, ClientError>> {
    // The fault hooks act on chunks and resend rounds, which only the chunked path has.
    if (fitsInline(this.manifest.size, this.manifest.chunkBytes) && this.request.faults === undefined) return await this.attemptWhole();
    const begun = await requestExpecting(this.transport, { writeBegin: { manifest: manifestToWire(this.manifest), writeId: writeIdToWire(this.writeId) } }, ["writeNeed"], this.what, this.options.requestTimeoutMs);
    if (!begun.ok) return begun;
    const uploadId = uint64FromWire(begun.value.writeNeed.uploadId);
    let needed = this.checkNeeded(begun.value.writeNeed);
    for (let round = 1; round <= uploadRoundsMax; round += 1) {
      if (!needed.ok) return needed;
      this.progress.phase(round === 1 ? "uploading" : `resending ${needed.value.length} chunk(s)`, this.bytesOf(needed.value));
      const sent = await this.sendRound(uploadId, needed.value);
      if (!sent.ok) return sent;
      // The queue server checks the round, then the leader replicates and commits the file: the
      // longest silent stretch of a big write, so it is named.
      this.progress.phase("waiting for the cluster to commit", 0);
      const answer = await requestExpecting(this.transport, { writeRoundDone: { uploadId } }, ["writeNeed", "writeDone"], this.what, this.writeDoneTimeoutMs());
      if (!answer.ok) return err(this.roundDoneFailure(answer.error));
      if (answer.value.body === "writeDone") {
        const checked = this.checkDone(answer.value.writeDone);
        return checked.ok ? ok({ done: checked.value, rounds: round }) : checked;
      }
      needed = this.checkNeeded(answer.value.writeNeed);
      this.options.logger.debug("client.upload-round", { name: this.manifest.name, round, needed: needed.ok ? needed.value.length : -1 });
    }
    const still = needed.ok ? needed.value.length : 0;
    return err(new ClientError("failed", `${this.what}: the queue server still needs ${still} chunk(s) after ${uploadRoundsMax} rounds`));
  }

  /**
   * A small file in one request: its content rides in the WriteBegin (a payload segment with the
   * digest hashed for the manifest), and the answer is the write's own. As for a last round, an
   * answer that does not arrive leaves the outcome unknown.
   */
  private async attemptWhole(): Promise<Result<{ readonly done: pb.WriteDone.$Shape; readonly rounds: number }, ClientError>> {
    const data = this.content === null ? await this.readData(0) : ok(this.content);
    if (!data.ok) return data;
    this.sends[0] = (this.sends[0] ?? 0) + 1;
    this.chunkSends += 1;
    this.progress.phase("waiting for the cluster to commit", 0);
    const writeBegin = { manifest: manifestToWire(this.manifest), writeId: writeIdToWire(this.writeId), inlineData: data.value,
      inlineDigest: digestToBytes(defined(this.manifest.chunks[0], "a small file's one chunk digest")) };
    const answer = await requestExpecting(this.transport, { writeBegin }, ["writeDone"], this.what, this.writeDoneTimeoutMs());
    if (!answer.ok) return err(this.roundDoneFailure(answer.error));
    this.progress.advance(data.value.length);
    const checked = this.checkDone(answer.value.writeDone);
    return checked.ok ? ok({ done: checked.value, rounds: 1 }) : checked;
  }

  /** Sends the chunks `needed` with at most uploadWindowChunks outstanding; the first failure wins. */
  private async sendRound(uploadId: number, needed: readonly number[]): Promise<Result<void, ClientError>> {
    let cursor = 0;
    let failure: ClientError | null = null;
    const worker = async (): Promise<void> => {
      // Bounded: each turn takes one index of `needed`.
      while (failure === null && cursor < needed.length) {
        const index = needed[cursor];
        cursor += 1;
        assert(index !== undefined, "cursor within needed");
        const sent = await this.sendChunk(uploadId, index);
        if (!sent.ok && failure === null) failure = sent.error;
      }
    };
    const workers: Promise<void>[] = [];
    for (let i = 0; i < Math.min(uploadWindowChunks, needed.length); i += 1) workers.push(worker());
    await Promise.all(workers);
    return failure === null ? ok(undefined) : err(failure);
  }

  private async sendChunk(uploadId: number, index: number): Promise<Result<void, ClientError>> {
    const attempt = this.sends[index] ?? 0;
    this.sends[index] = attempt + 1;
    const faults = this.request.faults;
    if (faults?.drop?.(index, attempt) === true) return ok(undefined);
    const read = await this.readData(index);
    if (!read.ok) return read;
    const data = read.value;
    // The digest hashed while the manifest was made travels with the bytes: nothing here hashes
    // them again. (A fault-injected corruption sends no digest, so the codec computes the one
    // of the bytes actually sent, as a client whose file changed under it would.)
    let digest: Uint8Array | undefined = digestToBytes(defined(this.manifest.chunks[index], "a digest per chunk"));
    if (faults?.corrupt?.(index, attempt) === true) {
      data[0] = (data[0] ?? 0) ^ 0xff;
      digest = undefined;
    }
    this.chunkSends += 1;
    const acked = await requestExpecting(this.transport, { writeChunk: { uploadId, chunkIndex: index, data, digest } }, ["ack"], this.what, this.options.requestTimeoutMs);
    if (!acked.ok) return acked;
    this.progress.advance(data.length);
    return ok(undefined);
  }

  private async readData(index: number): Promise<Result<Uint8Array, ClientError>> {
    try {
      return ok(await readChunk(this.request.path, index, this.manifest.size, this.manifest.chunkBytes));
    } catch (error: unknown) {
      // A bug is not an operating error: let it reach the top level with its stack.
      if (error instanceof AssertionError) throw error;
      return err(new ClientError("failed", `${this.what}: cannot read chunk ${index} of ${this.request.path}: ${reasonOf(error)}`, { cause: error }));
    }
  }

  private bytesOf(indexes: readonly number[]): number {
    let bytes = 0;
    for (const index of indexes) bytes += chunkSizeAt(this.manifest, index);
    return bytes;
  }

  /**
   * A WriteRoundDone may be the one that hands the write to the cluster. When its answer does
   * not arrive (a timeout, the connection closed) or is TIMEOUT, the write may commit or may
   * have: the outcome is unknown. Only the same write id makes another attempt safe (a new one
   * would store a second version), so the message names it.
   * A definite refusal (the queue lost the upload, a bad request, no leader took it) stays as it is.
   */
  private roundDoneFailure(error: ClientError): ClientError {
    const lost = error.cause instanceof TransportError || error.replyCode === pb.ErrorCode.ERROR_TIMEOUT;
    if (!lost) return error;
    return new ClientError("unknown", `${this.what}: the cluster did not confirm the write (${error.message}); its outcome is unknown: it may have been stored. To retry it, applied at most once: write the same file with --write-id ${this.writeId} (within the cluster's last ${writeIdsRememberedMax.toLocaleString("en-US")} writes); stat ${this.manifest.name} shows what is stored`, { cause: error });
  }

  /** The final answer waits for a Raft commit of the whole file: scale its timeout with the size. */
  private writeDoneTimeoutMs(): number {
    const mebibytes = this.manifest.size / (1 << 20);
    return Math.min(requestTimeoutMsMax, Math.ceil(this.options.requestTimeoutMs + mebibytes * writeDoneMsPerMiB));
  }

  /** Gateway check of a WriteNeed: every index within the file, none twice. */
  private checkNeeded(need: pb.WriteNeed.$Shape): Result<readonly number[], ClientError> {
    const count = this.manifest.chunks.length;
    const needed = need.needed ?? [];
    if (needed.length > count) return err(new ClientError("failed", `${this.what}: the queue server asked for ${needed.length} chunks of ${count}`));
    const seen = new Uint8Array(count);
    for (const index of needed) {
      if (!Number.isInteger(index) || index < 0 || index >= count) return err(new ClientError("failed", `${this.what}: the queue server asked for chunk ${index}, outside 0..${count - 1}`));
      if (seen[index] === 1) return err(new ClientError("failed", `${this.what}: the queue server asked for chunk ${index} twice`));
      seen[index] = 1;
    }
    return ok([...needed]);
  }

  /** WriteDone must describe the file we sent; anything else is a server bug worth reporting. */
  private checkDone(done: pb.WriteDone.$Shape): Result<pb.WriteDone.$Shape, ClientError> {
    const digest = digestFromBytes(done.manifest?.digest);
    if (digest !== null && digest !== this.manifest.sha256) {
      return err(new ClientError("failed", `${this.what}: the cluster committed digest ${digest}, expected ${this.manifest.sha256}`));
    }
    return ok(done);
  }
}

