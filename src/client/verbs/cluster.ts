/** The cluster verbs: status, ping, remove-node. */
import type { RoleContext } from "../../cli/run";
import { ExitError, exitCodes, type ExitCode } from "../../cli/errors";
import { removeNode } from "../cluster-requests";
import { fetchStatus, statusJson, statusTable } from "../cluster-status";
import type { ClientOptions } from "../options";
import { pingClusters, pingLines } from "../ping";
import { argument, printJson, unwrap } from "./common";

export async function status(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const clusterStatus = unwrap(await fetchStatus(options));
  if (context.config.json) printJson(context, statusJson(clusterStatus));
  else context.stdout(statusTable(clusterStatus));
  if (clusterStatus.quorum) return exitCodes.ok;
  // The table (or document) is still the truth an operator needs; the status says it is bad.
  const down = clusterStatus.nodes.filter((node) => node.role === "unreachable").map((node) => node.id);
  context.stderr(`gossamer: status: cluster ${clusterStatus.cluster} has no leader that answered recently (no quorum)${down.length > 0 ? `; unreachable: ${down.join(", ")}` : ""}\n`);
  return exitCodes.unavailable;
}

export async function removeNodeVerb(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const nodeId = argument(context, "ID", "remove-node ID");
  unwrap(await removeNode(options, nodeId));
  if (context.config.json) printJson(context, { nodeId, removed: true });
  else context.stdout(`removed node ${nodeId}\n`);
  return exitCodes.ok;
}

/** `--cluster` names the target here; without it the ping visits every registered cluster. */
export async function ping(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const flag = context.args.settings.cluster?.value;
  const target = context.args.settings.cluster?.source === "flag" && typeof flag === "string" ? flag : "";
  const result = unwrap(await pingClusters(options, target));
  if (context.config.json) printJson(context, result);
  else context.stdout(pingLines(result));
  if (!result.found) throw new ExitError(exitCodes.failed, `ping: ${target === "" ? "not every cluster was reached" : `cluster ${target} not found`}: ${result.reason}`);
  return exitCodes.ok;
}
