/**
 * What every client verb shares: turning a failed Result into the process's exit (with the
 * stable --json error code), positional and option access, and printing one JSON document.
 */
import type { RoleContext } from "../../cli/run";
import { ExitError, exitCodes, type ExitCode } from "../../cli/errors";
import { assert, assertNever } from "../../lib/assert";
import type { Result } from "../../lib/result";
import { errorReasonOf, exitCodeOf, type ClientError } from "../errors";
import type { ClientOptions } from "../options";
import type { OptionName } from "../../cli/commands";

export type Verb = (context: RoleContext, options: ClientOptions) => Promise<ExitCode>;

/** A failed Result ends the process with its exit code, message and --json code. */
export function unwrap<T>(result: Result<T, ClientError>): T {
  if (result.ok) return result.value;
  throw exitErrorOf(result.error);
}

export function exitErrorOf(error: ClientError): ExitError {
  return new ExitError(exitCodeOf(error.kind), error.message, { cause: error, reason: errorReasonOf(error) });
}

export function usage(context: RoleContext, problem: string, usageLine: string): ExitError {
  return new ExitError(exitCodes.usage, `${context.args.command ?? "client"}: ${problem}; usage: ${usageLine}`);
}

/** The positionals, at least `min` of them (the parser already bounded the count). */
export function positionals(context: RoleContext, min: number, what: string, usageLine: string): readonly string[] {
  const given = context.args.positionals;
  if (given.length < min || given.slice(0, min).some((value) => value === "")) throw usage(context, `missing ${what}`, usageLine);
  return given;
}

/** The one positional a verb needs. */
export function argument(context: RoleContext, what: string, usageLine: string): string {
  const [value] = positionals(context, 1, what, usageLine);
  assert(value !== undefined, "positionals returned at least one");
  return value;
}

export function stringOption(context: RoleContext, name: OptionName): string | undefined {
  const value = context.args.options[name];
  if (value === undefined) return undefined;
  assert(typeof value === "string", "value options carry a string");
  return value;
}

export function flag(context: RoleContext, name: OptionName): boolean {
  return context.args.options[name] === true;
}

/** --progress: auto draws only for a person watching (a terminal on stderr, and not --json). */
export function wantsProgress(context: RoleContext): boolean {
  switch (context.config.progress) {
    case "never":
      return false;
    case "always":
      return true;
    case "auto":
      return !context.config.json && process.stderr.isTTY === true;
    default:
      return assertNever(context.config.progress);
  }
}

export function printJson(context: RoleContext, document: unknown): void {
  context.stdout(`${JSON.stringify(document)}\n`);
}
