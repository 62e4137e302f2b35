/**
 * Builds the compiled `gossamer` binary once per test process (into a temp dir, so the suite
 * never depends on or clobbers the developer's ./gossamer) and runs it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repoRoot = resolve(import.meta.dir, "..", "..");
let built: Promise<string> | null = null;

export function gossamerBinary(): Promise<string> {
  built ??= build();
  return built;
}

async function build(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), "gossamer-bin-")), "gossamer");
  const proc = Bun.spawn([process.execPath, "build", "--compile", join(repoRoot, "src", "main.ts"), "--outfile", outfile], {
    cwd: repoRoot, stdout: "pipe", stderr: "pipe",
  });
  const [code, stderr] = await Promise.all([proc.exited, new Response(proc.stderr).text()]);
  if (code !== 0) throw new Error(`bun build --compile failed (${code}): ${stderr}`);
  return outfile;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runBinary(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  const binary = await gossamerBinary();
  const proc = Bun.spawn([binary, ...args], { cwd: options.cwd, env: { PATH: process.env.PATH ?? "", ...options.env }, stdout: "pipe", stderr: "pipe" });
  const [code, stdout, stderr] = await Promise.all([proc.exited, new Response(proc.stdout).text(), new Response(proc.stderr).text()]);
  return { code, stdout, stderr };
}
