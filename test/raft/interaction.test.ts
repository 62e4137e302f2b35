/**
 * Runs every interaction script in test/raft/testdata/: each block's command is executed on a
 * fresh per-file environment (interaction-env.ts) and its output must match the expected text
 * exactly. The expected outputs were reviewed by hand against the Raft rules, so they are
 * assertions about the protocol, not snapshots. REWRITE=1 regenerates them; review the diff.
 */
import { expect, test } from "bun:test";
import { InteractionEnv, parseBlocks, renderBlock } from "./interaction-env";

const directory = `${import.meta.dir}/testdata`;
const paths = [...new Bun.Glob("*.txt").scanSync(directory)].sort();

test("there are interaction scripts", () => {
  expect(paths.length).toBeGreaterThan(0);
});

for (const path of paths) {
  test(path, async () => {
    const full = `${directory}/${path}`;
    const source = await Bun.file(full).text();
    const env = new InteractionEnv();
    const actual = parseBlocks(source)
      .map((block) => renderBlock(block, env.handle(block.command)))
      .join("\n");
    if (process.env.REWRITE === "1") await Bun.write(full, actual);
    else expect(actual).toBe(source);
  });
}
