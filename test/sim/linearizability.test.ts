/**
 * What this proves: the linearizability checker accepts hand-made histories that have a legal
 * order and rejects ones that do not (stale reads, lost writes, reads from the future, real-time
 * order broken), treats unknown outcomes as "any time after invocation, or never", reports a
 * search that hits its bound as "unknown" rather than "ok", and agrees with a brute-force search
 * over every order on thousands of small random histories (a model check, in both directions).
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { checkKvHistory, type KvOperation } from "./linearizability";

let nextId = 0;
function put(key: string, value: string, invokeAt: number, completeAt: number | null, client = 0): KvOperation {
  nextId += 1;
  return { id: nextId, client, kind: "put", key, value, invokeAt, completeAt };
}
function get(key: string, value: string | null, invokeAt: number, completeAt: number | null, client = 1): KvOperation {
  nextId += 1;
  return { id: nextId, client, kind: "get", key, value, invokeAt, completeAt };
}

describe("hand-made histories", () => {
  test("sequential put then get is linearizable", () => {
    expect(checkKvHistory([put("x", "1", 0, 1), get("x", "1", 2, 3)]).kind).toBe("ok");
  });

  test("a get before any put sees absent", () => {
    expect(checkKvHistory([get("x", null, 0, 1), put("x", "1", 2, 3)]).kind).toBe("ok");
    expect(checkKvHistory([get("x", "1", 0, 1), put("x", "1", 2, 3)]).kind).toBe("violation");
  });

  test("a stale read after a completed write is a violation", () => {
    const history = [put("x", "1", 0, 1), put("x", "2", 2, 3), get("x", "1", 4, 5)];
    const result = checkKvHistory(history);
    expect(result.kind).toBe("violation");
    if (result.kind === "violation") expect(result.explanation).toContain("key x");
  });

  test("a read concurrent with a write may see either value", () => {
    const base = [put("x", "1", 0, 1), put("x", "2", 2, 6)];
    expect(checkKvHistory([...base, get("x", "1", 3, 4)]).kind).toBe("ok");
    expect(checkKvHistory([...base, get("x", "2", 3, 4)]).kind).toBe("ok");
    expect(checkKvHistory([...base, get("x", "3", 3, 4)]).kind).toBe("violation");
  });

  test("two reads may not see a concurrent write in opposite orders", () => {
    // r1 sees the new value and finishes; r2 starts after and sees the old one: not linearizable.
    const history = [put("x", "1", 0, 1), put("x", "2", 2, 20), get("x", "2", 3, 4, 1), get("x", "1", 5, 6, 2)];
    expect(checkKvHistory(history).kind).toBe("violation");
  });

  test("touching intervals are concurrent", () => {
    expect(checkKvHistory([put("x", "1", 0, 5), get("x", null, 5, 6)]).kind).toBe("ok");
  });

  test("an unknown put may take effect late, or never", () => {
    const late = [put("x", "1", 0, null), get("x", null, 1, 2), get("x", "1", 3, 4)];
    expect(checkKvHistory(late).kind).toBe("ok");
    const never = [put("x", "1", 0, null), get("x", null, 1, 2), get("x", null, 3, 4)];
    expect(checkKvHistory(never).kind).toBe("ok");
    // ...but not before its invocation,
    const early = [get("x", "1", 0, 1), put("x", "1", 2, null)];
    expect(checkKvHistory(early).kind).toBe("violation");
    // ...and once seen it cannot be unseen.
    const flicker = [put("x", "1", 0, null), get("x", "1", 1, 2), get("x", null, 3, 4)];
    expect(checkKvHistory(flicker).kind).toBe("violation");
  });

  test("an unknown get constrains nothing", () => {
    expect(checkKvHistory([put("x", "1", 0, 1), get("x", "nonsense", 2, null)]).kind).toBe("ok");
  });

  test("keys are checked independently, and a violation names its key", () => {
    const history = [put("a", "1", 0, 1), get("a", "1", 2, 3), put("b", "1", 0, 1), get("b", null, 2, 3)];
    const result = checkKvHistory(history);
    expect(result.kind).toBe("violation");
    if (result.kind === "violation") expect(result.key).toBe("b");
  });

  test("hitting the step bound reports unknown, not ok", () => {
    // Many concurrent writes and a read of a value nobody wrote: the search must explore.
    const history: KvOperation[] = [];
    for (let i = 0; i < 12; i += 1) history.push(put("x", String(i), 0, 100));
    history.push(get("x", "never-written", 0, 100));
    expect(checkKvHistory(history, 50).kind).toBe("unknown");
    expect(checkKvHistory(history).kind).toBe("violation");
  });

  test("a long sequential history is checked quickly", () => {
    const history: KvOperation[] = [];
    for (let i = 0; i < 5_000; i += 1) {
      history.push(put("x", String(i), 4 * i, 4 * i + 1));
      history.push(get("x", String(i), 4 * i + 2, 4 * i + 3));
    }
    const result = checkKvHistory(history);
    expect(result.kind).toBe("ok");
    expect(result.steps).toBeLessThan(40_000);
  });
});

/** Every order of the completed operations plus any subset of the unknown puts, checked directly. */
function bruteForce(operations: readonly KvOperation[]): boolean {
  const relevant = operations.filter((op) => op.kind === "put" || op.completeAt !== null);
  const keys = new Set(relevant.map((op) => op.key));
  for (const key of keys) {
    const ops = relevant.filter((op) => op.key === key);
    const pending = ops.filter((op) => op.completeAt === null);
    const completed = ops.filter((op) => op.completeAt !== null);
    let found = false;
    for (let mask = 0; mask < 1 << pending.length && !found; mask += 1) {
      const chosen = [...completed, ...pending.filter((_, i) => (mask & (1 << i)) !== 0)];
      found = permutations(chosen).some((order) => legal(order));
    }
    if (!found) return false;
  }
  return true;
}

function legal(order: readonly KvOperation[]): boolean {
  let value: string | null = null;
  for (let i = 0; i < order.length; i += 1) {
    const op = order[i] as KvOperation;
    for (let j = i + 1; j < order.length; j += 1) {
      const later = order[j] as KvOperation;
      if (later.completeAt !== null && later.completeAt < op.invokeAt) return false; // real time broken
    }
    if (op.kind === "put") value = op.value;
    else if (op.value !== value) return false;
  }
  return true;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([item, ...rest]);
  });
  return out;
}

function randomHistory(prng: Prng): KvOperation[] {
  const count = prng.intBetween(1, 7);
  const values = ["1", "2", "3"];
  const history: KvOperation[] = [];
  for (let i = 0; i < count; i += 1) {
    const key = prng.pick(["x", "y"]);
    const invokeAt = prng.intBetween(0, 12);
    const completeAt = prng.chance(0.15) ? null : invokeAt + prng.intBetween(0, 5);
    history.push(
      prng.chance(0.5)
        ? { id: i, client: i, kind: "put", key, value: prng.pick(values), invokeAt, completeAt }
        : { id: i, client: i, kind: "get", key, value: prng.chance(0.25) ? null : prng.pick(values), invokeAt, completeAt },
    );
  }
  return history;
}

test("model check: agrees with brute force on small random histories", () => {
  const prng = new Prng(20_240_601);
  let linearizable = 0;
  let violations = 0;
  for (let round = 0; round < 3_000; round += 1) {
    const history = randomHistory(prng);
    const expected = bruteForce(history);
    const actual = checkKvHistory(history).kind;
    if ((actual === "ok") !== expected) throw new Error(`disagree on ${JSON.stringify(history)}: brute ${expected}, checker ${actual}`);
    expect(actual).not.toBe("unknown");
    if (expected) linearizable += 1;
    else violations += 1;
  }
  // Both outcomes must be well represented, or the comparison proves little.
  expect(linearizable).toBeGreaterThan(300);
  expect(violations).toBeGreaterThan(300);
});
