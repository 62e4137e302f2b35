/**
 * The file verbs: write, read, ls, rm, stat. Each parses its arguments, calls the client
 * library and prints a human line or, with --json, exactly one JSON document on stdout that
 * carries the version and digest of every file it names.
 */
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { RoleContext } from "../../cli/run";
import { ExitError, exitCodes, type ExitCode } from "../../cli/errors";
import { err, ok } from "../../lib/result";
import { createdText, fileEntryJson, listFiles, removeFiles, type RemoveReport } from "../cluster-requests";
import { table } from "../cluster-status";
import { downloadFile, downloadReportJson, type DownloadReport } from "../download";
import { ClientError, reasonOf } from "../errors";
import { statFile } from "../file-info";
import type { ClientOptions } from "../options";
import { OutputClosedError, stdoutOutput } from "../output-file";
import { unknownRetriesDefault, unknownRetriesMax, uploadFile, uploadHashed, uploadReportJson, type UploadReport } from "../upload";
import { parseWriteId } from "../write-id";
import type { WriteId } from "../../files/write-id";
import { spoolStream, type SpooledStream } from "../spool-stream";
import { createProgress, formatBytes } from "../progress";
import { chunkCountMax } from "../../files/limits";
import { validateFileName } from "../../files/name";
import { collectSources, planDownloads } from "../tree";
import { argument, exitErrorOf, flag, positionals, printJson, stringOption, unwrap, usage, wantsProgress } from "./common";
import { finishTransfer, transferAll } from "./transfer";

const writeUsage = "write PATH [--name NAME] | write PATH... | write -r DIR...";

export async function write(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const paths = positionals(context, 1, "PATH", writeUsage);
  const recursive = flag(context, "recursive");
  const name = stringOption(context, "name");
  const retry = retryOptions(context);
  const [first] = paths;
  if (paths.length === 1 && (first === stdinPath || first === "/dev/stdin")) return writeStdin(context, options, name, retry);
  if (paths.length === 1 && first !== undefined && !recursive) {
    const report = unwrap(await uploadFile(options, { path: first, name, progress: wantsProgress(context), ...retry }));
    if (context.config.json) printJson(context, uploadReportJson(report));
    else context.stdout(`${wroteLine(report)}\n`);
    return exitCodes.ok;
  }
  if (name !== undefined) throw usage(context, "--name names one file; with several paths or -r the names come from the paths", writeUsage);
  if (retry.writeId !== undefined) throw usage(context, "--write-id is one write's id; with several paths or -r each file gets its own", writeUsage);
  const sources = unwrap(await collectSources(paths, recursive));
  for (const path of sources.skipped) context.stderr(`gossamer: write: skipped ${path}: not a regular file\n`);
  const reports: Record<string, unknown>[] = [];
  const outcome = await transferAll(context, sources.items, async (item) => {
    const result = await uploadFile(options, { path: item.path, name: item.name, progress: false, retries: retry.retries });
    if (!result.ok) return result;
    reports.push(uploadReportJson(result.value));
    if (!context.config.json) context.stdout(`${wroteLine(result.value)}\n`);
    return ok(undefined);
  });
  return finishTransfer(context, outcome, { files: reports });
}

/** `write -` (or /dev/stdin): the standard input as one file, of a length known only at its end. */
const stdinPath = "-";

/**
 * Standard input is spooled to a temp file while it is hashed (the manifest with every chunk's
 * digest must precede the chunks), then uploaded from there: memory holds one flush of the
 * spool whatever the size; the temp file is removed whatever happens.
 */
async function writeStdin(context: RoleContext, options: ClientOptions, name: string | undefined, retry: RetryOptions): Promise<ExitCode> {
  if (name === undefined) throw usage(context, "standard input has no name: give --name NAME", writeUsage);
  const valid = validateFileName(name);
  if (!valid.ok) throw new ExitError(exitCodes.failed, `write -: ${valid.error.message}`);
  const reading = createProgress(`write ${name}`, wantsProgress(context));
  reading.phase("reading standard input", 0);
  let spooled: SpooledStream;
  try {
    spooled = unwrap(await spoolStream(process.stdin, { dir: join(tmpdir(), "gossamer-spool"), name, chunkSize: options.chunkSize, bytesMax: chunkCountMax * options.chunkSize }));
  } finally {
    reading.finish();
  }
  try {
    const report = unwrap(await uploadHashed(options, { path: spooled.path, name, progress: wantsProgress(context), ...retry }, spooled.manifest));
    if (context.config.json) printJson(context, uploadReportJson(report));
    else context.stdout(`${wroteLine(report)}\n`);
    return exitCodes.ok;
  } finally {
    await spooled.discard();
  }
}

interface RetryOptions {
  readonly writeId: WriteId | undefined;
  readonly retries: number;
}

/** --write-id and --retries, checked at the gateway. */
function retryOptions(context: RoleContext): RetryOptions {
  const text = stringOption(context, "write-id");
  const writeId = text === undefined ? undefined : unwrap(parseWriteId(text));
  const retriesText = stringOption(context, "retries");
  const retries = retriesText === undefined ? unknownRetriesDefault : Number(retriesText);
  if (retriesText !== undefined && (!/^\d+$/.test(retriesText) || retries > unknownRetriesMax)) {
    throw usage(context, `--retries = ${JSON.stringify(retriesText)}: expected a whole number from 0 to ${unknownRetriesMax}`, writeUsage);
  }
  return { writeId, retries };
}

function wroteLine(report: UploadReport): string {
  const repeated = report.repeated ? " (stored by an earlier attempt of this write)" : "";
  return `wrote ${report.name}: ${formatBytes(report.size)} in ${report.chunks} chunk(s), version ${report.version}${repeated}, ${report.ms} ms`;
}

const readUsage = "read NAME [-o OUT] [--stale] | read -r [PREFIX] [-o DIR]";

export async function read(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  if (flag(context, "recursive")) return readTree(context, options);
  const name = argument(context, "NAME", readUsage);
  const output = stringOption(context, "output");
  const result = await downloadFile(options, { name, output, stale: flag(context, "stale"), progress: wantsProgress(context) });
  if (!result.ok) {
    // The reader of a pipe went away (| head): quiet, status 141, as cat or a Go tool would.
    if (result.error.cause instanceof OutputClosedError) throw new ExitError(exitCodes.brokenPipe, result.error.message, { cause: result.error });
    throw exitErrorOf(result.error);
  }
  const report = result.value;
  const toStdout = report.output === stdoutOutput;
  if (context.config.json) {
    // With `-o -` stdout carries the file itself: the document goes to stderr instead.
    const document = `${JSON.stringify(downloadReportJson(report))}\n`;
    if (toStdout) context.stderr(document);
    else context.stdout(document);
  } else if (!toStdout) {
    context.stdout(`${readLine(report)}\n`);
  }
  return exitCodes.ok;
}

function readLine(report: DownloadReport): string {
  return `read ${report.name}: ${formatBytes(report.size)} to ${report.output}, version ${report.version}, ${report.ms} ms`;
}

/** read -r PREFIX -o DIR: every file under PREFIX, to DIR at its name relative to PREFIX. */
async function readTree(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const [prefix = ""] = context.args.positionals;
  const directory = stringOption(context, "output") ?? ".";
  if (directory === stdoutOutput) throw usage(context, "-r writes files into a directory, not to standard output", readUsage);
  const stale = flag(context, "stale");
  const files = unwrap(await listFiles(options, prefix, stale));
  const items = unwrap(planDownloads(files.map((file) => file.name), prefix, directory));
  const reports: Record<string, unknown>[] = [];
  const outcome = await transferAll(context, items, async (item) => {
    try {
      await mkdir(dirname(item.path), { recursive: true });
    } catch (error: unknown) {
      return err(new ClientError("failed", `read ${item.name}: cannot create the directory of ${item.path}: ${reasonOf(error)}`, { cause: error }));
    }
    const result = await downloadFile(options, { name: item.name, output: item.path, stale, progress: false });
    if (!result.ok) return result;
    reports.push(downloadReportJson(result.value));
    if (!context.config.json) context.stdout(`${readLine(result.value)}\n`);
    return ok(undefined);
  });
  return finishTransfer(context, outcome, { files: reports });
}

export async function list(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const [prefix = ""] = context.args.positionals;
  const files = unwrap(await listFiles(options, prefix, flag(context, "stale")));
  if (context.config.json) printJson(context, { files: files.map(fileEntryJson) });
  else context.stdout(table(["NAME", "SIZE", "VERSION", "CREATED"], files.map((file) => [file.name, String(file.size), String(file.version), createdText(file)])));
  return exitCodes.ok;
}

export async function stat(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const name = argument(context, "NAME", "stat NAME [--stale]");
  const file = unwrap(await statFile(options, name, flag(context, "stale")));
  if (file === null) throw new ExitError(exitCodes.failed, `stat ${name}: not found`, { reason: "not-found" });
  const created = file.createdMs > 0 ? new Date(file.createdMs).toISOString() : "";
  if (context.config.json) {
    printJson(context, { name: file.name, size: file.size, version: file.version, digest: file.sha256, chunks: file.chunks, chunkSize: file.chunkSize, created });
    return exitCodes.ok;
  }
  const rows = [["name", file.name], ["size", `${file.size} (${formatBytes(file.size)})`], ["chunks", `${file.chunks} of up to ${file.chunkSize} bytes`],
    // Not sha256sum of the content: SHA-256 over the chunk digests (docs/protocol.md, "The file digest").
    ["digest", `sha256-of-chunks:${file.sha256}`], ["version", String(file.version)], ["created", created]];
  context.stdout(rows.map(([key, value]) => `${(key ?? "").padEnd(8)} ${value ?? ""}\n`).join(""));
  return exitCodes.ok;
}

const rmUsage = "rm NAME... | rm --prefix PREFIX (--yes | --dry-run)";

/**
 * rm NAME...: removes each named file, reports the ones that did not exist (exit 1 if any).
 * rm --prefix P: every file under P, which is destructive enough to ask for --yes, or
 * --dry-run to see the list first (as mc rm --recursive --force, etcdctl del --prefix).
 */
export async function remove(context: RoleContext, options: ClientOptions): Promise<ExitCode> {
  const prefix = stringOption(context, "prefix");
  const dryRun = flag(context, "dry-run");
  if (dryRun && flag(context, "yes")) throw usage(context, "--yes and --dry-run contradict each other", rmUsage);
  if (prefix === undefined) {
    const names = positionals(context, 1, "NAME", rmUsage);
    if (dryRun) return printPlan(context, names, names.map((name) => ({ name })), "named");
    return reportRemoval(context, unwrap(await removeFiles(options, names)), names.length);
  }
  if (context.args.positionals.length > 0) throw usage(context, "give names or --prefix, not both", rmUsage);
  if (prefix === "") throw usage(context, "--prefix needs a non-empty prefix (every file would match)", rmUsage);
  const files = unwrap(await listFiles(options, prefix, false));
  if (dryRun) return printPlan(context, files.map((file) => file.name), files.map(fileEntryJson), `under ${JSON.stringify(prefix)}`);
  if (!flag(context, "yes")) {
    const sample = files.slice(0, 3).map((file) => file.name).join(", ");
    throw usage(context, `--prefix ${JSON.stringify(prefix)} matches ${files.length} file(s)${files.length > 0 ? ` (${sample}${files.length > 3 ? ", ..." : ""})` : ""}: add --yes to remove them, or --dry-run to list them`, rmUsage);
  }
  return reportRemoval(context, unwrap(await removeFiles(options, files.map((file) => file.name))), files.length);
}

function printPlan(context: RoleContext, names: readonly string[], files: readonly unknown[], which: string): ExitCode {
  if (context.config.json) printJson(context, { dryRun: true, count: names.length, files });
  else context.stdout(`${names.map((name) => `would remove ${name}\n`).join("")}${names.length} file(s) ${which} would be removed (dry run: nothing was)\n`);
  return exitCodes.ok;
}

function reportRemoval(context: RoleContext, report: RemoveReport, asked: number): ExitCode {
  const removed = report.outcomes.filter((outcome) => outcome.existed).map((outcome) => outcome.name);
  const missing = report.outcomes.filter((outcome) => !outcome.existed).map((outcome) => outcome.name);
  const failure = report.failure === null ? null : exitErrorOf(report.failure);
  if (context.config.json) {
    const error = failure === null ? null : { code: failure.reason, message: failure.message, exit: failure.code };
    printJson(context, { removed, missing, count: removed.length, ...(error === null ? {} : { error }) });
  } else {
    context.stdout(removed.map((name) => `removed ${name}\n`).join(""));
  }
  for (const name of missing) context.stderr(`gossamer: rm ${name}: no such file in the cluster\n`);
  if (failure !== null) {
    context.stderr(`gossamer: ${failure.message} (removed ${removed.length} of ${asked} before it)\n`);
    return failure.code;
  }
  return missing.length > 0 ? exitCodes.failed : exitCodes.ok;
}
