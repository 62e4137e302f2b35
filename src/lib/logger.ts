/**
 * Structured, levelled logging: one line per event. JSON lines when stderr is not a TTY (so
 * logs of a cluster can be merged and filtered), a compact human form when it is.
 * Every module takes a `Logger` as a parameter; nothing logs through a global.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (e.g. { role: "node", id: "n1" }). */
  child(fields: LogFields): Logger;
}

export const logLevels: readonly LogLevel[] = ["debug", "info", "warn", "error"];
export const logFormats = ["auto", "json", "text"] as const;
export type LogFormat = (typeof logFormats)[number];

/** The `json` option of a logger for a --log-format. */
export function jsonOfFormat(format: LogFormat): boolean | "auto" {
  return format === "auto" ? "auto" : format === "json";
}

export interface LoggerOptions {
  readonly level: LogLevel;
  /** true: JSON lines; false: human lines; "auto": JSON unless the sink is a TTY. */
  readonly json: boolean | "auto";
  readonly write?: (line: string) => void;
  readonly now?: () => Date;
}

export function createLogger(options: LoggerOptions, base: LogFields = {}): Logger {
  const threshold = logLevels.indexOf(options.level);
  const json = options.json === "auto" ? !process.stderr.isTTY : options.json;
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const emit = (level: LogLevel, event: string, fields: LogFields | undefined): void => {
    if (logLevels.indexOf(level) < threshold) return;
    const all = { ...base, ...fields };
    write(json ? jsonLine(now(), level, event, all) : humanLine(now(), level, event, all));
  };
  return {
    debug: (event, fields) => emit("debug", event, fields),
    info: (event, fields) => emit("info", event, fields),
    warn: (event, fields) => emit("warn", event, fields),
    error: (event, fields) => emit("error", event, fields),
    child: (fields) => createLogger(options, { ...base, ...fields }),
  };
}

/** A logger that drops everything: for tests and library defaults. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};

function jsonLine(time: Date, level: LogLevel, event: string, fields: LogFields): string {
  return JSON.stringify({ time: time.toISOString(), level, event, ...serializable(fields) });
}

function humanLine(time: Date, level: LogLevel, event: string, fields: LogFields): string {
  const pairs = Object.entries(serializable(fields)).map(([key, value]) =>
    `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  const clock = time.toISOString().slice(11, 23);
  return [clock, level.toUpperCase().padEnd(5), event, ...pairs].join(" ");
}

/** Errors become { name, message, cause }; byte arrays their length; the rest as is. */
function serializable(fields: LogFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = plain(value, 0);
  return out;
}

const causeDepthMax = 4;

function plain(value: unknown, depth: number): unknown {
  if (value instanceof Error) {
    const cause = depth < causeDepthMax && value.cause !== undefined ? plain(value.cause, depth + 1) : undefined;
    return cause === undefined ? { name: value.name, message: value.message } : { name: value.name, message: value.message, cause };
  }
  if (value instanceof Uint8Array) return `<${value.byteLength} bytes>`;
  if (typeof value === "bigint") return value.toString();
  return value;
}
