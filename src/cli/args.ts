/**
 * The command line: which role runs (a server role, a client verb, or the demo), its positional
 * arguments, the settings given as flags (they feed the config schema) and the options of the
 * command. Strict: an unknown option, an option of another command, a missing or ambiguous
 * value, a switch given a value (`--json false`) and extra arguments are usage errors (exit 2)
 * naming the option and the command; a typo is never silently ignored by a storage system.
 *
 * node:util `parseArgs` cuts argv into tokens (long and short options, `--name=value`, `-ofile`,
 * `--` and a lone `-`): no dependency, and the same behaviour in Bun and Node. It runs twice:
 * first over every option any command knows, only to find the role and the command (an option
 * that takes a value must swallow it, or the value would be taken for the verb); then, after
 * this module's own checks (which can name the command an option belongs to, as parseArgs'
 * messages cannot), in strict mode over exactly the options of that command, which gives the
 * typed values.
 *
 * Settings (`--cluster`, `--queue`, ...) are accepted by every role, so one config file or one
 * environment can serve every process of a host; options (`--name`, `-o`, `--keep`, ...) belong
 * to one command each.
 */
import { parseArgs as tokenize } from "node:util";
import { assert } from "../lib/assert";
import { UsageError } from "./errors";
import { roles, settings, settingNames, switchSettings, type RawSettings, type Role, type SettingName } from "./config";
import { commandSpecs, clientVerbs, optionSpecs, type Command, type OptionName } from "./commands";

export interface ParsedArgs {
  readonly help: boolean;
  readonly version: boolean;
  readonly configFile: string | null;
  /** `--profile FILE` (client only): the client profile to read instead of the default one. */
  readonly profileFile: string | null;
  /** The role that runs, or "demo". */
  readonly role: Role | "demo";
  /** The client verb (null for the server roles and the demo, or a client given none). */
  readonly command: string | null;
  /** Positional arguments after the verb. */
  readonly positionals: readonly string[];
  readonly settings: RawSettings;
  readonly options: Partial<Record<OptionName, string | true>>;
}

/** What the first pass finds before the role is known. */
export interface ScannedArgs {
  readonly help: boolean;
  readonly version: boolean;
  readonly configFile: string | null;
  readonly roleFlag: string | null;
  /** The first positional: a client verb, `demo`, or a mistake. */
  readonly command: string | null;
  /** Whether `--json` was given: a usage error is then printed as JSON too. */
  readonly json: boolean;
}

/** Arguments one command line may carry: bounds the work of a hostile or runaway argv. */
export const argvItemsMax = 100_000;

type TokenOptions = Record<string, { type: "string" | "boolean"; short?: string }>;

const metaOptions = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
  config: { type: "string" },
  profile: { type: "string" },
} as const satisfies TokenOptions;

function settingOptions(): TokenOptions {
  const out: TokenOptions = {};
  for (const name of settingNames) out[settings[name].flag] = { type: switchSettings.includes(name) ? "boolean" : "string" };
  return out;
}

function commandOptions(command: Command): TokenOptions {
  const out: TokenOptions = {};
  for (const name of commandSpecs[command].options) {
    const spec = optionSpecs[name];
    out[name] = "short" in spec ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  return out;
}

/** Every option of every command: the first pass must know which ones take a value. */
function unionOptions(): TokenOptions {
  const out: TokenOptions = { ...metaOptions, ...settingOptions() };
  for (const name of Object.keys(optionSpecs) as OptionName[]) {
    const spec = optionSpecs[name];
    assert(!(name in out), `option --${name} does not shadow a setting`);
    out[name] = "short" in spec ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  return out;
}

export function scanArgs(argv: readonly string[]): ScannedArgs {
  if (argv.length > argvItemsMax) throw new UsageError(`too many arguments (${argv.length}, at most ${argvItemsMax})`);
  const { values, positionals } = tokenize({ args: [...argv], options: unionOptions(), strict: false, allowPositionals: true });
  const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
  return {
    help: values.help === true,
    version: values.version === true,
    configFile: text(values.config),
    roleFlag: text(values.role),
    command: positionals[0] ?? null,
    json: values.json === true,
  };
}

/** Parses argv strictly for `role` (already decided by the caller from the flag, env, file or demo). */
export function parseArgs(argv: readonly string[], role: Role | "demo"): ParsedArgs {
  const scanned = scanArgs(argv);
  const command = commandOf(role, scanned.command);
  const allowed: TokenOptions = { ...metaOptions, ...settingOptions(), ...commandOptions(command) };
  if (role !== "client") delete allowed.profile;
  const { tokens } = tokenize({ args: [...argv], options: unionOptions(), strict: false, allowPositionals: true, tokens: true });
  checkTokens(tokens, allowed, command, scanned.help);
  let parsed: ReturnType<typeof tokenize>;
  try {
    // With --help nothing runs, so a half-typed command line still gets its help.
    parsed = tokenize({ args: [...argv], options: allowed, strict: !scanned.help, allowPositionals: true });
  } catch (error: unknown) {
    // checkTokens should have caught everything strict mode refuses; if not, its message still names the option.
    throw new UsageError(`${describe(command)}: ${error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error)}`);
  }
  const { values, positionals } = parsed;
  const settingValues: RawSettings = {};
  for (const name of settingNames) {
    const value = values[settings[name].flag];
    if (value !== undefined) settingValues[name] = { value, source: "flag" };
  }
  const options: Partial<Record<OptionName, string | true>> = {};
  for (const name of commandSpecs[command].options) {
    const value = values[name];
    if (typeof value === "string" || value === true) options[name] = value;
  }
  const rest = role === "client" || role === "demo" ? positionals.slice(1) : positionals;
  const max = commandSpecs[command].positionalsMax;
  if (!scanned.help && rest.length > max) {
    throw new UsageError(max === 0 ? `${describe(command)} takes no arguments (got ${JSON.stringify(rest[0])}); see --help` : `${describe(command)}: too many arguments (${rest.length}, at most ${max}); see --help`);
  }
  const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
  return {
    help: scanned.help,
    version: scanned.version,
    configFile: text(values.config),
    profileFile: text(values.profile),
    role,
    command: role === "client" ? scanned.command : null,
    positionals: rest,
    settings: settingValues,
    options,
  };
}

/** The command whose options apply: the client verb, or the role itself. */
function commandOf(role: Role | "demo", verb: string | null): Command {
  if (role !== "client") return role;
  if (verb === null) return "client";
  if (!(clientVerbs as readonly string[]).includes(verb)) {
    throw new UsageError(`unknown client verb ${JSON.stringify(verb)}: expected one of ${clientVerbs.join(", ")}; see --role client --help`);
  }
  return verb as Command;
}

type Token = NonNullable<ReturnType<typeof tokenize>["tokens"]>[number];

function checkTokens(tokens: readonly Token[] | undefined, allowed: TokenOptions, command: Command, help: boolean): void {
  assert(tokens !== undefined, "tokens were asked for");
  const where = describe(command);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    assert(token !== undefined, "index within tokens");
    if (token.kind !== "option") continue;
    const spec = allowed[token.name];
    if (spec === undefined) throw new UsageError(misplaced(token.rawName, token.name, where));
    if (help) continue;
    if (spec.type === "string") {
      if (token.value === undefined) throw new UsageError(`${where}: ${token.rawName} needs a value`);
      if (token.inlineValue === false && token.value.startsWith("-") && token.value !== "-") {
        throw new UsageError(`${where}: ${token.rawName} needs a value, and ${JSON.stringify(token.value)} looks like an option (write ${token.rawName}=${token.value} if it is the value)`);
      }
      continue;
    }
    if (token.value !== undefined) throw new UsageError(`${where}: ${token.rawName} is a switch and takes no value (got ${JSON.stringify(token.value)}): give it or leave it out`);
    const next = tokens[i + 1];
    // `--json false` would otherwise turn "false" into an argument (ls would list the prefix "false").
    if (next?.kind === "positional" && /^(true|false|yes|no|on|off|0|1)$/i.test(next.value)) {
      throw new UsageError(`${where}: ${token.rawName} is a switch and takes no value (got ${JSON.stringify(next.value)}): give it or leave it out`);
    }
  }
}

/** Names the option and, when another command knows it, where it belongs. */
function misplaced(rawName: string, name: string, where: string): string {
  const owners = (Object.keys(commandSpecs) as Command[]).filter((command) => (commandSpecs[command].options as readonly string[]).includes(name));
  if (name === "profile") return `${where}: ${rawName} is an option of the client role only`;
  if (owners.length === 0) return `${where}: unknown option ${rawName}; see --help`;
  return `${where} does not take ${rawName} (an option of ${owners.map(describe).join(", ")}); see --help`;
}

export function describe(command: Command): string {
  if ((roles as readonly string[]).includes(command)) return `the ${command} role`;
  if (command === "client") return "the client role";
  if (command === "demo") return "demo";
  return command;
}
