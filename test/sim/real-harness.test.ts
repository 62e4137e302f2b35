/**
 * What this proves: the real edge's two fakes behave as real-edge.test.ts assumes. The virtual
 * clock fires nothing before it is due, fires due timers in order, and a cancelled timer never;
 * the simulated storage makes a write durable only when its fsync completes on that clock,
 * loses it in a crash before that, keeps a strict prefix of its entries and never its hard state
 * when the crash tears it, and a crashed incarnation's storage never answers again.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { logIndex, term, type Entry } from "../../src/raft/types";
import { MemoryStorageState } from "../../src/storage/memory";
import { SimStorage, type SimStorageHooks } from "./sim-storage";
import { settle, VirtualClock } from "./virtual-clock";

function entry(index: number): { entry: Entry; chunks: [] } {
  return { entry: { index: logIndex(index), term: term(1), type: "normal", data: new Uint8Array(0) }, chunks: [] };
}

const hooks: SimStorageHooks = { persisted: () => undefined, replaced: () => undefined, applied: () => undefined, trace: () => undefined, failed: (error) => { throw error; } };
const hardState = { term: term(1), vote: null, commit: logIndex(0) };

describe("virtual clock", () => {
  test("fires due timers in order, nothing early, nothing cancelled", () => {
    const clock = new VirtualClock(100);
    const fired: string[] = [];
    clock.after(20, () => fired.push("b"));
    clock.after(10, () => fired.push("a"));
    const cancel = clock.after(15, () => fired.push("never"));
    clock.after(20, () => fired.push("c"));
    cancel();
    expect(clock.advanceTo(109)).toBe(0);
    expect(clock.advanceTo(120)).toBe(3);
    expect(fired).toEqual(["a", "b", "c"]);
    expect(clock.now()).toBe(120);
    expect(() => clock.advanceTo(119)).toThrow();
  });
});

describe("simulated storage", () => {
  test("a write is durable only once its fsync completes; a crash before loses it", async () => {
    const state = new MemoryStorageState();
    const clock = new VirtualClock(0);
    const storage = new SimStorage(state, clock, new Prng(1), () => 30, hooks);
    let done = false;
    void storage.persist(hardState, [entry(1), entry(2)]).then(() => (done = true));
    await settle();
    clock.advanceTo(20);
    await settle();
    expect(done).toBe(false);
    expect(state.log.length).toBe(0);
    clock.advanceTo(30);
    await settle();
    expect(done).toBe(true);
    expect(state.log.length).toBe(2);
    expect(state.hardState.term).toBe(term(1));

    const again = new SimStorage(state, new VirtualClock(30), new Prng(1), () => 30, hooks);
    void again.persist({ ...hardState, term: term(2) }, [entry(3)]);
    await settle();
    expect(again.crash(false)).toContain("1 entries");
    expect(state.log.length).toBe(2);
    expect(state.hardState.term).toBe(term(1));
  });

  test("a torn write keeps a strict prefix of the entries and never the hard state; a dead storage never answers", async () => {
    const state = new MemoryStorageState();
    const storage = new SimStorage(state, new VirtualClock(0), new Prng(5), () => 10, hooks);
    void storage.persist(hardState, [entry(1), entry(2), entry(3), entry(4)]);
    await settle();
    storage.crash(true);
    expect(state.log.length).toBeGreaterThan(0);
    expect(state.log.length).toBeLessThanOrEqual(4);
    expect(state.hardState.term).toBe(term(0));
    let answered = false;
    void storage.persist(hardState, []).then(() => (answered = true));
    await settle();
    expect(answered).toBe(false);
  });
});
