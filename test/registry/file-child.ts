/**
 * A child process for test/registry/file.test.ts: registers `count` clusters named
 * `<prefix>-<n>` in the file registry at `path`, each twice (insert, then update), as fast as
 * it can, so several of these racing on one file show that the lock and the atomic rename
 * lose no entry. Exits 0 when every call succeeded; prints the error and exits 1 otherwise.
 */
import { FileRegistry } from "../../src/registry/file";

const [path, prefix, countText] = process.argv.slice(2);
if (path === undefined || prefix === undefined || countText === undefined) {
  console.error("usage: file-child.ts PATH PREFIX COUNT");
  process.exit(2);
}
try {
  const registry = await FileRegistry.open({ path });
  for (let index = 0; index < Number(countText); index += 1) {
    const cluster = `${prefix}-${String(index).padStart(3, "0")}`;
    await registry.register({ cluster, queues: [`${cluster}:1`], leader: null }, 60_000);
    await registry.register({ cluster, queues: [`${cluster}:2`], leader: "n1" }, 60_000);
  }
  await registry.close();
} catch (error: unknown) {
  console.error(error);
  process.exit(1);
}
