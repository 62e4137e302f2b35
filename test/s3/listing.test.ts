/**
 * ListObjects' roll-up and paging over a name-ordered store, without a cluster: a model (every
 * key listed at once, rolled up by brute force) against listKeys paged through in every page
 * size, with and without a delimiter; and a common prefix costs one fetch, not one per key.
 */
import { expect, test } from "bun:test";
import { listKeys, rollUp, type FetchPage, type ListEntry } from "../../src/s3/listing";
import { utf8Compare } from "../../src/client/file-info";

const keys = ["a", "a/1", "a/2", "a/b/3", "ab", "b/1", "b/2/x", "c", "d/e/f/g", "z\u{1F600}/1", "zz"].sort(utf8Compare);

function store(all: readonly string[], counter: { fetches: number }): FetchPage<ListEntry> {
  return async (prefix, after, limit) => {
    counter.fetches += 1;
    return all.filter((key) => key.startsWith(prefix) && (after === "" || utf8Compare(key, after) > 0)).slice(0, limit).map((key) => ({ key }));
  };
}

function model(all: readonly string[], prefix: string, delimiter: string): string[] {
  const out = new Set<string>();
  for (const key of all) if (key.startsWith(prefix)) out.add(rollUp(key, prefix, delimiter) ?? key);
  return [...out];
}

for (const delimiter of ["", "/"]) {
  for (const prefix of ["", "a", "a/", "b/", "z"]) {
    test(`prefix ${JSON.stringify(prefix)}, delimiter ${JSON.stringify(delimiter)}: every page size lists what the model lists, once each`, async () => {
      const expected = model(keys, prefix, delimiter).sort(utf8Compare);
      for (let maxKeys = 1; maxKeys <= keys.length + 1; maxKeys += 1) {
        const seen: string[] = [];
        let after = "";
        for (let pages = 0; pages <= keys.length + 1; pages += 1) {
          const page = await listKeys({ prefix, delimiter, after, maxKeys }, store(keys, { fetches: 0 }));
          expect(page.contents.length + page.commonPrefixes.length).toBeLessThanOrEqual(maxKeys);
          seen.push(...page.contents.map((entry) => entry.key), ...page.commonPrefixes);
          if (!page.truncated) break;
          after = page.last;
        }
        expect(seen.sort(utf8Compare)).toEqual(expected);
      }
    });
  }
}

test("a common prefix over many keys costs a fetch, not a fetch per key", async () => {
  const many = [...Array.from({ length: 5000 }, (_, i) => `big/${String(i).padStart(5, "0")}`), "small"];
  const counter = { fetches: 0 };
  const page = await listKeys({ prefix: "", delimiter: "/", after: "", maxKeys: 1000 }, store(many, counter));
  expect(page.commonPrefixes).toEqual(["big/"]);
  expect(page.contents.map((entry) => entry.key)).toEqual(["small"]);
  expect(counter.fetches).toBeLessThanOrEqual(3);
});
