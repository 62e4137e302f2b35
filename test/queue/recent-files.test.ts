/** The status page's recent files: newest first, bounded, a rewrite moves to the front, a remove leaves. */
import { expect, test } from "bun:test";
import { RecentFiles, recentFilesMax } from "../../src/queue/recent-files";

const file = (name: string, version: number) => ({ name, size: 1, version, chunks: 1, createdMs: version });

test("newest first, a file written again moves to the front once", () => {
  const recent = new RecentFiles();
  recent.written(file("a", 1));
  recent.written(file("b", 2));
  recent.written(file("a", 3));
  expect(recent.list().map((f) => `${f.name}@${f.version}`)).toEqual(["a@3", "b@2"]);
});

test("bounded: the oldest falls off", () => {
  const recent = new RecentFiles();
  for (let i = 0; i < recentFilesMax + 5; i += 1) recent.written(file(`f${i}`, i));
  expect(recent.list()).toHaveLength(recentFilesMax);
  expect(recent.list()[0]?.name).toBe(`f${recentFilesMax + 4}`);
  expect(recent.list().at(-1)?.name).toBe("f5");
});

test("a removed file leaves the list", () => {
  const recent = new RecentFiles();
  recent.written(file("a", 1));
  recent.written(file("b", 2));
  recent.removed("a");
  recent.removed("never-written");
  expect(recent.list().map((f) => f.name)).toEqual(["b"]);
});
