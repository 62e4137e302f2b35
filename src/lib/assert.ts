/**
 * Assertions for our own invariants. A failed assertion is a bug in Gossamer, never an
 * operating error: only the top level catches AssertionError, logs it and exits non-zero.
 */
export class AssertionError extends Error {
  override readonly name = "AssertionError";
}

export function assert(condition: boolean, message = "assertion failed"): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function assertNever(value: never): never {
  throw new AssertionError(`unexpected value: ${JSON.stringify(value)}`);
}

/** Narrows away null/undefined where the invariant guarantees presence. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new AssertionError(`${what} is missing`);
  return value;
}
