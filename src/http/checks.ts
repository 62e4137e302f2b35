/**
 * Health checks as Kubernetes and etcd report them: one line per check, `[+]NAME ok` or
 * `[-]NAME failed: WHY`, then `livez check passed` / `readyz check failed`; status 200 when
 * every check passed, 503 otherwise. `?exclude=NAME` (repeatable) leaves a check out, as in
 * Kubernetes, for a probe that must ignore one condition. Pure.
 */
import { assert } from "../lib/assert";

export type Check =
  | { readonly name: string; readonly ok: true }
  | { readonly name: string; readonly ok: false; readonly reason: string };

export interface CheckReport {
  readonly status: 200 | 503;
  readonly body: string;
}

export function passed(name: string): Check {
  return { name, ok: true };
}

export function failed(name: string, reason: string): Check {
  assert(reason.length > 0, "a failed check says why");
  return { name, ok: false, reason };
}

export function renderChecks(endpoint: "livez" | "readyz", checks: readonly Check[], exclude: readonly string[] = []): CheckReport {
  assert(checks.length > 0, "an endpoint runs at least one check");
  const lines: string[] = [];
  let allPassed = true;
  for (const check of checks) {
    if (exclude.includes(check.name)) {
      lines.push(`[+]${check.name} excluded: ok`);
      continue;
    }
    if (check.ok) {
      lines.push(`[+]${check.name} ok`);
      continue;
    }
    allPassed = false;
    lines.push(`[-]${check.name} failed: ${oneLine(check.reason)}`);
  }
  lines.push(`${endpoint} check ${allPassed ? "passed" : "failed"}`);
  return { status: allPassed ? 200 : 503, body: `${lines.join("\n")}\n` };
}

/** A reason is one line, so each check stays one line. */
function oneLine(text: string): string {
  return text.replaceAll(/\s*\n\s*/g, " ");
}
