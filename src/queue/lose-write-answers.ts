/**
 * A fault for end-to-end tests only: the queue server loses the answer of the first N writes
 * that committed — it closes the writer's connection instead of sending WriteDone — as when it
 * dies or the network drops between the commit and the acknowledgement. The client then sees
 * "outcome unknown", and a retry with the same write id must be answered with the version the
 * lost answer carried (test/e2e/write-id.test.ts). A process started with it says so loudly
 * (src/queue/main.ts). Never set it elsewhere.
 */
export const loseWriteAnswersVariable = "GOSSAMER_TEST_LOSE_WRITE_ANSWERS";
/** More would be a misconfiguration, not a test: refused as zero. */
export const writeAnswersLostMax = 100;

/** The N of the variable: an integer in [0, writeAnswersLostMax]; anything else is 0 (off). */
export function writeAnswersToLose(value: string | undefined): number {
  if (value === undefined || !/^\d{1,3}$/.test(value)) return 0;
  const count = Number(value);
  return count <= writeAnswersLostMax ? count : 0;
}
