/**
 * verify NAME: whether every node holds every chunk of the file intact (src/client/verify.ts).
 * Prints one line per node; exit 0 when all are intact, 1 when any chunk on any node is
 * missing, corrupt or could not be asked for.
 */
import type { RoleContext } from "../../cli/run";
import { ExitError, exitCodes, type ExitCode } from "../../cli/errors";
import type { ClientOptions } from "../options";
import { verifyFile, verifyReportJson, type NodeVerdict } from "../verify";
import { argument, printJson, unwrap } from "./common";

export async function verify(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const name = argument(context, "NAME", "verify NAME");
  const report = unwrap(await verifyFile(options, name));
  if (context.config.json) printJson(context, verifyReportJson(report));
  else for (const node of report.nodes) context.stdout(`${verdictLine(node)}\n`);
  if (report.intact) return exitCodes.ok;
  const bad = report.nodes.filter((node) => node.good !== node.chunks).map((node) => node.nodeId);
  const message = `verify ${name}: not every chunk is intact on ${bad.join(", ")}`;
  // With --json the report (intact: false) is the one document on stdout; the line goes to stderr.
  if (context.config.json) {
    context.stderr(`gossamer: ${message}\n`);
    return exitCodes.failed;
  }
  throw new ExitError(exitCodes.failed, message);
}

function verdictLine(node: NodeVerdict): string {
  const head = `${node.nodeId} (${node.address}): ${node.good}/${node.chunks} chunks intact`;
  if (node.good === node.chunks) return `${head}: ok`;
  const counts = [["missing", node.missing], ["corrupt", node.corrupt], ["unreachable", node.unreachable]].filter(([, count]) => count !== 0).map(([kind, count]) => `${count} ${kind}`);
  return `${head}: ${counts.join(", ")}; first: ${node.firstFailure ?? "?"}`;
}
