/**
 * Where a read's bytes go: OUT through a temp file beside it, made visible only by a rename
 * after the whole-file digest checked out and the data was fsynced, so OUT is never partial
 * (a failed read leaves OUT as it was: absent or the previous file). `-` streams to stdout,
 * which cannot be atomic: a digest mismatch there is reported after the bytes went out.
 *
 * The temp file is created when the output is prepared, before anything is fetched, so an
 * unwritable output (missing directory, OUT a directory, no permission) fails first. An OUT that
 * exists and is not a regular file (/dev/null, a FIFO) is written in place, like stdout.
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { open, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { ClientError } from "./errors";
import { fileProblem } from "./source-file";

export const stdoutOutput = "-";

export interface OutputSink {
  /** What the user named: a path, or "-" for stdout. */
  readonly output: string;
  /** Appends `bytes` (the caller writes chunks in order); once it resolves, the caller may reuse them. */
  write(bytes: Uint8Array): Promise<void>;
  /** Makes the output visible: fsync, close, rename over OUT. */
  commit(): Promise<void>;
  /** Drops the temp file; OUT is untouched. Idempotent, never throws. */
  abort(): Promise<void>;
}

/**
 * Bytes to stdout, honouring backpressure so a slow pipe never makes us buffer the file. Resolves
 * once the bytes are written out (not merely queued): the caller reuses the buffer after that.
 */
export type ByteWriter = (bytes: Uint8Array) => Promise<void>;

export async function prepareOutput(output: string, stdout: ByteWriter = writeStdout): Promise<Result<OutputSink, ClientError>> {
  if (output === stdoutOutput) return ok(stdoutSink(stdout));
  const target = resolve(output);
  const directory = dirname(target);
  try {
    const info = await stat(target);
    if (info.isDirectory()) return err(new ClientError("failed", `read: output ${output} is a directory`));
    // A device or a pipe (`-o /dev/null`, a FIFO): written in place. A temp file renamed over
    // it would replace /dev/null itself with a regular file, for every program on the machine.
    if (!info.isFile()) return await openInPlace(output, target);
  } catch (error: unknown) {
    if (!(error instanceof Error && "code" in error && error.code === "ENOENT")) {
      return err(new ClientError("failed", `read: output ${output}: ${fileProblem(error)}`, { cause: error }));
    }
  }
  const temp = join(directory, `.${basename(target)}.gossamer-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  } catch (error: unknown) {
    const problem = error instanceof Error && "code" in error && error.code === "ENOENT" ? "no such directory" : fileProblem(error);
    return err(new ClientError("failed", `read: output ${output} is not writable: ${directory}: ${problem}`, { cause: error }));
  }
  return ok(fileSink(output, target, temp, handle));
}

/** OUT that is not a regular file: no temp file, no rename, no fsync (nothing to make durable or atomic). */
async function openInPlace(output: string, target: string): Promise<Result<OutputSink, ClientError>> {
  let handle: FileHandle;
  try {
    handle = await open(target, constants.O_WRONLY);
  } catch (error: unknown) {
    return err(new ClientError("failed", `read: output ${output} is not writable: ${fileProblem(error)}`, { cause: error }));
  }
  let isOpen = true;
  const close = async (): Promise<void> => {
    if (!isOpen) return;
    isOpen = false;
    await handle.close().catch(() => undefined);
  };
  return ok({
    output,
    write: async (bytes) => {
      assert(isOpen, "writes only before commit or abort");
      await writeAll(handle, bytes);
    },
    commit: close,
    abort: close,
  });
}

/** Bounded: each turn writes at least one byte or throws. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    assert(bytesWritten > 0, "a write makes progress");
    offset += bytesWritten;
  }
}

function fileSink(output: string, target: string, temp: string, handle: FileHandle): OutputSink {
  let state: "open" | "committed" | "aborted" = "open";
  return {
    output,
    async write(bytes) {
      assert(state === "open", "writes only before commit or abort");
      await writeAll(handle, bytes);
    },
    async commit() {
      assert(state === "open", "commit once");
      // Durable before visible: a crash after the rename must not expose a file of holes.
      await handle.sync();
      await handle.close();
      await rename(temp, target);
      state = "committed";
      await syncDirectory(dirname(target));
    },
    async abort() {
      if (state !== "open") return;
      state = "aborted";
      await handle.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    },
  };
}

/** Makes the rename itself durable; some filesystems refuse to open a directory, which is fine. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not all platforms allow fsync on a directory; the file's data is already durable and
    // the rename is done, so there is nothing to report or undo.
  }
}

function stdoutSink(stdout: ByteWriter): OutputSink {
  return {
    output: stdoutOutput,
    write: stdout,
    commit: async () => undefined,
    abort: async () => undefined,
  };
}

/**
 * The reader of a pipe went away (`read NAME -o - | head -c 10`): nothing more can be written.
 * Not a failure of the read; the CLI exits quietly with status 141, as a program killed by
 * SIGPIPE does (cat, or any Go tool), so `set -o pipefail` scripts see it the usual way.
 */
export class OutputClosedError extends Error {
  override readonly name = "OutputClosedError";
  constructor(readonly output: string, options?: { readonly cause?: unknown }) {
    super(`${output === stdoutOutput ? "standard output" : output} was closed by its reader`, options);
  }
}

/**
 * A ByteWriter over a stream: each write resolves when the stream has written that chunk out
 * (its write callback), which is both the backpressure (one chunk at a time, a slow pipe slows
 * the read) and the moment the caller may reuse the buffer. A stream that errors (EPIPE) or
 * closes before that rejects with OutputClosedError instead of waiting forever (a closed pipe
 * never calls back).
 */
export function streamWriter(stream: Writable, output = stdoutOutput): ByteWriter {
  let closed: Error | null = null;
  // Kept for the stream's life: an EPIPE reported between two writes must not be unhandled.
  stream.on("error", (error) => {
    closed ??= error;
  });
  return async (bytes) => {
    if (closed !== null || !stream.writable) throw new OutputClosedError(output, { cause: closed });
    await new Promise<void>((resolveWritten, rejectClosed) => {
      const cleanup = (): void => {
        stream.removeListener("error", onClosed);
        stream.removeListener("close", onClosed);
      };
      const onClosed = (error?: Error | null): void => {
        cleanup();
        rejectClosed(new OutputClosedError(output, { cause: error ?? closed }));
      };
      stream.once("error", onClosed);
      stream.once("close", onClosed);
      stream.write(bytes, (error) => {
        if (error !== null && error !== undefined) return onClosed(error);
        cleanup();
        resolveWritten();
      });
      // The error may have come with this very write, before the listeners were attached.
      if (closed !== null || !stream.writable) onClosed();
    });
  };
}

let stdoutWriter: ByteWriter | null = null;

function writeStdout(bytes: Uint8Array): Promise<void> {
  stdoutWriter ??= streamWriter(process.stdout);
  return stdoutWriter(bytes);
}
