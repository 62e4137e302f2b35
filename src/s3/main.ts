/**
 * Starts the S3 door from the queue server's configuration: `--s3-listen HOST:PORT` turns it
 * on and needs `--client-keys FILE` (the access keys); the door reaches the cluster through
 * this very queue server, as a client holding the cluster secret. Off by default.
 */
import { tlsMaterial } from "../cli/credentials";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { ClientKeyFile } from "../auth/client-keys";
import { requestTimeoutMsDefault } from "../client/options";
import type { Config } from "../cli/config";
import { ExitError, exitCodes } from "../cli/errors";
import { formatHostPort } from "../cli/host-port";
import type { Logger } from "../lib/logger";
import { chunkCountMax } from "../files/limits";
import { startS3Door, type S3Door } from "./server";
import { ClusterStore } from "./store";

/** null when --s3-listen is not set. Throws ExitError (usage) on a configuration that cannot work. */
export async function startS3FromConfig(config: Config, logger: Logger): Promise<S3Door | null> {
  const listen = config.s3Listen;
  if (listen === null) return null;
  if (config.clientKeys === null) {
    throw new ExitError(exitCodes.usage, `--s3-listen ${formatHostPort(listen)} needs --client-keys FILE: its access keys are the client keys (docs/s3.md)`);
  }
  const keys = ClientKeyFile.open(config.clientKeys, { onError: (message) => logger.warn("s3.client-keys", { message }) });
  if (!keys.ok) throw new ExitError(exitCodes.usage, `--client-keys: ${keys.error}`);
  // The queue server may listen on every address; the door reaches it on loopback.
  const queueHost = config.listen.host === "0.0.0.0" || config.listen.host === "::" ? "127.0.0.1" : config.listen.host;
  // Spool files of requests cut short by a crash: nothing refers to them any more.
  const spoolDir = join(config.dataDir, "s3-spool");
  rmSync(spoolDir, { recursive: true, force: true });
  const store = new ClusterStore({
    queues: [{ host: queueHost, port: config.listen.port }], cluster: config.cluster,
    // In the queue server's own process, holding the cluster secret: it acts as an administrator
    // and enforces each S3 key's role itself (allowed(), the same table the servers use).
    credential: { kind: "admin", secret: config.clusterSecret }, tls: tlsMaterial(config),
    chunkSize: config.chunkSize, frameBytesMax: config.frameBytesMax, requestTimeoutMs: requestTimeoutMsDefault, logger,
  }, spoolDir);
  const objectBytesMax = chunkCountMax * config.chunkSize;
  let door: S3Door;
  try {
    door = await startS3Door({ hostname: listen.host, port: listen.port, keys: keys.value, store, objectBytesMax, logger });
  } catch (error: unknown) {
    throw new ExitError(exitCodes.usage, `--s3-listen ${formatHostPort(listen)}: cannot listen (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  logger.info("s3.listening", { endpoint: `http://${formatHostPort({ host: listen.host, port: door.port })}`, keys: keys.value.size, objectBytesMax });
  return door;
}
