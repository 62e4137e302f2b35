/**
 * Group commit in the driver loop: while one persist waits for its sync, the loop keeps taking
 * proposals, and everything that arrived meanwhile is persisted together by the next persist
 * (one call, one sync), not one persist per proposal. A real single-node core and driver loop
 * run over memory storage whose persist the test holds open; every proposal is applied in the
 * end, and none is applied before a persist that holds it has returned.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { monotonicClock } from "../../src/lib/clock";
import { silentLogger } from "../../src/lib/logger";
import { Prng } from "../../src/lib/prng";
import { RaftLoop, type Proposed } from "../../src/node/raft-loop";
import { defaultRaftConfig } from "../../src/raft/config";
import { createRaft } from "../../src/raft/raft";
import { logIndex, nodeId, type HardState } from "../../src/raft/types";
import { encodeFileCommand } from "../../src/storage/file-commands";
import { MemoryStorage } from "../../src/storage/memory";
import type { EntryToPersist } from "../../src/storage/storage";

const self = nodeId("n1");
const later = 16;

/** Memory storage whose persists the test can hold open, recording what each one carried. */
class HeldStorage extends MemoryStorage {
  readonly persisted: { readonly entries: number; readonly lastIndex: number }[] = [];
  private gate: Promise<void> | null = null;
  private release: (() => void) | null = null;

  hold(): void {
    this.gate = new Promise<void>((resolve) => { this.release = resolve; });
  }

  open(): void {
    this.release?.();
    this.gate = null;
  }

  override async persist(hardState: HardState | null, entries: readonly EntryToPersist[]): Promise<void> {
    const gate = this.gate;
    if (gate !== null) await gate;
    await super.persist(hardState, entries);
    this.persisted.push({ entries: entries.length, lastIndex: entries.at(-1)?.entry.index ?? 0 });
  }
}

let stop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await stop?.();
  stop = null;
});

const command = (n: number): Uint8Array => encodeFileCommand({ kind: "remove-file", name: `f${n}` });

describe("group commit in the driver loop", () => {
  test("proposals that arrive while a persist waits go into the next persist together", async () => {
    const storage = new HeldStorage();
    const durable = await storage.loadDurableState();
    const core = createRaft(defaultRaftConfig(self, new Prng(3)), { ...durable, applied: logIndex(0), initialConfState: { voters: [self], learners: [], votersOutgoing: [] } });
    const loop = new RaftLoop({ core, storage, logger: silentLogger, tickMs: 5, clock: monotonicClock, send: () => undefined }, logIndex(0));
    const running = loop.run();
    stop = async () => {
      storage.open();
      loop.stop();
      await running;
    };
    for (let i = 0; i < 400 && loop.softState.role !== "leader"; i += 1) await Bun.sleep(5);
    expect(loop.softState.role).toBe("leader");
    const warm = await loop.propose(command(0), 5_000);
    expect(warm.kind).toBe("applied");

    storage.hold();
    const persistsBefore = storage.persisted.length;
    const first = loop.propose(command(1), 5_000);
    await Bun.sleep(30); // the loop is now inside the held persist
    const rest: Promise<Proposed>[] = [];
    for (let n = 2; n < 2 + later; n += 1) rest.push(loop.propose(command(n), 5_000));
    await Bun.sleep(30);
    // Nothing was persisted, so nothing may be applied yet.
    expect(storage.persisted.length).toBe(persistsBefore);
    expect(loop.applied).toBe(warm.kind === "applied" ? warm.index : logIndex(0));
    storage.open();
    const outcomes = await Promise.all([first, ...rest]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(Array.from({ length: later + 1 }, () => "applied"));

    const withEntries = storage.persisted.slice(persistsBefore).filter((persist) => persist.entries > 0);
    // The held persist carried the first proposal; all the later ones came in one persist.
    expect(withEntries.map((persist) => persist.entries)).toEqual([1, later]);
  });
});
