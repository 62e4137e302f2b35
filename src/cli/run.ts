/**
 * The top level: parse argv, load the configuration, dispatch to a role. The only place that
 * turns errors into exit statuses: user errors print one line, bugs print their stack.
 */
import packageJson from "../../package.json" with { type: "json" };
import { parseArgs, scanArgs, type ParsedArgs, type ScannedArgs } from "./args";
import { clientVerbs } from "./commands";
import { envName, isRole, loadConfig, readConfigFile, readProfile, roleFromSources, roles, type Config, type RawSettings, type Role } from "./config";
import { ConfigError, ExitError, UsageError, exitCodes, type ErrorReason, type ExitCode } from "./errors";
import { commandHelp, mainHelp } from "./help";
import { framesUnsealed, unsealedFramesVariable } from "../net/frame-seal";
import { createLogger, jsonOfFormat, type Logger } from "../lib/logger";

export const version: string = packageJson.version;

export interface RoleContext {
  readonly config: Config;
  readonly args: ParsedArgs;
  readonly logger: Logger;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export type RoleRunner = (context: RoleContext) => Promise<ExitCode>;

export interface Runners {
  readonly node: RoleRunner;
  readonly queue: RoleRunner;
  readonly client: RoleRunner;
  readonly demo: RoleRunner;
}

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export async function run(argv: readonly string[], runners: Runners, io: Io): Promise<ExitCode> {
  const outcome: Outcome = { json: jsonAsked(argv, io.env) };
  try {
    return await dispatch(argv, runners, io, outcome);
  } catch (error: unknown) {
    const failure = exitOf(error);
    if (failure === null) throw error;
    // A closed pipe is the reader's choice, not a failure worth a word (and stdout is gone).
    if (failure.code === exitCodes.brokenPipe) return failure.code;
    io.stderr(`gossamer: ${failure.message}\n`);
    if (outcome.json) io.stdout(`${JSON.stringify({ error: { code: failure.reason, message: failure.message, exit: failure.code } })}\n`);
    return failure.code;
  }
}

/** Whether errors are printed as JSON too: --json, or json = true in the loaded configuration. */
interface Outcome {
  json: boolean;
}

/** Before the configuration is loaded (a usage error), --json and GOSSAMER_JSON decide. */
function jsonAsked(argv: readonly string[], env: Io["env"]): boolean {
  const fromEnv = env[envName("json")];
  return argv.includes("--json") || fromEnv === "true" || fromEnv === "1";
}

function exitOf(error: unknown): { readonly code: ExitCode; readonly message: string; readonly reason: ErrorReason } | null {
  if (error instanceof ConfigError) return { code: exitCodes.usage, message: `bad configuration: ${error.message}`, reason: "config" };
  if (error instanceof UsageError) return { code: exitCodes.usage, message: error.message, reason: "usage" };
  if (error instanceof ExitError) return { code: error.code, message: error.message, reason: error.reason };
  return null;
}

async function dispatch(argv: readonly string[], runners: Runners, io: Io, outcome: Outcome): Promise<ExitCode> {
  const scanned = scanArgs(argv);
  if (scanned.version) {
    io.stdout(`gossamer ${version}\n`);
    return exitCodes.ok;
  }
  const file = scanned.configFile === null ? undefined : readConfigFile(scanned.configFile, io.cwd);
  const role = chooseRole(scanned, io.env, file);
  if (role === null) {
    if (scanned.help) {
      io.stdout(mainHelp(version));
      return exitCodes.ok;
    }
    throw new UsageError(scanned.command === null ? "--role is required: one of node, queue, client (or the command demo); see --help" : `unknown command ${JSON.stringify(scanned.command)}: use --role node|queue|client (or GOSSAMER_ROLE, or role in a config file), or demo; see --help`);
  }
  const args = parseArgs(argv, role);
  if (args.help) {
    io.stdout(commandHelp(role, args.command));
    return exitCodes.ok;
  }
  const flags = role === "demo" ? { ...args.settings, role: { value: "client", source: "flag" } } : { ...args.settings, role: { value: role, source: "flag" } };
  const profile = role === "client" ? readProfile(args.profileFile, io.env, io.cwd) : null;
  const config = loadConfig({ flags, env: io.env, cwd: io.cwd, file, profile: profile?.settings });
  outcome.json = config.json;
  const logger = createLogger({ level: config.logLevel, json: jsonOfFormat(config.logFormat), write: (line) => io.stderr(`${line}\n`) }, config.role === "client" ? {} : { role: config.role, ...(config.role === "node" ? { node: config.id } : {}) });
  if (profile?.warning) logger.warn("client.profile-readable", { hint: profile.warning });
  if (config.clusterSecretIsDefault && config.role !== "client") {
    logger.warn("cluster-secret.default", { hint: "the default secret is public: this server listens on loopback only; set --cluster-secret-file or GOSSAMER_CLUSTER_SECRET for a network" });
  }
  if (framesUnsealed()) logger.error("frames.unsealed", { hint: `${unsealedFramesVariable}=1 turns frame authentication off (for bench/cluster.ts only): anyone on the network can alter this process's traffic` });
  const context: RoleContext = { config, args, logger, stdout: io.stdout, stderr: io.stderr };
  if (role === "demo") return runners.demo(context);
  if (config.role === "client" && args.command === null) {
    throw new UsageError(`a client verb is required: one of ${clientVerbs.join(", ")}; see --role client --help`);
  }
  return runners[config.role](context);
}

/**
 * The role: `--role` wins; then the command `demo`; then GOSSAMER_ROLE; then `role` in the
 * config file. null: none was named.
 */
function chooseRole(scanned: ScannedArgs, env: Io["env"], file: RawSettings | undefined): Role | "demo" | null {
  if (scanned.roleFlag !== null) {
    if (!isRole(scanned.roleFlag)) throw new ConfigError("--role", scanned.roleFlag, `one of ${roles.join(", ")}`, "");
    if (scanned.command === "demo") throw new UsageError("demo is a command of its own: run gossamer demo, without --role");
    return scanned.roleFlag;
  }
  if (scanned.command === "demo") return "demo";
  const named = roleFromSources(env, file);
  if (named === null) return null;
  if (!isRole(named.value)) {
    const field = named.source === "environment" ? envName("role") : "key \"role\"";
    throw new ConfigError(field, named.value, `one of ${roles.join(", ")}`, named.source === "environment" ? "" : named.source);
  }
  return named.value;
}
