/** The queue role: the front door (uploads, Leader and Non-Leader Queues, status). */
import { acceptorSecrets, memberCredential, tlsMaterial } from "../cli/credentials";
import { exitCodes, type ExitCode } from "../cli/errors";
import { formatHostPort } from "../cli/host-port";
import type { RoleContext } from "../cli/run";
import { advertisedHost } from "../net/advertised-address";
import { waitForSignal } from "../cli/signals";
import { startQueueDoor } from "../http/queue-door";
import { startS3FromConfig } from "../s3/main";
import { QueueServer } from "./queue-server";
import { loseWriteAnswersVariable, writeAnswersToLose } from "./lose-write-answers";

export async function runQueue(context: RoleContext): Promise<ExitCode> {
  const { config, logger } = context;
  const writeAnswersLost = writeAnswersToLose(process.env[loseWriteAnswersVariable]);
  if (writeAnswersLost > 0) {
    logger.error("queue.losing-write-answers", { count: writeAnswersLost, hint: `${loseWriteAnswersVariable} (for tests only) makes this queue server drop the answers of committed writes` });
  }
  const server = new QueueServer({
    hostname: config.listen.host, port: config.listen.port, cluster: config.cluster,
    secrets: acceptorSecrets(config, logger), identity: { cluster: config.cluster, credential: memberCredential(config), tls: tlsMaterial(config) },
    wrongDoorHint: config.httpListen === null
      ? "Its HTTP door (health, metrics, status page) is off: start the server with --http-listen HOST:PORT."
      : `Its HTTP door (health, metrics, status page) is http://${formatHostPort(config.httpListen)}/.`,
    dataDir: config.dataDir, frameBytesMax: config.frameBytesMax, logger, discoveryPort: config.discoveryPort,
    advertised: formatHostPort({ host: advertisedHost(config.listen.host), port: config.listen.port }), writeAnswersLost,
  });
  // Before the protocol port, so a taken HTTP port stops the queue server before it holds the process open.
  const door = config.httpListen === null ? null : startQueueDoor({ listen: config.httpListen, logger, server, tls: tlsMaterial(config) });
  const s3 = await startS3FromConfig(config, logger);
  await server.start();
  logger.info("queue.started", { listen: formatHostPort(config.listen), cluster: config.cluster, dataDir: config.dataDir, statusPage: door?.pageUrl ?? null });
  await waitForSignal();
  logger.info("queue.stopping", {});
  door?.stop();
  await s3?.stop();
  server.stop();
  return exitCodes.ok;
}
