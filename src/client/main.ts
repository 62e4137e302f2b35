/**
 * The client role: `--role client <verb> ...`. Parses the verb's arguments, calls the library
 * function (upload.ts, download.ts, cluster-requests.ts, cluster-status.ts) and prints either
 * a human line or, with --json, exactly one JSON document on stdout. Failures become an
 * ExitError: one clear line on stderr and the documented exit code (0 ok, 1 failed, 2 usage,
 * 3 unavailable).
 */
import type { RoleContext, RoleRunner } from "../cli/run";
import { ExitError, exitCodes, type ExitCode } from "../cli/errors";
import { assert } from "../lib/assert";
import type { Result } from "../lib/result";
import { listFiles, removeFile, removeNode, type FileEntry } from "./cluster-requests";
import { fetchStatus, statusJson, statusTable, table } from "./cluster-status";
import { downloadFile, downloadReportJson } from "./download";
import { exitCodeOf, type ClientError } from "./errors";
import { clientOptionsFrom, type ClientOptions } from "./options";
import { formatBytes } from "./progress";
import { stdoutOutput } from "./output-file";
import { uploadFile, uploadReportJson } from "./upload";
import { pingClusters, pingLines } from "./ping";

export const runClient: RoleRunner = async (context) => {
  const options = clientOptionsFrom(context.config, context.args, context.logger);
  const verb = context.args.command;
  switch (verb) {
    case "write":
      return write(context, unwrap(options));
    case "read":
      return read(context, unwrap(options));
    case "ls":
      return list(context, unwrap(options));
    case "rm":
      return remove(context, unwrap(options));
    case "status":
      return status(context, unwrap(options));
    case "remove-node":
      return removeNodeVerb(context, unwrap(options));
    case "ping":
      return ping(context, unwrap(options));
    default:
      throw new ExitError(exitCodes.usage, `unknown client verb ${JSON.stringify(verb)}: expected one of write, read, ls, rm, status, ping, remove-node`);
  }
};

/** A failed Result ends the process with its exit code and message. */
function unwrap<T>(result: Result<T, ClientError>): T {
  if (result.ok) return result.value;
  throw new ExitError(exitCodeOf(result.error.kind), result.error.message, { cause: result.error });
}

/** The single positional a verb needs, or a usage error naming it. */
function argument(context: RoleContext, what: string, usage: string, optional = false): string | null {
  const positionals = context.args.positionals;
  if (positionals.length > 1) throw new ExitError(exitCodes.usage, `${context.args.command ?? "client"}: too many arguments; usage: ${usage}`);
  const value = positionals[0];
  if (value === undefined || value === "") {
    if (optional) return null;
    throw new ExitError(exitCodes.usage, `${context.args.command ?? "client"}: missing ${what}; usage: ${usage}`);
  }
  return value;
}

function stringOption(context: RoleContext, name: "name" | "output"): string | undefined {
  const value = context.args.options[name];
  if (value === undefined) return undefined;
  assert(typeof value === "string", "value options carry a string");
  return value;
}

/** Progress bars only for a person watching: a terminal on stderr, and not --json. */
function wantsProgress(context: RoleContext): boolean {
  return !context.config.json && process.stderr.isTTY === true;
}

function printJson(context: RoleContext, document: unknown): void {
  context.stdout(`${JSON.stringify(document)}\n`);
}

async function write(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const path = argument(context, "PATH", "write PATH [--name NAME]");
  assert(path !== null, "PATH is required");
  const report = unwrap(await uploadFile(options, { path, name: stringOption(context, "name"), progress: wantsProgress(context) }));
  if (context.config.json) printJson(context, uploadReportJson(report));
  else context.stdout(`wrote ${report.name}: ${formatBytes(report.size)} in ${report.chunks} chunk(s), version ${report.version}, ${report.ms} ms\n`);
  return exitCodes.ok;
}

async function read(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const name = argument(context, "NAME", "read NAME [-o OUT] [--stale]");
  assert(name !== null, "NAME is required");
  const output = stringOption(context, "output");
  const report = unwrap(await downloadFile(options, { name, output, stale: context.args.options.stale === true, progress: wantsProgress(context) }));
  const toStdout = report.output === stdoutOutput;
  if (context.config.json) {
    // With `-o -` stdout carries the file itself: the document goes to stderr instead.
    const document = `${JSON.stringify(downloadReportJson(report))}\n`;
    if (toStdout) process.stderr.write(document);
    else context.stdout(document);
  } else if (!toStdout) {
    context.stdout(`read ${report.name}: ${formatBytes(report.size)} to ${report.output}, version ${report.version}, ${report.ms} ms\n`);
  }
  return exitCodes.ok;
}

async function list(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const prefix = argument(context, "PREFIX", "ls [PREFIX]", true) ?? "";
  const files = unwrap(await listFiles(options, prefix, context.args.options.stale === true));
  if (context.config.json) printJson(context, { files: files.map(fileJson) });
  else context.stdout(table(["NAME", "SIZE", "VERSION", "CREATED"], files.map((file) => [file.name, String(file.size), String(file.version), created(file)])));
  return exitCodes.ok;
}

function fileJson(file: FileEntry): Record<string, unknown> {
  return { name: file.name, size: file.size, version: file.version, created: created(file) };
}

function created(file: FileEntry): string {
  return file.createdMs > 0 ? new Date(file.createdMs).toISOString() : "";
}

async function remove(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const name = argument(context, "NAME", "rm NAME");
  assert(name !== null, "NAME is required");
  const removed = unwrap(await removeFile(options, name));
  if (!removed.existed) throw new ExitError(exitCodes.failed, `rm ${name}: no such file in the cluster`);
  if (context.config.json) printJson(context, { name, existed: true });
  else context.stdout(`removed ${name}\n`);
  return exitCodes.ok;
}

async function status(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  if (context.args.positionals.length > 0) throw new ExitError(exitCodes.usage, "status takes no arguments");
  const clusterStatus = unwrap(await fetchStatus(options));
  if (context.config.json) printJson(context, statusJson(clusterStatus));
  else context.stdout(statusTable(clusterStatus));
  return exitCodes.ok;
}

async function removeNodeVerb(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const nodeId = argument(context, "ID", "remove-node ID");
  assert(nodeId !== null, "ID is required");
  unwrap(await removeNode(options, nodeId));
  if (context.config.json) printJson(context, { nodeId, removed: true });
  else context.stdout(`removed node ${nodeId}\n`);
  return exitCodes.ok;
}

/** `--cluster` names the target here; without it the ping visits every registered cluster. */
async function ping(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const flag = context.args.settings.cluster?.value;
  const target = context.args.settings.cluster?.source === "flag" && typeof flag === "string" ? flag : "";
  const result = unwrap(await pingClusters(options, target));
  if (context.config.json) printJson(context, result);
  else context.stdout(pingLines(result));
  if (!result.found) throw new ExitError(exitCodes.failed, `ping: ${target === "" ? "not every cluster was reached" : `cluster ${target} not found`}: ${result.reason}`);
  return exitCodes.ok;
}
