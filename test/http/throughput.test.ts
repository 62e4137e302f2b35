/**
 * The status page's throughput series: rates between neighbouring samples, a bounded ring
 * (the oldest sample goes), and a counter that went down (a restart) read as zero, not as a
 * negative rate.
 */
import { expect, test } from "bun:test";
import { Throughput, throughputSamplesMax } from "../../src/http/throughput";

test("rates are differences over the time between samples", () => {
  const throughput = new Throughput();
  throughput.sample(0, { writeBytes: 0, writes: 0, reads: 0 });
  throughput.sample(2_000, { writeBytes: 4_000, writes: 2, reads: 6 });
  expect(throughput.rates()).toEqual([{ atMs: 2_000, writeBytesPerSecond: 2_000, writesPerSecond: 1, readsPerSecond: 3 }]);
});

test("the ring keeps the last samples only", () => {
  const throughput = new Throughput();
  for (let i = 0; i < throughputSamplesMax + 10; i += 1) throughput.sample(i * 1_000, { writeBytes: i, writes: i, reads: i });
  const rates = throughput.rates();
  expect(rates).toHaveLength(throughputSamplesMax - 1);
  expect(rates[0]?.atMs).toBe(11_000);
  expect(rates.at(-1)?.atMs).toBe((throughputSamplesMax + 9) * 1_000);
});

test("a total that went down counts as no traffic", () => {
  const throughput = new Throughput();
  throughput.sample(0, { writeBytes: 100, writes: 5, reads: 5 });
  throughput.sample(1_000, { writeBytes: 10, writes: 1, reads: 1 });
  expect(throughput.rates()[0]).toEqual({ atMs: 1_000, writeBytesPerSecond: 0, writesPerSecond: 0, readsPerSecond: 0 });
});
