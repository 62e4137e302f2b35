/**
 * The client's side of write ids (src/files/write-id.ts): a fresh random id per logical write,
 * or the one a script gives with --write-id to retry a write an earlier process started.
 */
import { randomBytes } from "node:crypto";
import { err, ok, type Result } from "../lib/result";
import { assert } from "../lib/assert";
import { isWriteId, writeIdBytes, type WriteId } from "../files/write-id";
import { ClientError } from "./errors";

export function newWriteId(): WriteId {
  const id = randomBytes(writeIdBytes).toString("hex");
  assert(isWriteId(id), "16 random bytes in hex are a write id");
  return id;
}

/** The gateway for --write-id: 32 hex characters (either case; stored lowercase). */
export function parseWriteId(text: string): Result<WriteId, ClientError> {
  const id = text.toLowerCase();
  if (!isWriteId(id)) return err(new ClientError("usage", `--write-id = ${JSON.stringify(text.slice(0, 80))}: expected 32 hex characters (the writeId a write printed)`));
  return ok(id);
}
