/**
 * A linearizability checker for a key-value history (Wing & Gong 1993, with Lowe's memoization
 * of the pair (set of linearized operations, model state), as in porcupine).
 *
 * Linearizability is compositional (Herlihy & Wing 1990, "locality"), so the history is split
 * per key and each key is checked on its own: the cost is exponential in the concurrency of one
 * key, not of the whole run.
 *
 * Operations whose outcome is unknown (`completeAt === null`: the client timed out or its node
 * crashed) may take effect at any time after their invocation, or never. A get with an unknown
 * outcome observed nothing and constrains nothing, so it is left out. A put with an unknown
 * outcome returns "at infinity": the search may place it anywhere after its invocation, and a
 * search that has placed every completed operation succeeds, which is the same as placing the
 * remaining puts after everything else (a put is always legal), i.e. "never" as far as any
 * observation goes.
 *
 * The search is bounded in steps: a key that needs more is reported as "unknown", counted apart
 * from "ok" so a bound that is too small cannot pass for a clean bill.
 */
import { assert } from "../../src/lib/assert";

export interface KvOperation {
  /** Unique per history. */
  readonly id: number;
  readonly client: number;
  readonly kind: "put" | "get";
  readonly key: string;
  /** Put: the value written. Get: the value observed (null: the key was absent). */
  readonly value: string | null;
  /** Logical time of the invocation. Operation A precedes B in real time iff A.completeAt < B.invokeAt. */
  readonly invokeAt: number;
  /** Logical time of the response, or null when the outcome is unknown. */
  readonly completeAt: number | null;
}

export type LinearizabilityResult =
  | { readonly kind: "ok"; readonly keys: number; readonly steps: number }
  | { readonly kind: "violation"; readonly key: string; readonly explanation: string; readonly steps: number }
  | { readonly kind: "unknown"; readonly key: string; readonly steps: number };

/** Search steps per key before giving up with "unknown". Generous: a typical key needs < 1000. */
export const checkStepsMaxDefault = 2_000_000;
/** Operations shown in the explanation of a violation. */
export const explanationOperationsMax = 8;
assert(checkStepsMaxDefault > 0, "the search bound must be positive");
assert(explanationOperationsMax > 0, "an explanation must show at least one operation");

export function checkKvHistory(
  operations: readonly KvOperation[],
  stepsMax: number = checkStepsMaxDefault,
): LinearizabilityResult {
  assert(stepsMax > 0, "the search bound must be positive");
  const byKey = new Map<string, KvOperation[]>();
  for (const operation of operations) {
    assertWellFormed(operation);
    if (operation.kind === "get" && operation.completeAt === null) continue; // observed nothing
    const list = byKey.get(operation.key) ?? [];
    list.push(operation);
    byKey.set(operation.key, list);
  }
  let steps = 0;
  let unknownKey: string | null = null;
  // Sorted keys: the result (which key is reported) must not depend on insertion order.
  for (const key of [...byKey.keys()].sort()) {
    const result = checkKey(key, byKey.get(key) ?? [], stepsMax);
    steps += result.steps;
    if (result.kind === "violation") return { ...result, steps };
    if (result.kind === "unknown" && unknownKey === null) unknownKey = key;
  }
  if (unknownKey !== null) return { kind: "unknown", key: unknownKey, steps };
  return { kind: "ok", keys: byKey.size, steps };
}

function assertWellFormed(operation: KvOperation): void {
  assert(Number.isFinite(operation.invokeAt), "an invocation has a finite time");
  if (operation.completeAt !== null) assert(operation.completeAt >= operation.invokeAt, "a response follows its invocation");
  if (operation.kind === "put") assert(operation.value !== null, "a put writes a value");
}

type KeyResult =
  | { readonly kind: "ok"; readonly steps: number }
  | { readonly kind: "violation"; readonly key: string; readonly explanation: string; readonly steps: number }
  | { readonly kind: "unknown"; readonly key: string; readonly steps: number };

/** The model: a register. Returns the next state, or undefined if `operation` is illegal in `state`. */
function stepRegister(state: string | null, operation: KvOperation): { readonly state: string | null } | undefined {
  if (operation.kind === "put") return { state: operation.value };
  return operation.value === state ? { state } : undefined;
}

/**
 * The history as a doubly linked list of call and return entries in time order (indexes
 * 0..2n-1; 2n is the head sentinel, 2n+1 the tail), so lifting a linearized operation out
 * and putting it back on backtrack are O(1) (Knuth's dancing links, as porcupine does).
 */
class EntryList {
  readonly next: Int32Array;
  readonly prev: Int32Array;
  readonly head: number;
  readonly tail: number;
  /** For a call entry, its return entry; -1 for return entries. */
  readonly returnOf: Int32Array;
  readonly operationOf: Int32Array;

  constructor(operations: readonly KvOperation[]) {
    const n = operations.length;
    const events: { entry: number; time: number; isCall: boolean }[] = [];
    operations.forEach((operation, index) => {
      events.push({ entry: 2 * index, time: operation.invokeAt, isCall: true });
      events.push({ entry: 2 * index + 1, time: operation.completeAt ?? Number.POSITIVE_INFINITY, isCall: false });
    });
    // At equal times calls come first: operations that touch at one instant are concurrent.
    events.sort((a, b) => a.time - b.time || (a.isCall === b.isCall ? a.entry - b.entry : a.isCall ? -1 : 1));
    this.head = 2 * n;
    this.tail = 2 * n + 1;
    this.next = new Int32Array(2 * n + 2);
    this.prev = new Int32Array(2 * n + 2);
    this.returnOf = new Int32Array(2 * n).fill(-1);
    this.operationOf = new Int32Array(2 * n);
    for (let index = 0; index < n; index += 1) {
      this.returnOf[2 * index] = 2 * index + 1;
      this.operationOf[2 * index] = index;
      this.operationOf[2 * index + 1] = index;
    }
    let previous = this.head;
    for (const event of events) {
      this.next[previous] = event.entry;
      this.prev[event.entry] = previous;
      previous = event.entry;
    }
    this.next[previous] = this.tail;
    this.prev[this.tail] = previous;
  }

  isCall(entry: number): boolean {
    return (this.returnOf[entry] ?? -1) >= 0;
  }

  private unlink(entry: number): void {
    const before = this.prev[entry] ?? -1;
    const after = this.next[entry] ?? -1;
    this.next[before] = after;
    this.prev[after] = before;
  }

  private relink(entry: number): void {
    const before = this.prev[entry] ?? -1;
    const after = this.next[entry] ?? -1;
    this.next[before] = entry;
    this.prev[after] = entry;
  }

  /** Removes a call and its return. */
  lift(call: number): void {
    this.unlink(call);
    this.unlink(this.returnOf[call] ?? -1);
  }

  /** Undoes `lift`, in reverse order, so the neighbours recorded at lift time are valid again. */
  unlift(call: number): void {
    this.relink(this.returnOf[call] ?? -1);
    this.relink(call);
  }
}

interface Frame {
  readonly call: number;
  readonly state: string | null;
}

function checkKey(key: string, operations: readonly KvOperation[], stepsMax: number): KeyResult {
  const list = new EntryList(operations);
  const linearized = new Uint32Array(Math.ceil(operations.length / 32) + 1);
  const cache = new Set<string>();
  const stack: Frame[] = [];
  let completedRemaining = operations.filter((operation) => operation.completeAt !== null).length;
  let state: string | null = null;
  let entry = list.next[list.head] ?? list.tail;
  let steps = 0;
  let deepest: { prefix: number[]; state: string | null; blocking: number } | null = null;
  while (completedRemaining > 0) {
    steps += 1;
    if (steps > stepsMax) return { kind: "unknown", key, steps };
    // A return entry always comes before the tail while a completed operation remains.
    assert(entry !== list.tail, "the walk cannot pass every return entry");
    const index = list.operationOf[entry] ?? -1;
    const operation = operations[index];
    assert(operation !== undefined, "every entry names an operation");
    if (list.isCall(entry)) {
      const after = stepRegister(state, operation);
      if (after !== undefined) {
        toggle(linearized, index);
        const memo = `${linearized.join(",")}|${after.state ?? "\u0000"}`;
        if (!cache.has(memo)) {
          cache.add(memo);
          stack.push({ call: entry, state });
          state = after.state;
          if (operation.completeAt !== null) completedRemaining -= 1;
          list.lift(entry);
          entry = list.next[list.head] ?? list.tail;
          continue;
        }
        toggle(linearized, index); // seen before from this exact configuration: prune
      }
      entry = list.next[entry] ?? list.tail;
      continue;
    }
    // A return entry: its operation had to be linearized by now and was not. Backtrack.
    if (deepest === null || stack.length > deepest.prefix.length) {
      deepest = { prefix: stack.map((frame) => list.operationOf[frame.call] ?? -1), state, blocking: index };
    }
    const frame = stack.pop();
    if (frame === undefined) return { kind: "violation", key, explanation: explain(key, operations, deepest), steps };
    const undone = list.operationOf[frame.call] ?? -1;
    toggle(linearized, undone);
    if (operations[undone]?.completeAt !== null) completedRemaining += 1;
    state = frame.state;
    list.unlift(frame.call);
    entry = list.next[frame.call] ?? list.tail;
  }
  return { kind: "ok", steps };
}

function toggle(bits: Uint32Array, index: number): void {
  const word = index >>> 5;
  bits[word] = (bits[word] ?? 0) ^ (1 << (index & 31));
}

export function describeOperation(operation: KvOperation): string {
  const result = operation.kind === "put" ? `put(${operation.key}, ${operation.value})` : `get(${operation.key}) -> ${operation.value ?? "absent"}`;
  const end = operation.completeAt === null ? "unknown" : String(operation.completeAt);
  return `#${operation.id} client ${operation.client} ${result} [${operation.invokeAt}, ${end}]`;
}

function explain(
  key: string,
  operations: readonly KvOperation[],
  deepest: { prefix: number[]; state: string | null; blocking: number } | null,
): string {
  assert(deepest !== null, "a violation is found only after a backtrack");
  const blocking = operations[deepest.blocking];
  assert(blocking !== undefined, "the blocking operation exists");
  const shown = deepest.prefix.slice(-explanationOperationsMax).map((index) => {
    const operation = operations[index];
    return operation === undefined ? "?" : describeOperation(operation);
  });
  return [
    `key ${key}: no linearization of ${operations.length} operations.`,
    `Longest linearizable prefix: ${deepest.prefix.length} operations, ending with:`,
    ...shown.map((line) => `  ${line}`),
    `leaving value ${deepest.state ?? "absent"}; then no order places ${describeOperation(blocking)}.`,
  ].join("\n");
}
