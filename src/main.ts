/**
 * The entry point of the one binary: `gossamer --role node|queue|client ...` and `gossamer demo`.
 */
import { AssertionError } from "./lib/assert";
import { exitCodes } from "./cli/errors";
import { run, type Runners } from "./cli/run";
import { runClient } from "./client/main";
import { runDemo } from "./demo/demo";
import { runNode } from "./node/main";
import { runQueue } from "./queue/main";

const runners: Runners = {
  node: runNode,
  queue: runQueue,
  client: runClient,
  demo: runDemo,
};

// A reader that went away (`gossamer ... ls | head -1`) makes the next stdout write fail with
// EPIPE: end quietly with 141 (128 + SIGPIPE), as cat or a Go tool in that pipe does.
let stdoutClosed = false;
process.stdout.on("error", (error: Error) => {
  if (!("code" in error && error.code === "EPIPE")) throw error;
  stdoutClosed = true;
  process.exitCode = exitCodes.brokenPipe;
});

try {
  const code = await run(process.argv.slice(2), runners, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = stdoutClosed ? exitCodes.brokenPipe : code;
} catch (error: unknown) {
  // A bug (AssertionError) or an error nobody typed: the stack is what a developer needs.
  const kind = error instanceof AssertionError ? "internal error (a bug in gossamer)" : "unexpected error";
  process.stderr.write(`gossamer: ${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 70;
}
