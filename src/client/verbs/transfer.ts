/**
 * Many transfers from one verb (write PATH..., write -r, read -r): at most treeParallel at a
 * time, each failure reported on its own line while the rest go on, except that once the
 * cluster is unavailable no new transfer starts; one summary document under --json.
 */
import type { RoleContext } from "../../cli/run";
import { exitCodes, type ExitCode, type ExitError } from "../../cli/errors";
import { forEachBounded } from "../../lib/bounded-parallel";
import type { Result } from "../../lib/result";
import type { ClientError } from "../errors";
import { treeParallel, type TreeItem } from "../tree";
import { exitErrorOf, printJson } from "./common";

export interface TransferOutcome {
  readonly count: number;
  readonly failed: readonly { readonly path: string; readonly name: string; readonly error: ExitError }[];
  /** Items never started because the cluster became unavailable. */
  readonly notStarted: number;
}

/**
 * Moves every item, at most treeParallel at a time; a failure is reported and the rest go on,
 * except that once the cluster is unavailable no new transfer starts.
 */
export async function transferAll(context: RoleContext, items: readonly TreeItem[], move: (item: TreeItem) => Promise<Result<void, ClientError>>): Promise<TransferOutcome> {
  const failed: { path: string; name: string; error: ExitError }[] = [];
  const started = await forEachBounded(items, treeParallel, async (item) => {
    const moved = await move(item);
    if (moved.ok) return "continue";
    const error = exitErrorOf(moved.error);
    failed.push({ path: item.path, name: item.name, error });
    context.stderr(`gossamer: ${error.message}\n`);
    return moved.error.kind === "unavailable" ? "stop" : "continue";
  });
  return { count: items.length, failed, notStarted: items.length - started };
}

/** Prints the summary document and picks the exit status: the worst failure's (3 over 1). */
export function finishTransfer(context: RoleContext, outcome: TransferOutcome, document: Record<string, unknown>): ExitCode {
  const failed = outcome.failed.map((failure) => ({ path: failure.path, name: failure.name, error: { code: failure.error.reason, message: failure.error.message, exit: failure.error.code } }));
  if (context.config.json) printJson(context, { ...document, failed, notStarted: outcome.notStarted, count: outcome.count });
  if (outcome.notStarted > 0) context.stderr(`gossamer: ${outcome.notStarted} of ${outcome.count} file(s) not attempted: the cluster is unavailable\n`);
  if (outcome.failed.length === 0) return exitCodes.ok;
  return outcome.failed.some((failure) => failure.error.code === exitCodes.unavailable) ? exitCodes.unavailable : exitCodes.failed;
}
