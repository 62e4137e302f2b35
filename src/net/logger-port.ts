/**
 * The logging the network layer needs, as a port: the events it writes, nothing more (no
 * `child`), so tests can inject a small recorder. The process injects src/lib/logger.ts's
 * Logger, which satisfies it. An event is a short stable name (`net.frame-rejected`); fields
 * carry the details, never a preformatted message.
 */
import type { Logger as FullLogger, LogFields } from "../lib/logger";

export type { LogFields };
export type Logger = Pick<FullLogger, "debug" | "info" | "warn" | "error">;
export { silentLogger } from "../lib/logger";
