/**
 * The node role: opens this node's storage, restarts the Raft core from what is durable, and
 * wires the driver loop to the network (peers and clients on the command port) and to the
 * queue servers (work stealing). Static membership comes from --peers.
 */
import { ExitError, exitCodes, type ExitCode } from "../cli/errors";
import { formatHostPort, type HostPort } from "../cli/host-port";
import type { RoleContext } from "../cli/run";
import { Prng } from "../lib/prng";
import { defaultRaftConfig } from "../raft/config";
import { createRaft } from "../raft/raft";
import { nodeId, type NodeId } from "../raft/types";
import { StorageOpenError } from "../storage/errors";
import { openStorage } from "../storage/open";
import type { Storage } from "../storage/storage";
import { makeHello } from "../wire/hello";
import { startNodeServer } from "./node-server";
import { PeerLink } from "./peer-link";
import { RaftLoop } from "./raft-loop";
import { RaftTransport } from "./raft-transport";
import { handleWork, type WorkContext } from "./work-handlers";
import { WorkStealer } from "./work-stealer";

/** One tick of the Raft clock: elections after 10–20 ticks (1–2 s), heartbeats every tick. */
export const tickMs = 100;
/** How often the node checks whether the queue servers should hear its new state. */
export const statusRepollMs = 250;

export async function runNode(context: RoleContext): Promise<ExitCode> {
  const { config, logger } = context;
  if (config.peers === null) {
    throw new ExitError(exitCodes.notBuilt, "a node without --peers finds its cluster by discovery, which is not built yet: pass --peers ID=HOST:PORT,...");
  }
  const self = nodeId(config.id);
  const storage = await open(context);
  const durable = await storage.loadDurableState();
  const voters = [...config.peers.keys()].map(nodeId);
  const core = createRaft(defaultRaftConfig(self, new Prng(seedFrom(config.id))), {
    ...durable, initialConfState: { voters, learners: [], votersOutgoing: [] },
  });
  const hello = (): ReturnType<typeof makeHello> => makeHello(config.clusterSecret, config.cluster, config.id);
  const link = (address: HostPort): PeerLink => new PeerLink({ address, hello, frameBytesMax: config.frameBytesMax, logger });
  const transport = new RaftTransport({ self, storage, frameBytesMax: config.frameBytesMax, logger, linkFor: (_, address) => link(address) });
  transport.setPeers(new Map([...config.peers].map(([id, address]) => [nodeId(id), address])));
  const loop = new RaftLoop({ core, storage, logger, tickMs, now: () => performance.now(), send: (messages) => transport.send(messages) }, await storage.appliedIndex());
  const server = startNodeServer({
    hostname: config.listen.host, port: config.listen.port, frameBytesMax: config.frameBytesMax,
    secret: config.clusterSecret, cluster: config.cluster, storage, loop, logger,
  });
  const members = new Map<NodeId, string>([...config.peers].map(([id, address]) => [nodeId(id), formatHostPort(address)]));
  const work: WorkContext = { self, storage, loop, logger, members: () => members, now: () => Date.now(), readsServed: 0 };
  const stealer = new WorkStealer({
    links: config.queue.map(link),
    logger,
    handle: (item, queue) => handleWork(work, item, queue),
    stealRequest: async () => {
      const status = await loop.withCore((c) => c.status());
      return {
        nodeId: config.id, address: formatHostPort(config.listen), leader: status?.role === "leader", term: status?.term ?? 0,
        role: status?.role ?? "unknown", commit: status?.commit ?? 0, applied: loop.applied, readsServed: work.readsServed,
        leaderHint: status?.leader ?? "", members: [...members].map(([id, address]) => ({ id, address })),
      };
    },
  });
  // Poll again early when the role or the applied index changed, so the queue server routes
  // leader work to a new leader at once and its `status` stays fresh (at most ~4 polls/s).
  let reported = "";
  const roleWatch = setInterval(() => {
    const now = `${loop.softState.role}:${loop.softState.leader ?? ""}:${loop.applied}`;
    if (now !== reported) stealer.repoll();
    reported = now;
  }, statusRepollMs);
  stealer.start();
  logger.info("node.started", { id: config.id, listen: formatHostPort(config.listen), peers: voters, dataDir: config.dataDir });
  const stopped = waitForSignal();
  const running = loop.run();
  await Promise.race([stopped, running]);
  logger.info("node.stopping", {});
  clearInterval(roleWatch);
  stealer.stop();
  loop.stop();
  await running;
  server.stop();
  transport.close();
  await storage.close();
  return exitCodes.ok;
}

async function open(context: RoleContext): Promise<Storage> {
  const { config } = context;
  try {
    if (config.storage === "mysql") return await openStorage({ kind: "mysql", url: config.mysqlUrl ?? "", nodeId: config.id });
    return await openStorage({ kind: "sqlite", dir: config.dataDir });
  } catch (error: unknown) {
    if (error instanceof StorageOpenError) throw new ExitError(exitCodes.usage, error.message, { cause: error });
    throw error;
  }
}

/** Election jitter differs per node and per start, yet stays a value we can log and replay. */
function seedFrom(id: string): number {
  let hash = 2166136261;
  for (const char of `${id}:${process.pid}:${Date.now()}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

export function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => resolve();
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
}
