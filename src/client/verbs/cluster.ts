/** The cluster verbs: status, ping, remove-node. */
import type { RoleContext } from "../../cli/run";
import { ExitError, exitCodes, type ExitCode } from "../../cli/errors";
import { parseHostPort } from "../../cli/host-port";
import { addMember, listMembers, promoteMember, removeNode, transferLeader } from "../cluster-requests";
import { fetchStatus, statusJson, statusTable, table } from "../cluster-status";
import type { ClientOptions } from "../options";
import { pingClusters, pingLines } from "../ping";
import { backupTo, type BackupReport } from "../backup";
import { stdoutOutput } from "../output-file";
import { createProgress, formatBytes } from "../progress";
import { argument, flag, printJson, stringOption, unwrap, usage, wantsProgress } from "./common";

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
  if (result.found) return exitCodes.ok;
  const message = `ping: ${target === "" ? "not every cluster was reached" : `cluster ${target} not found`}: ${result.reason}`;
  // Under --json the result above is the one document on stdout; the failure is said on stderr.
  if (!context.config.json) throw new ExitError(exitCodes.failed, message);
  context.stderr(`gossamer: ${message}\n`);
  return exitCodes.failed;
}

/** backup -o FILE */
export async function backup(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const output = stringOption(context, "output");
  if (output === undefined) throw usage(context, "missing -o FILE", "backup -o FILE");
  const progress = createProgress("backup", wantsProgress(context));
  let report: BackupReport;
  try {
    report = unwrap(await backupTo(options, output, progress));
  } finally {
    progress.finish();
  }
  const document = { output: report.output, node: report.node, bytes: report.bytes, digest: report.digest, appliedIndex: report.appliedIndex, ms: report.ms };
  // With `-o -` stdout carries the backup itself: the report goes to stderr.
  const write = output === stdoutOutput ? context.stderr : context.stdout;
  if (context.config.json) write(`${JSON.stringify(document)}\n`);
  else write(`backup of ${report.node} at index ${report.appliedIndex}: ${formatBytes(report.bytes)} to ${report.output}, sha256 ${report.digest}, ${report.ms} ms\n`);
  return exitCodes.ok;
}

const memberUsage = "member list | member add ID HOST:PORT [--learner] | member promote ID";

/** member list | member add ID HOST:PORT [--learner] | member promote ID */
export async function member(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const [action, id, address] = context.args.positionals;
  switch (action) {
    case "list":
      if (id !== undefined) throw usage(context, "member list takes no more arguments", memberUsage);
      return memberList(context, options);
    case "add": {
      if (id === undefined || address === undefined) throw usage(context, "member add needs ID and HOST:PORT", memberUsage);
      if (parseHostPort(address) === null) throw usage(context, `member add: ${JSON.stringify(address)} is not HOST:PORT`, memberUsage);
      const learner = flag(context, "learner");
      unwrap(await addMember(options, id, address, learner));
      return done(context, { id, address, role: learner ? "learner" : "voter" }, `added ${id} (${address}) as a ${learner ? "learner" : "voter"}`);
    }
    case "promote":
      if (id === undefined || address !== undefined) throw usage(context, "member promote needs exactly one ID", memberUsage);
      unwrap(await promoteMember(options, id));
      return done(context, { id, role: "voter" }, `promoted ${id} to voter`);
    default:
      throw usage(context, action === undefined ? "missing list, add or promote" : `unknown member action ${JSON.stringify(action)}`, memberUsage);
  }
}

async function memberList(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const view = unwrap(await listMembers(options));
  if (context.config.json) {
    printJson(context, view);
    return exitCodes.ok;
  }
  context.stdout(`leader ${view.leader}, term ${view.term}, commit ${view.commit}\n`);
  context.stdout(table(["ID", "ADDRESS", "ROLE", "MATCH"], view.members.map((entry) => [entry.id, entry.address, entry.leader ? `${entry.role} (leader)` : entry.role, String(entry.match)])));
  return exitCodes.ok;
}

export async function transferLeaderVerb(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const id = argument(context, "ID", "transfer-leader ID");
  unwrap(await transferLeader(options, id));
  return done(context, { leader: id }, `${id} is the leader`);
}

function done(context: RoleContext, document: Record<string, unknown>, line: string): ExitCode {
  if (context.config.json) printJson(context, document);
  else context.stdout(`${line}\n`);
  return exitCodes.ok;
}
