/**
 * The pacer asks for a collection once per freshBytesPerCollection bytes of counted buffers
 * (each at least countedBufferBytesMin), never for small ones, and starts counting again after
 * each; received frame bodies are counted (src/wire/framing.ts), pooled ones are not.
 */
import { expect, test } from "bun:test";
import { countedBufferBytesMin, MemoryPacer, receivedBodies } from "../../src/lib/memory-pacer";
import { FrameDecoder } from "../../src/wire/framing";

test("one collection per paced number of counted bytes; small buffers are not counted", () => {
  let collected = 0;
  const pacer = new MemoryPacer(() => { collected += 1; }, 1 << 20);
  for (let i = 0; i < 1000; i += 1) pacer.noteFreshBuffer(countedBufferBytesMin - 1);
  expect(collected).toBe(0);
  for (let i = 0; i < 15; i += 1) pacer.noteFreshBuffer(64 << 10);
  expect(collected).toBe(0);
  pacer.noteFreshBuffer(64 << 10);
  expect(collected).toBe(1);
  for (let i = 0; i < 32; i += 1) pacer.noteFreshBuffer(64 << 10);
  expect(collected).toBe(3);
  expect(pacer.collections).toBe(3);
});

test("a decoder's fresh frame bodies are what the process's pacer counts", () => {
  const before = receivedBodies.collections;
  const decoder = new FrameDecoder(2 << 20, null);
  const body = new Uint8Array(1 << 20);
  const frame = new Uint8Array(4 + body.length);
  new DataView(frame.buffer).setUint32(0, body.length);
  // 40 bodies of 1 MiB: more than one pace of 32 MiB.
  let frames = 0;
  for (let i = 0; i < 40; i += 1) {
    const pushed = decoder.push(frame, () => { frames += 1; });
    expect(pushed.ok).toBe(true);
  }
  expect(frames).toBe(40);
  expect(receivedBodies.collections - before).toBeGreaterThanOrEqual(1);
});
