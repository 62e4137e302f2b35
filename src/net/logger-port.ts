/**
 * The logging the network layer needs, as a port: the process injects its structured logger
 * (src/log/logger.ts), tests inject a recorder. An event is a short stable name
 * (`net.frame-rejected`); fields carry the details, never a preformatted message.
 */
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** For callers that truly have nothing to log to (benchmarks). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
