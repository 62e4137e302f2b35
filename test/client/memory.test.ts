/**
 * What this proves: memory stays bounded whatever the file size. A 200 MB file is written and
 * read back (1 MiB chunks) in a separate process (memory-probe.ts) so the figure is the
 * client's own; the resident set may grow by the window's chunks, frame buffers and garbage the
 * collector has not yet reclaimed, but by far less than the file: holding the file in memory
 * would add at least 200 MB. Measured on this machine the growth plateaus near 80-90 MB from
 * 100 MB files up (it is collector slack, not proportional to size), so the bound is 140 MB.
 */
import { expect, test } from "bun:test";

const rssGrowthBytesMax = 140 << 20;

test("a 200 MB write and read keep RSS growth bounded", async () => {
  const probe = Bun.spawn([process.execPath, "test/client/memory-probe.ts"], { env: { ...process.env, FILE_MB: "200" }, stdout: "pipe", stderr: "pipe" });
  const [stdout, stderr, code] = await Promise.all([new Response(probe.stdout).text(), new Response(probe.stderr).text(), probe.exited]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  const result = JSON.parse(stdout) as { size: number; writeOk: boolean; readOk: boolean; sameDigest: boolean; baseline: number; peakWrite: number; readBaseline: number; peakRead: number; error: string | null };
  expect(result.error).toBeNull();
  expect(result.writeOk).toBe(true);
  expect(result.readOk).toBe(true);
  expect(result.sameDigest).toBe(true);
  expect(result.size).toBeGreaterThan(200 << 20);
  expect(result.peakWrite - result.baseline).toBeLessThan(rssGrowthBytesMax);
  expect(result.peakRead - result.readBaseline).toBeLessThan(rssGrowthBytesMax);
}, 60_000);
