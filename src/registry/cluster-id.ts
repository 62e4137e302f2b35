/**
 * What a cluster id may be. Ids become Redis keys (`gossamer:cluster:<id>`), JSON object keys
 * in the file registry and entries in a ping's path, so they are short, printable and free of
 * the characters that would need quoting in redis-cli or a shell: letters, digits, '.', '_'
 * and '-', starting with a letter or digit. Pure: no I/O.
 */
import { assert } from "../lib/assert";

/** Longest cluster id, in characters; keeps keys and ping paths small. */
export const clusterIdCharsMax = 64;
/** Longest queue-server address ("host:port", or a bracketed IPv6 literal with its port). */
export const addressCharsMax = 300;
/** Queue servers one cluster may advertise. A cluster has one or a few; more is a bug. */
export const queuesPerClusterMax = 16;

const clusterIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** No whitespace, no control characters, no commas: an address prints as one token. */
const addressPattern = /^[^\s,\u0000-\u001f\u007f]+$/;

assert(clusterIdCharsMax >= 8, "a cluster id has room for a readable name");
assert(addressCharsMax > clusterIdCharsMax, "an address may hold a host name longer than an id");

/** Why `id` is not a valid cluster id, or null when it is. */
export function clusterIdProblem(id: string): string | null {
  if (id.length === 0) return "a cluster id is empty";
  if (id.length > clusterIdCharsMax) return `cluster id is ${id.length} characters; at most ${clusterIdCharsMax}`;
  if (!clusterIdPattern.test(id)) {
    return `cluster id ${JSON.stringify(id)} may hold only letters, digits, '.', '_' and '-' and must start with a letter or digit`;
  }
  return null;
}

/** Why `address` is not an advertisable queue-server address, or null when it is. */
export function addressProblem(address: string): string | null {
  if (address.length === 0) return "an address is empty";
  if (address.length > addressCharsMax) return `address is ${address.length} characters; at most ${addressCharsMax}`;
  if (!addressPattern.test(address)) return `address ${JSON.stringify(address)} holds whitespace, a comma or a control character`;
  return null;
}

/**
 * The ring order of clusters: ascending by id, compared by UTF-16 code unit (ids are ASCII, so
 * this is byte order, the same order Redis uses for equal-score sorted-set members). Every
 * process computes the same ring from the same set of ids, whatever order it read them in.
 */
export function compareClusterIds(left: string, right: string): number {
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}
