/**
 * `promtool check metrics` (Debian's prometheus package) on an exposition text: the format
 * parses and passes Prometheus's own lint (counter suffixes, base units, help text). Gate tests
 * with serviceGate("promtool").
 */
import { findBinary } from "./services";

export interface PromtoolResult {
  readonly code: number;
  /** What promtool said (empty when the text is clean). */
  readonly output: string;
}

export async function promtoolCheckMetrics(text: string): Promise<PromtoolResult> {
  const binary = findBinary("promtool");
  if (binary === null) throw new Error("promtool not found: gate the test with serviceGate(\"promtool\")");
  const child = Bun.spawn([binary, "check", "metrics"], { stdin: new TextEncoder().encode(text), stdout: "pipe", stderr: "pipe" });
  const [code, stdout, stderr] = await Promise.all([child.exited, new Response(child.stdout).text(), new Response(child.stderr).text()]);
  return { code, output: `${stdout}${stderr}`.trim() };
}
