/**
 * Splits argv into the command (role and verb), positional arguments, settings flags (which
 * feed the config schema) and verb options. Unknown flags are usage errors (exit 2): a typo
 * must never be silently ignored by a storage system.
 */
import { UsageError } from "./errors";
import { settings, settingNames, type RawSettings, type SettingName } from "./config";

export const clientVerbs = ["write", "read", "ls", "rm", "status", "ping", "remove-node"] as const;
export type ClientVerb = (typeof clientVerbs)[number];

/** Options that belong to a verb rather than to the configuration. */
export const verbOptions = {
  name: { takesValue: true, verbs: ["write"], help: "NAME  name to store the file under (default: the file's base name)" },
  output: { takesValue: true, verbs: ["read"], help: "OUT  where to write the file (default: ./NAME's base name; - for stdout)", alias: "o" },
  stale: { takesValue: false, verbs: ["read", "ls"], help: "skip the linearizable ReadIndex check (may return old data)" },
  timeout: { takesValue: true, verbs: [...clientVerbs], help: "MS  give up after MS milliseconds (default 30000)" },
  keep: { takesValue: false, verbs: ["demo"], help: "leave the demo cluster running and print how to talk to it" },
} as const satisfies Record<string, { takesValue: boolean; verbs: readonly string[]; help: string; alias?: string }>;
export type VerbOption = keyof typeof verbOptions;

export interface ParsedArgs {
  readonly help: boolean;
  readonly version: boolean;
  readonly configFile: string | null;
  /** `--role` if given (also present in `settings`, where the schema validates it). */
  readonly role: string | null;
  /** The first positional: the client verb, or `demo`. */
  readonly command: string | null;
  readonly positionals: readonly string[];
  readonly settings: RawSettings;
  readonly options: Partial<Record<VerbOption, string | true>>;
}

const positionalsMax = 64;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out = { help: false, version: false, configFile: null as string | null, positionals: [] as string[], settings: {} as RawSettings, options: {} as Partial<Record<VerbOption, string | true>> };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      out.positionals.push(arg);
      continue;
    }
    const [flag, inline] = splitFlag(arg);
    const takeValue = (): string => {
      if (inline !== null) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) throw new UsageError(`flag ${flag} needs a value`);
      i += 1;
      return next;
    };
    if (flag === "--help" || flag === "-h") out.help = true;
    else if (flag === "--version" || flag === "-V") out.version = true;
    else if (flag === "--config") out.configFile = takeValue();
    else if (settingByFlag(flag) !== undefined) {
      const name = settingByFlag(flag) as SettingName;
      out.settings[name] = { value: name === "json" && inline === null ? true : takeValue(), source: "flag" };
    } else if (optionByFlag(flag) !== undefined) {
      const name = optionByFlag(flag) as VerbOption;
      out.options[name] = verbOptions[name].takesValue ? takeValue() : true;
    } else throw new UsageError(`unknown flag ${flag}; see --help for the flags of each role and verb`);
  }
  if (out.positionals.length > positionalsMax) throw new UsageError(`too many arguments (${out.positionals.length}, at most ${positionalsMax})`);
  const role = out.settings.role?.value;
  return { ...out, role: typeof role === "string" ? role : null, command: out.positionals[0] ?? null, positionals: out.positionals.slice(1) };
}

function splitFlag(arg: string): [string, string | null] {
  const equals = arg.indexOf("=");
  return equals > 0 && arg.startsWith("--") ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, null];
}

function settingByFlag(flag: string): SettingName | undefined {
  return settingNames.find((name) => `--${settings[name].flag}` === flag);
}

function optionByFlag(flag: string): VerbOption | undefined {
  return (Object.keys(verbOptions) as VerbOption[]).find((name) => {
    const option = verbOptions[name];
    return `--${name}` === flag || ("alias" in option && `-${option.alias}` === flag);
  });
}
