/**
 * The top level: parse argv, load the configuration, dispatch to a role. The only place that
 * turns errors into exit statuses: user errors print one line, bugs print their stack.
 */
import packageJson from "../../package.json" with { type: "json" };
import { clientVerbs, parseArgs, type ClientVerb, type ParsedArgs } from "./args";
import { loadConfig, roles, type Config } from "./config";
import { ConfigError, ExitError, UsageError, exitCodes, type ExitCode } from "./errors";
import { clientVerbHelp, mainHelp } from "./help";
import { createLogger, type Logger } from "../lib/logger";

export const version: string = packageJson.version;

export interface RoleContext {
  readonly config: Config;
  readonly args: ParsedArgs;
  readonly logger: Logger;
  readonly stdout: (text: string) => void;
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
  try {
    return await dispatch(argv, runners, io);
  } catch (error: unknown) {
    if (error instanceof ConfigError) io.stderr(`gossamer: bad configuration: ${error.message}\n`);
    else if (error instanceof UsageError) io.stderr(`gossamer: ${error.message}\n`);
    else if (error instanceof ExitError) {
      io.stderr(`gossamer: ${error.message}\n`);
      return error.code;
    } else throw error;
    return exitCodes.usage;
  }
}

async function dispatch(argv: readonly string[], runners: Runners, io: Io): Promise<ExitCode> {
  const args = parseArgs(argv);
  if (args.version) {
    io.stdout(`gossamer ${version}\n`);
    return exitCodes.ok;
  }
  const isDemo = args.role === null && args.command === "demo";
  if (args.role === null && !isDemo) {
    if (args.help) {
      io.stdout(mainHelp(version));
      return exitCodes.ok;
    }
    throw new UsageError(args.command === null ? "--role is required: one of node, queue, client (or the command demo); see --help" : `unknown command ${JSON.stringify(args.command)}: use --role node|queue|client, or demo; see --help`);
  }
  if (args.role !== null && !(roles as readonly string[]).includes(args.role)) {
    throw new ConfigError("--role", args.role, `one of ${roles.join(", ")}`, "");
  }
  if (args.help && args.role === "client" && isClientVerb(args.command)) {
    io.stdout(clientVerbHelp(args.command));
    return exitCodes.ok;
  }
  if (args.help) {
    io.stdout(mainHelp(version));
    return exitCodes.ok;
  }
  const flags = isDemo ? { ...args.settings, role: { value: "client", source: "flag" } } : args.settings;
  const config = loadConfig({ flags, env: io.env, cwd: io.cwd }, args.configFile);
  const logger = createLogger({ level: config.logLevel, json: "auto" }, config.role === "client" ? {} : { role: config.role, ...(config.role === "node" ? { node: config.id } : {}) });
  if (config.clusterSecretIsDefault && config.role !== "client") {
    logger.warn("cluster-secret.default", { hint: "set --cluster-secret or GOSSAMER_CLUSTER_SECRET: the default lets anyone on this network join" });
  }
  const context: RoleContext = { config, args, logger, stdout: io.stdout };
  if (isDemo) return runners.demo(context);
  if (config.role === "client") {
    if (!isClientVerb(args.command)) {
      throw new UsageError(args.command === null ? `a client verb is required: one of ${clientVerbs.join(", ")}` : `unknown client verb ${JSON.stringify(args.command)}: expected one of ${clientVerbs.join(", ")}`);
    }
  }
  return runners[config.role](context);
}

function isClientVerb(value: string | null): value is ClientVerb {
  return value !== null && (clientVerbs as readonly string[]).includes(value);
}
