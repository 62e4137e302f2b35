/**
 * Checks the local file a write uploads, before anything touches the network: it exists, is a
 * regular file (not a directory), can be opened for reading, and fits the protocol's bounds.
 * Each failure is one clear line naming the path.
 */
import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { err, ok, type Result } from "../lib/result";
import { validateFileName } from "../files/name";
import { chunkCountMax } from "../files/limits";
import { chunkCountOf } from "../files/manifest";
import { ClientError, reasonOf } from "./errors";

export interface SourceFile {
  readonly path: string;
  /** The name to store the file under: --name, else the file's base name. Valid. */
  readonly name: string;
  readonly size: number;
}

export async function checkSourceFile(path: string, name: string | undefined, chunkSize: number): Promise<Result<SourceFile, ClientError>> {
  const storedName = name ?? basename(path);
  const valid = validateFileName(storedName);
  if (!valid.ok) return err(new ClientError("failed", `write ${path}: ${valid.error.message}`));
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(new ClientError("failed", `write ${path}: is a directory, not a file (write -r ${path} uploads the files in it)`));
    if (!info.isFile()) return err(new ClientError("failed", `write ${path}: not a regular file`));
    size = info.size;
  } catch (error: unknown) {
    return err(new ClientError("failed", `write ${path}: ${fileProblem(error)}`, { cause: error }));
  }
  try {
    // stat succeeds on a file we may not read; opening it is the only honest check.
    const handle = await open(path, constants.O_RDONLY);
    await handle.close();
  } catch (error: unknown) {
    return err(new ClientError("failed", `write ${path}: ${fileProblem(error)}`, { cause: error }));
  }
  const count = chunkCountOf(size, chunkSize);
  if (count > chunkCountMax) {
    return err(new ClientError("failed", `write ${path}: ${size} bytes is ${count} chunks of ${chunkSize}, more than ${chunkCountMax}; raise --chunk-size`));
  }
  return ok({ path, name: storedName, size });
}

export function fileProblem(error: unknown): string {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  if (code === "ENOTDIR") return "a parent is not a directory";
  return reasonOf(error);
}
