/** Shared by the net tests: a logger that records events, and small waiting helpers. */
import type { LogFields, Logger } from "../../src/net/logger-port";

export interface LogRecord {
  readonly level: "debug" | "info" | "warn" | "error";
  readonly event: string;
  readonly fields: LogFields;
}

export class RecordingLogger implements Logger {
  readonly records: LogRecord[] = [];
  debug(event: string, fields: LogFields = {}): void {
    this.records.push({ level: "debug", event, fields });
  }
  info(event: string, fields: LogFields = {}): void {
    this.records.push({ level: "info", event, fields });
  }
  warn(event: string, fields: LogFields = {}): void {
    this.records.push({ level: "warn", event, fields });
  }
  error(event: string, fields: LogFields = {}): void {
    this.records.push({ level: "error", event, fields });
  }
  find(event: string): LogRecord[] {
    return this.records.filter((record) => record.event === event);
  }
}

/** Polls `condition` every few ms until it holds or `timeoutMs` passes; returns whether it held. */
export async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (condition()) return true;
    await Bun.sleep(5);
  }
  return condition();
}
