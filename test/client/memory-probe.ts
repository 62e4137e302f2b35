/**
 * Run as its own process by memory.test.ts (so the RSS it measures is the client's and the
 * fakes', not the test runner's): writes a FILE_MB file to disk, uploads it to a fake queue
 * that keeps digests only, reads it back from a fake node that serves chunks straight from the
 * file on disk, and prints one JSON line: the RSS before, the peak during the write and during
 * the read, and whether both succeeded with the right digest. Nothing here holds the file.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { downloadFile } from "../../src/client/download";
import { readChunk } from "../../src/client/manifest";
import { chunkRange } from "../../src/files/manifest";
import { uploadFile } from "../../src/client/upload";
import { FakeNode, FakeQueue } from "./fake-cluster";
import { clientOptions, patternBytes, tempDir } from "./helpers";

/** Hex of raw wire digest bytes (the fake servers speak the wire). */
function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}


const chunkBytes = 1 << 20;
const fileMegabytes = Number(process.env.FILE_MB ?? "200");
const dir = tempDir("memory");
const source = join(dir.path, "big.bin");

function writeBigFile(): void {
  const block = patternBytes(chunkBytes, 77);
  const fd = openSync(source, "w");
  for (let index = 0; index < fileMegabytes; index += 1) {
    // A distinct first word per chunk keeps every chunk's digest distinct.
    new DataView(block.buffer).setUint32(0, index);
    writeSync(fd, block);
  }
  writeSync(fd, block.subarray(0, 12_345));
  closeSync(fd);
}

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 5);

writeBigFile();
const size = fileMegabytes * chunkBytes + 12_345;
Bun.gc(true);
const baseline = process.memoryUsage.rss();
peak = baseline;

const queue = new FakeQueue({ keepBytes: false }).start();
const digestIndex = new Map<string, number>();
const node = new FakeNode("n1", async (digestHex) => {
  const index = digestIndex.get(digestHex);
  return index === undefined ? undefined : readChunk(source, index, size, chunkBytes);
}).start();
queue.nodes = [{ id: "n1", address: node.address }];

const options = clientOptions([queue.address], chunkBytes);
const written = await uploadFile(options, { path: source, name: "big" });
const peakWrite = peak;
const manifest = queue.lastCommitted?.manifest;
(manifest?.chunkDigests ?? []).forEach((digest, index) => {
  chunkRange(index, size, chunkBytes);
  digestIndex.set(hex(digest), index);
});
Bun.gc(true);
peak = process.memoryUsage.rss();
const readBaseline = peak;
const read = await downloadFile(options, { name: "big", output: join(dir.path, "copy.bin") });
const peakRead = peak;
clearInterval(sampler);
queue.stop();
node.stop();
dir.remove();
console.log(JSON.stringify({
  size,
  writeOk: written.ok,
  readOk: read.ok,
  sameDigest: written.ok && read.ok && written.value.digest === read.value.digest,
  baseline,
  peakWrite,
  readBaseline,
  peakRead,
  error: written.ok ? (read.ok ? null : read.error.message) : written.error.message,
}));
