/** The `--help` texts. Kept beside the flag tables they describe, and tested against them. */
import { verbOptions, type ClientVerb } from "./args";
import { envName, settings, settingNames } from "./config";
import { exitCodes } from "./errors";

export function mainHelp(version: string): string {
  return `gossamer ${version}: a fault-tolerant, replicated file store (Raft, one binary)

Usage:
  gossamer --role queue  [settings]             the front door: uploads, queues, discovery
  gossamer --role node   [settings]             a Raft member storing every file
  gossamer --role client VERB [args] [settings] talk to a cluster (gossamer --role client VERB --help)
  gossamer demo [--keep]                         a queue and three nodes on this machine, a write and a read

Client verbs:
${clientVerbList()}

Settings (flag, environment variable; a --config FILE in TOML or JSON uses the flag names as keys;
later sources win: file, environment, flags):
  --config FILE  read settings from FILE (.json is JSON, anything else TOML)
${settingNames.filter((name) => name !== "role").map((name) => `  --${settings[name].flag.padEnd(19)} ${envName(name).padEnd(28)} ${settings[name].expected}`).join("\n")}

Exit status: ${exitCodes.ok} success, ${exitCodes.failed} the operation failed, ${exitCodes.usage} bad usage or configuration,
${exitCodes.unavailable} cluster unreachable / no leader / timed out.
`;
}

export const verbHelp: Readonly<Record<ClientVerb, { readonly usage: string; readonly summary: string }>> = {
  write: { usage: "write PATH [--name NAME]", summary: "store a local file in the cluster (acknowledged once committed and durable on a majority)" },
  read: { usage: "read NAME [-o OUT] [--stale]", summary: "fetch a file, verifying every chunk and the whole; writes OUT atomically" },
  ls: { usage: "ls [PREFIX] [--stale]", summary: "list stored files" },
  rm: { usage: "rm NAME", summary: "remove a file" },
  status: { usage: "status [--json]", summary: "the cluster's leader, term, nodes and queue lengths" },
  ping: { usage: "ping [--cluster TARGET]", summary: "ping a cluster through the global registry (no target: every cluster)" },
  "remove-node": { usage: "remove-node ID", summary: "remove a node from the cluster (dead or alive) through Raft" },
};

function clientVerbList(): string {
  return Object.values(verbHelp).map(({ usage, summary }) => `  ${usage.padEnd(32)} ${summary}`).join("\n");
}

export function clientVerbHelp(verb: ClientVerb): string {
  const { usage, summary } = verbHelp[verb];
  const options = (Object.keys(verbOptions) as (keyof typeof verbOptions)[])
    .filter((name) => (verbOptions[name].verbs as readonly string[]).includes(verb))
    .map((name) => {
      const help: string = verbOptions[name].help;
      const split = help.indexOf("  ");
      const flag = split > 0 ? `--${name} ${help.slice(0, split)}` : `--${name}`;
      return `  ${flag.padEnd(24)} ${split > 0 ? help.slice(split + 2) : help}`;
    });
  return `Usage: gossamer --role client ${usage} [--queue HOST:PORT[,...]] [--json]

${summary}.

Options:
${options.join("\n")}
  --queue HOST:PORT[,...]  the queue server(s) to talk to (default 127.0.0.1:7400)
  --json                   one JSON document on stdout instead of text
  (and every setting of gossamer --help)
`;
}
