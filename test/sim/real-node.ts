/**
 * One node of the real edge: the production driver loop (src/node/raft-loop.ts, with the
 * applier it calls), the production transport (src/node/raft-transport.ts: core message to
 * wire form, chunk bytes attached, appends split to the frame bound) and the production receive
 * path (receiveRaftMessage in src/node/node-server.ts: wire to core message, chunk bytes into
 * the store, then the loop's inbox), snapshots streamed, staged and installed by
 * src/node/snapshot-transfer.ts, over MemoryStorage with slow fsyncs and honest crashes
 * (sim-storage.ts), on a virtual clock (virtual-clock.ts). Only the link is fake: `send` on a
 * PeerLink is where the envelope would be framed onto a socket, and there the simulator's
 * network takes it instead.
 *
 * A crash drops the loop, the core, the transport, the clock with all its timers, and every
 * write not yet fsynced; a restart rebuilds them from the MemoryStorageState alone.
 */
import { assert } from "../../src/lib/assert";
import { silentLogger } from "../../src/lib/logger";
import type { Prng } from "../../src/lib/prng";
import type { HostPort } from "../../src/cli/host-port";
import { RaftLoop, type RaftLoopTestingKnobs } from "../../src/node/raft-loop";
import { receiveRaftMessage, type RaftReceiver } from "../../src/node/node-server";
import { RaftTransport, type RaftLink } from "../../src/node/raft-transport";
import { installStaged, sendSnapshot, SnapshotStaging, streamSnapshot, type SnapshotSendOptions } from "../../src/node/snapshot-transfer";
import type { ConfState, DurableState, Message, NodeId, RaftCore, Ready } from "../../src/raft/types";
import { MemoryStorageState } from "../../src/storage/memory";
import type { pb } from "../../src/wire/proto";
import { MemoryStagingStore } from "./memory-staging";
import { MutantCore } from "./mutants";
import type { RealPlants } from "./real-plants";
import { describeReady } from "./node";
import { checkReadyContract } from "./ready-contract";
import { MemoryLogView, SimStorage, type SimStorageHooks } from "./sim-storage";
import { VirtualClock } from "./virtual-clock";
import { SimViolation } from "./violation";

/** Virtual milliseconds per simulator tick, and the loop's tick: one core tick per simulator tick. */
export const tickMs = 10;
/** The frame bound the transport splits appends to (production's default is larger; smaller splits more). */
export const simFrameBytesMax = 1 << 20;

export interface RealNodeEnv {
  readonly tickMs: number;
  readonly makeCore: (id: NodeId, durable: DurableState) => RaftCore;
  readonly link: (node: RealNode, peer: NodeId) => RaftLink;
  /** A connection of its own for one snapshot stream (snapshot-transfer.ts). */
  readonly snapshotLink: (node: RealNode, peer: NodeId) => Pick<RaftLink, "send" | "close">;
  /** Applied entries between compactions (0: never). */
  readonly compactEveryEntries: number;
  readonly storageHooks: (node: RealNode) => SimStorageHooks;
  readonly fsyncMs: () => number;
  readonly prng: Prng;
  readonly peers: readonly NodeId[];
  readonly loopKnobs: RaftLoopTestingKnobs;
  readonly plants: RealPlants;
  readonly checkContract: boolean;
  trace(text: string): void;
  onMessage(node: RealNode, message: Message): void;
}

export class RealNode {
  /** The durable state: survives crashes, as a disk would. */
  readonly state = new MemoryStorageState();
  core: RaftCore | null = null;
  loop: RaftLoop | null = null;
  storage: SimStorage | null = null;
  clock: VirtualClock | null = null;
  private staging: SnapshotStaging | null = null;
  incarnation = 0;
  /** The first error the loop or its storage threw: the run reports it. */
  failure: unknown = null;
  readonly disk: MemoryLogView;

  constructor(
    readonly id: NodeId,
    private readonly initialConfState: ConfState,
    private readonly env: RealNodeEnv,
  ) {
    this.disk = new MemoryLogView(this.state);
  }

  get alive(): boolean {
    return this.loop !== null;
  }

  running(): RaftCore {
    assert(this.core !== null, `${this.id} is running`);
    return this.core;
  }

  runningLoop(): RaftLoop {
    assert(this.loop !== null, `${this.id} is running`);
    return this.loop;
  }

  /** Starts an incarnation at `nowMs` from the durable state (what storage.loadDurableState() returns). */
  start(nowMs: number): void {
    assert(this.loop === null, "a node starts only when down");
    this.incarnation += 1;
    const clock = new VirtualClock(nowMs);
    const storage = new SimStorage(this.state, clock, this.env.prng, this.env.fsyncMs, this.env.storageHooks(this));
    const applied = this.state.applied;
    const durable: DurableState = {
      hardState: this.state.hardState, snapshot: this.state.snapshot, entries: this.state.log.map((item) => ({ ...item.entry })),
      applied, initialConfState: this.initialConfState,
    };
    const core = this.traced(this.env.makeCore(this.id, durable));
    // Staged bytes live in the process: a crash loses them (production empties its staging directory at start).
    const staging = new SnapshotStaging(new MemoryStagingStore());
    const transport = new RaftTransport({
      self: this.id, storage, frameBytesMax: simFrameBytesMax, logger: silentLogger,
      linkFor: (peer) => this.env.link(this, peer),
      onSnapshot: (message) => {
        const loopNow = (): RaftLoop | null => (this.storage === storage ? this.loop : null);
        const options = { storage, frameBytesMax: simFrameBytesMax, logger: silentLogger };
        const link = this.env.snapshotLink(this, message.to);
        const sent = this.env.plants.snapshotConfOfRequestedIndex === true
          ? streamSnapshotWithRequestedConf(message, link, loopNow, options)
          : streamSnapshot(message, link, loopNow, options);
        sent.catch((error: unknown) => this.fail(error));
      },
    });
    transport.setPeers(new Map(this.env.peers.filter((peer) => peer !== this.id).map((peer): [NodeId, HostPort] => [peer, { host: peer, port: 1 }])));
    const loop = new RaftLoop({
      core, storage, logger: silentLogger, tickMs: this.env.tickMs, clock, send: (messages) => transport.send(messages), testingKnobs: this.env.loopKnobs,
      ...(this.env.compactEveryEntries === 0 ? {} : { compactEveryEntries: this.env.compactEveryEntries }),
      installSnapshot: async (ready) => {
        assert(ready.snapshot !== null, "installSnapshot is called with a snapshot");
        await installStaged(ready.snapshot.meta, storage, staging);
      },
    }, applied);
    this.clock = clock;
    this.storage = storage;
    this.core = core;
    this.staging = staging;
    this.loop = loop;
    this.env.trace(`${this.id} start #${this.incarnation} from ${this.describeDisk()}`);
    loop.run().catch((error: unknown) => this.fail(error));
  }

  crash(torn: boolean): void {
    assert(this.storage !== null, "only a running node crashes");
    const lost = this.storage.crash(torn);
    this.clock = null;
    this.loop = null;
    this.core = null;
    this.storage = null;
    this.staging = null;
    this.env.trace(`${this.id} crash, lost in flight: ${lost}`);
  }

  /**
   * Wire messages from `from`, through the node server's receive path, in order: one message,
   * or the pieces of one snapshot stream (a connection delivers its frames in order).
   */
  receive(wires: readonly pb.RaftMessage.$Shape[], from: NodeId): void {
    const storage = this.storage;
    const loop = this.loop;
    const staging = this.staging;
    assert(storage !== null && loop !== null && staging !== null, "only a running node receives");
    const receiver: RaftReceiver = {
      storage, logger: silentLogger, acceptsRaft: () => true, staging,
      deliver: (message) => {
        this.env.onMessage(this, message);
        return loop.deliver(message);
      },
    };
    const receiveAll = async (): Promise<void> => {
      for (const wire of wires) {
        if (await receiveRaftMessage(receiver, wire, from, from)) continue;
        this.fail(new SimViolation("core-assertion", `${this.id} refused a message from ${from}`));
        return;
      }
    };
    receiveAll().catch((error: unknown) => this.fail(error));
  }

  fail(error: unknown): void {
    this.failure ??= error;
  }

  /** The core, with each Ready traced (and checked against the contract) as the loop takes it. */
  private traced(core: RaftCore): RaftCore {
    return new MutantCore(core, (ready: Ready) => {
      if (this.env.checkContract) checkReadyContract(this.id, ready, this.disk);
      this.env.trace(`${this.id} ready ${describeReady(ready)}`);
      return ready;
    });
  }

  describeDisk(): string {
    const hs = this.state.hardState;
    return `disk{t${hs.term} v:${hs.vote ?? "-"} c${hs.commit} last${this.disk.lastIndex()} applied${this.state.applied}}`;
  }
}

/**
 * Planted (real-plants.ts, snapshotConfOfRequestedIndex): streamSnapshot, except that the
 * snapshot of the state at its applied index A carries the configuration of the snapshot the
 * core asked for (index k <= A), not the configuration at A.
 */
async function streamSnapshotWithRequestedConf(message: Message, link: Pick<RaftLink, "send" | "close">, loop: () => RaftLoop | null,
  options: Omit<SnapshotSendOptions, "link" | "configurationAt">): Promise<void> {
  const requested = message.snapshot?.meta.confState ?? null;
  const sent = await sendSnapshot(message, { ...options, link, configurationAt: async () => requested });
  link.close();
  await loop()?.withCore((core) => core.reportSnapshot(message.to, sent));
}
