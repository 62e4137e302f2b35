/**
 * The `--help` texts: the binary's, each role's, each client verb's and the demo's. Built from
 * the tables they describe (commands.ts, the settings of config.ts), so a new option or setting
 * shows up in help by being declared, with its environment variable and its default.
 */
import { commandSpecs, clientVerbs, optionSpecs, type ClientVerb, type Command, type OptionName } from "./commands";
import { defaultText, envName, profileEnv, settings, settingNames, switchSettings, usedBy, type Role, type SettingName } from "./config";
import { exitCodes } from "./errors";

export function mainHelp(version: string): string {
  return `gossamer ${version}: a fault-tolerant, replicated file store (Raft, one binary)

Usage:
  gossamer --role queue  [settings]              the front door: uploads, queues, discovery
  gossamer --role node   [settings]              a Raft member storing every file
  gossamer --role client VERB [args] [settings]  talk to a cluster
  gossamer demo [--keep]                         a queue and three nodes on this machine, a write and a read
  gossamer --role ROLE --help                    a role's settings with their defaults
  gossamer --role client VERB --help             a verb's options

The role may also come from ${envName("role")} or \`role\` in a config file.

Client verbs:
${verbList()}

Settings (flag, environment variable, roles that use it). A --config FILE (TOML, or JSON when
the name ends in .json) uses the flag names as keys. Later sources win: the client profile,
the config file, the environment, flags. Every role accepts every setting, so one config file
can serve all the processes of a host; a role ignores the settings it does not use.
  --config FILE  read settings from FILE
  --profile FILE the client profile (default $XDG_CONFIG_HOME or ~/.config, gossamer/client.toml; or ${profileEnv})
${settingNames.filter((name) => name !== "role").map((name) => `  --${settings[name].flag.padEnd(19)} ${envName(name).padEnd(29)} ${settings[name].roles.join(", ")}`).join("\n")}

${exitStatus()}`;
}

/** Help for `--role ROLE --help`, `--role client VERB --help` and `demo --help`. */
export function commandHelp(role: Role | "demo", verb: string | null): string {
  if (role === "demo") return demoHelp();
  if (role !== "client") return serverHelp(role);
  if (verb === null) return clientHelp();
  return verbHelp(verb as ClientVerb);
}

function serverHelp(role: "node" | "queue"): string {
  const spec = commandSpecs[role];
  return `Usage: gossamer ${spec.usage}

${capitalized(spec.summary)}.
${spec.options.length === 0 ? "" : `
Options:
${optionLines(spec.options).join("\n")}
`}
Settings (flag, environment variable, default; later sources win: config file, environment, flags):
  --config FILE                 read settings from FILE (TOML, or JSON when the name ends in .json; keys are the flag names)
${settingsOf(role)}

${exitStatus()}`;
}

function clientHelp(): string {
  return `Usage: gossamer --role client VERB [args] [settings]
       gossamer --role client VERB --help    a verb's options

Verbs:
${verbList()}

${clientSettings()}

${exitStatus()}`;
}

function verbHelp(verb: ClientVerb): string {
  const spec = commandSpecs[verb];
  return `Usage: gossamer --role client ${spec.usage} [settings]

${capitalized(spec.summary)}.

Options:
${optionLines(spec.options).join("\n")}

${clientSettings()}

${exitStatus()}`;
}

function demoHelp(): string {
  const spec = commandSpecs.demo;
  return `Usage: gossamer ${spec.usage}

${capitalized(spec.summary)}. Embedded storage in a temp directory, removed at the end
(unless --keep).

Options:
${optionLines(spec.options).join("\n")}

${exitStatus()}`;
}

function clientSettings(): string {
  return `Settings (flag, environment variable, default). Later sources win: the client profile
(--profile FILE, ${profileEnv}, or $XDG_CONFIG_HOME/gossamer/client.toml, else
~/.config/gossamer/client.toml: a TOML table of these settings, for example queue, cluster and
cluster-secret or client-key), a --config FILE, the environment, flags.
${settingsOf("client")}`;
}

function settingsOf(role: Role): string {
  return settingNames.filter((name) => name !== "role" && usedBy(name, role)).map((name) => settingLine(name, role)).join("\n");
}

function settingLine(name: SettingName, role: Role): string {
  const placeholder = switchSettings.includes(name) ? "" : ` ${valueName(name)}`;
  const flag = `--${settings[name].flag}${placeholder}`;
  return `  ${flag.padEnd(29)} ${envName(name).padEnd(29)} default: ${defaultText(name, role)}\n  ${"".padEnd(29)} ${settings[name].expected}`;
}

/** A short placeholder for a setting's value, from its flag: --data-dir DATA-DIR → DIR. */
function valueName(name: SettingName): string {
  const special: Partial<Record<SettingName, string>> = { listen: "HOST:PORT", queue: "HOST:PORT[,...]", peers: "ID=HOST:PORT,...", httpListen: "HOST:PORT", s3Listen: "HOST:PORT", dataDir: "DIR" };
  return special[name] ?? (settings[name].flag.split("-").at(-1) ?? "VALUE").toUpperCase();
}

function optionLines(names: readonly OptionName[]): string[] {
  if (names.length === 0) return ["  (none)"];
  return names.map((name) => {
    const spec = optionSpecs[name];
    const short = "short" in spec ? `-${spec.short}, ` : "";
    const value = "value" in spec ? ` ${spec.value}` : "";
    return `  ${`${short}--${name}${value}`.padEnd(29)} ${spec.help}`;
  });
}

/** One line per verb; a usage too long for its column puts the summary on the next line. */
function verbList(): string {
  const column = 34;
  return clientVerbs.map((verb) => {
    const { usage, summary } = commandSpecs[verb];
    return usage.length <= column ? `  ${usage.padEnd(column)} ${summary}` : `  ${usage}\n  ${"".padEnd(column)} ${summary}`;
  }).join("\n");
}

function exitStatus(): string {
  return `Exit status: ${exitCodes.ok} success, ${exitCodes.failed} the operation failed, ${exitCodes.usage} bad usage or configuration,
${exitCodes.unavailable} cluster unreachable / no leader / timed out, ${exitCodes.outcomeUnknown} a write's outcome is unknown
(handed to the cluster, its acknowledgement lost: stat the name to see; writing it again is safe).
`;
}

function capitalized(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}
