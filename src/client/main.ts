/**
 * The client role: `--role client <verb> ...`. Dispatches to the verb (verbs/), each of which
 * calls the client library and prints a human line or, with --json, exactly one JSON document
 * on stdout. Failures become an ExitError: one clear line on stderr (and, with --json, one
 * JSON object on stdout with a stable code) and the documented exit status (0 ok, 1 failed,
 * 2 usage, 3 unavailable, 141 stdout closed by its reader). A verb runs in one ClientSession,
 * so its operations (every file of `write -r`, `read -r`, `rm --prefix`) share one connection.
 */
import type { RoleRunner } from "../cli/run";
import { ExitError, exitCodes } from "../cli/errors";
import type { ClientVerb } from "../cli/commands";
import { withSession } from "./client-session";
import { clientOptionsFrom } from "./options";
import { backup, member, ping, removeNodeVerb, status, transferLeaderVerb } from "./verbs/cluster";
import { unwrap, type Verb } from "./verbs/common";
import { list, read, remove, stat, write } from "./verbs/files";
import { verify } from "./verbs/verify";

const verbs: Readonly<Record<ClientVerb, Verb>> = {
  write,
  read,
  ls: list,
  rm: remove,
  stat,
  verify,
  status,
  member,
  "transfer-leader": transferLeaderVerb,
  backup,
  ping,
  "remove-node": removeNodeVerb,
};

export const runClient: RoleRunner = async (context) => {
  const verb = context.args.command;
  const handler = verb !== null && Object.hasOwn(verbs, verb) ? verbs[verb as ClientVerb] : undefined;
  if (handler === undefined) throw new ExitError(exitCodes.usage, `unknown client verb ${JSON.stringify(verb)}: expected one of ${Object.keys(verbs).join(", ")}`);
  return await withSession(unwrap(clientOptionsFrom(context.config, context.args, context.logger)), (options) => handler(context, options));
};
