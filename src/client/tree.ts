/**
 * Many files at once: the local sources of `write PATH... [-r]` (each file under its base name,
 * each directory walked with names relative to it) and the local targets of `read -r PREFIX -o
 * DIR` (each file under DIR at its name relative to PREFIX, never outside DIR). Pure planning
 * plus a bounded directory walk; the transfers are the verbs' (with forEachBounded).
 */
import { opendir, stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { validateFileName } from "../files/name";
import { ClientError } from "./errors";
import { fileProblem } from "./source-file";

/** Files one tree transfer takes; a larger tree is refused before anything moves. */
export const treeFilesMax = 100_000;
/** Transfers in flight at once: enough to keep a cluster busy, few enough to spare its queue. */
export const treeParallel = 4;
assert(treeParallel >= 1, "a tree moves at least one file at a time");

export interface TreeItem {
  /** The local file. */
  readonly path: string;
  /** The name in the cluster. */
  readonly name: string;
}

export interface Sources {
  readonly items: readonly TreeItem[];
  /** Entries of walked directories that are not regular files (links, sockets, ...): left out, and said so. */
  readonly skipped: readonly string[];
}

export async function collectSources(paths: readonly string[], recursive: boolean): Promise<Result<Sources, ClientError>> {
  const items: TreeItem[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error: unknown) {
      return err(new ClientError("failed", `write ${path}: ${fileProblem(error)}`, { cause: error }));
    }
    if (!isDirectory) {
      items.push({ path, name: basename(path) });
      continue;
    }
    if (!recursive) return err(new ClientError("failed", `write ${path}: is a directory (write -r ${path} uploads the files in it)`));
    const walked = await walk(path, items, skipped);
    if (!walked.ok) return walked;
  }
  return checkNames(items, skipped);
}

/** Appends the regular files under `root` to `items`, named by their path relative to root. */
async function walk(root: string, items: TreeItem[], skipped: string[]): Promise<Result<void, ClientError>> {
  const pending = [root];
  // Bounded: every directory is visited once, and the files found are bounded by treeFilesMax.
  while (pending.length > 0) {
    const directory = pending.pop() as string;
    try {
      for await (const entry of await opendir(directory)) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) pending.push(path);
        else if (entry.isFile()) items.push({ path, name: relative(root, path).split(sep).join("/") });
        else skipped.push(path);
        if (items.length + pending.length > treeFilesMax) {
          return err(new ClientError("failed", `write -r ${root}: more than ${treeFilesMax} files; upload it in parts`));
        }
      }
    } catch (error: unknown) {
      return err(new ClientError("failed", `write -r ${root}: ${directory}: ${fileProblem(error)}`, { cause: error }));
    }
  }
  return ok(undefined);
}

/** Every name valid and distinct, in name order: a bad tree is refused before anything moves. */
function checkNames(items: TreeItem[], skipped: readonly string[]): Result<Sources, ClientError> {
  if (items.length > treeFilesMax) return err(new ClientError("failed", `write: more than ${treeFilesMax} files at once`));
  const byName = new Map<string, string>();
  for (const item of items) {
    const valid = validateFileName(item.name);
    if (!valid.ok) return err(new ClientError("failed", `write ${item.path}: ${valid.error.message}`));
    const other = byName.get(item.name);
    if (other !== undefined) return err(new ClientError("failed", `write: ${other} and ${item.path} would both be stored as ${item.name}`));
    byName.set(item.name, item.path);
  }
  const sorted = items.toSorted((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
  return ok({ items: sorted, skipped });
}

/**
 * Where `read -r PREFIX -o DIR` puts each file: DIR/ + its name without PREFIX (and a leading
 * "/"). A target outside DIR (which a valid name cannot make, but the names come from the
 * network) or two files on one path are refused.
 */
export function planDownloads(names: readonly string[], prefix: string, directory: string): Result<readonly TreeItem[], ClientError> {
  assert(names.length <= treeFilesMax, "a listing is bounded");
  const root = resolve(directory);
  const seen = new Set<string>();
  const items: TreeItem[] = [];
  for (const name of names) {
    assert(name.startsWith(prefix), "listed under the prefix");
    const rest = name.slice(prefix.length).replace(/^\/+/, "");
    const path = resolve(root, rest === "" ? basename(name) : rest);
    if (!path.startsWith(`${root}${sep}`)) return err(new ClientError("failed", `read -r: ${name} would be written outside ${directory}`));
    if (seen.has(path)) return err(new ClientError("failed", `read -r: two files would be written to ${path}`));
    seen.add(path);
    items.push({ path, name });
  }
  return ok(items);
}
