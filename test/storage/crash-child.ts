/**
 * The child process of the crash case (not a test): opens the storage described by argv[2]
 * (an OpenSpec as JSON), appends batches of entries for ever, and after each persist resolves
 * prints `durable <last index>`. Before each persist it puts the batch's chunk (crashChunk),
 * which the batch's entries reference, as a node does with chunk entries. The parent SIGKILLs it at a random moment and checks what
 * survived. Entry i carries crashEntryText(i), so the parent can check the bytes too.
 */
import { logIndex, term, type Entry } from "../../src/raft/types";
import { openStorage, type OpenSpec } from "../../src/storage/open";
import { crashBatchSizes, crashChunk, crashEntryText } from "./crash-shape";

const spec = JSON.parse(process.argv[2] ?? "null") as OpenSpec;
const storage = await openStorage(spec);
let next = (await storage.lastIndex()) + 1;
for (let batch = 0; batch < 1_000_000; batch += 1) { // bounded; the parent kills it long before
  const size = crashBatchSizes[batch % crashBatchSizes.length] ?? 1;
  const entries: Entry[] = [];
  for (let offset = 0; offset < size; offset += 1, next += 1) {
    entries.push({ index: logIndex(next), term: term(1), type: "normal", data: new TextEncoder().encode(crashEntryText(next)) });
  }
  const item = crashChunk(next - 1);
  await storage.putChunk(item.digest, item.bytes);
  await storage.persist({ term: term(1), vote: null, commit: logIndex(next - 1) }, entries.map((entry) => ({ entry, chunks: [item.digest] })));
  process.stdout.write(`durable ${next - 1}\n`);
}
