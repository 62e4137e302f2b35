/**
 * ListObjects (V1 and V2) over Gossamer's flat, name-ordered listing: keys under a prefix,
 * rolled up into common prefixes at a delimiter, in pages of at most maxKeys entries, resumed
 * after a cursor (a key, or a common prefix to skip past). Pure logic over a page fetcher, so
 * the roll-up and paging are tested without a cluster (test/s3/listing.test.ts).
 *
 * A common prefix costs one fetch, not one per key under it: once "photos/" is rolled up, the
 * next fetch starts past every key beginning with it (skipPast).
 */
import { utf8Compare } from "../client/file-info";
import { assert } from "../lib/assert";

/** S3 answers at most 1,000 keys per listing request. */
export const listKeysMax = 1000;
/** Names fetched from the cluster per page. */
export const listFetchNames = 1000;
/** Fetches one listing request may make: a bound on work per request (each skips a common prefix or reads a page). */
export const listFetchesMax = 2 * listKeysMax + 2;

export interface ListEntry {
  readonly key: string;
}

export interface ListQuery {
  readonly prefix: string;
  readonly delimiter: string;
  /** Keys and common prefixes up to and including this are skipped ("": none). */
  readonly after: string;
  readonly maxKeys: number;
}

export interface ListResult<E extends ListEntry> {
  readonly contents: readonly E[];
  readonly commonPrefixes: readonly string[];
  readonly truncated: boolean;
  /** The last key or common prefix returned: where the next page starts (after it). */
  readonly last: string;
}

/** Fetches up to `limit` entries with keys starting with `prefix` and greater than `after`, in key order. */
export type FetchPage<E extends ListEntry> = (prefix: string, after: string, limit: number) => Promise<readonly E[]>;

/**
 * A cursor past every key that starts with `prefix`: keys are at most 255 bytes of UTF-8, so the
 * prefix followed by the highest code point, repeated past that length, sorts after all of them.
 */
export function skipPast(prefix: string): string {
  return prefix + "\u{10FFFF}".repeat(64);
}

export async function listKeys<E extends ListEntry>(query: ListQuery, fetch: FetchPage<E>): Promise<ListResult<E>> {
  assert(query.maxKeys >= 0 && query.maxKeys <= listKeysMax, "maxKeys within 0..listKeysMax");
  const contents: E[] = [];
  const commonPrefixes: string[] = [];
  let cursor = utf8Compare(query.after, query.prefix) < 0 ? "" : query.after;
  let last = "";
  const full = (): boolean => contents.length + commonPrefixes.length >= query.maxKeys;
  for (let fetches = 0; fetches < listFetchesMax; fetches += 1) {
    const page = await fetch(query.prefix, cursor, full() ? 1 : listFetchNames);
    if (page.length === 0) return { contents, commonPrefixes, truncated: false, last };
    if (full()) return { contents, commonPrefixes, truncated: true, last };
    let skip: string | null = null;
    for (const entry of page) {
      assert(entry.key.startsWith(query.prefix), "a page holds keys under the prefix");
      const rolled = rollUp(entry.key, query.prefix, query.delimiter);
      if (rolled === null) {
        if (full()) return { contents, commonPrefixes, truncated: true, last };
        contents.push(entry);
        last = entry.key;
        cursor = entry.key;
        continue;
      }
      // A common prefix at or before `after` was returned by an earlier page: skip its keys.
      if (utf8Compare(rolled, query.after) > 0) {
        if (full()) return { contents, commonPrefixes, truncated: true, last };
        commonPrefixes.push(rolled);
        last = rolled;
      }
      skip = skipPast(rolled);
      break;
    }
    if (skip !== null) cursor = skip;
    else if (page.length < listFetchNames) return { contents, commonPrefixes, truncated: false, last };
  }
  // Out of fetches (a pathological mix of keys and prefixes): report a truncated page; the client continues from `last`.
  return { contents, commonPrefixes, truncated: true, last };
}

/** The common prefix `key` rolls up into, or null when it is listed as itself. */
export function rollUp(key: string, prefix: string, delimiter: string): string | null {
  if (delimiter === "") return null;
  const at = key.indexOf(delimiter, prefix.length);
  return at < 0 ? null : key.slice(0, at + delimiter.length);
}
