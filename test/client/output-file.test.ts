/**
 * `read NAME -o OUT` when OUT is not a regular file: the bytes go into it in place. Before, the
 * read went through a temp file renamed over OUT, so `-o /dev/null` replaced the machine's
 * /dev/null with a regular file (seen here: later `cmd < /dev/null` read other programs' output).
 * Shown with a FIFO, which the old code replaced the same way, so the test never touches /dev/null.
 */
import { afterAll, expect, test } from "bun:test";
import { lstatSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareOutput } from "../../src/client/output-file";

const dir = mkdtempSync(join(tmpdir(), "gossamer-output-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a FIFO named as OUT stays a FIFO and its reader gets every byte; no temp file is left", async () => {
  const fifo = join(dir, "out.fifo");
  expect(Bun.spawnSync(["mkfifo", fifo]).exitCode).toBe(0);
  const reader = Bun.spawn(["cat", fifo], { stdout: "pipe" });
  const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
  const sink = await prepareOutput(fifo);
  expect(sink.ok).toBe(true);
  if (!sink.ok) return;
  await sink.value.write(bytes.subarray(0, 100_000));
  await sink.value.write(bytes.subarray(100_000));
  await sink.value.commit();
  const received = new Uint8Array(await new Response(reader.stdout).arrayBuffer());
  expect(await reader.exited).toBe(0);
  expect(received).toEqual(bytes);
  expect(lstatSync(fifo).isFIFO()).toBe(true);
  expect(readdirSync(dir)).toEqual(["out.fifo"]);
}, 30_000);

test("/dev/null as OUT is written in place and stays a character device", async () => {
  const sink = await prepareOutput("/dev/null");
  expect(sink.ok).toBe(true);
  if (!sink.ok) return;
  await sink.value.write(new Uint8Array(1024));
  await sink.value.commit();
  expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
});
