/**
 * Membership changes, one server at a time (Raft thesis §4.1): how a ConfChange travels inside
 * a "conf-change" entry, and what it does to a configuration.
 *
 * Where a change takes effect: when its entry is applied, that is in advance() of the Ready whose
 * entriesToApply carried it (as etcd, whose ApplyConfChange we fold into advance so the edge
 * cannot forget it). The leader refuses a new change until the previous one is applied, so at
 * most one change is ever in flight, which is what makes single-server changes safe.
 *
 * A change that does not fit the configuration it meets (adding a present voter, removing an
 * absent node, removing the last voter) leaves the configuration unchanged: every node applies
 * the same entries to the same configuration, so every node reaches the same outcome.
 */
import { assert, assertNever } from "../lib/assert";
import { nodeId, type ConfChange, type ConfState, type NodeId } from "./types";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Node ids are short names; a bound keeps a corrupt entry from carrying a huge one. */
export const confChangeBytesMax = 256;

const kinds = ["add-learner", "add-voter", "promote-learner", "remove"] as const;

/** Entry data: "<kind> <node>" or "<kind> <node> <address>", readable in logs and traces. */
export function encodeConfChange(change: ConfChange): Uint8Array {
  assert(change.node.length > 0, "conf change names a node");
  assert(!change.node.includes(" "), "node ids hold no spaces");
  const address = "address" in change && change.address !== undefined ? change.address : "";
  assert(!address.includes(" "), "addresses hold no spaces");
  const data = encoder.encode(address === "" ? `${change.kind} ${change.node}` : `${change.kind} ${change.node} ${address}`);
  assert(data.byteLength <= confChangeBytesMax, "conf change fits its bound");
  return data;
}

/** Entries come from our own log, written by encodeConfChange: a bad one is a bug. */
export function decodeConfChange(data: Uint8Array): ConfChange {
  assert(data.byteLength <= confChangeBytesMax, "conf change fits its bound");
  const [kind, node, address, ...rest] = decoder.decode(data).split(" ");
  assert(rest.length === 0, "conf change has two or three fields");
  assert(node !== undefined && node.length > 0, "conf change names a node");
  const known = kinds.find((k) => k === kind);
  assert(known !== undefined, `unknown conf change kind ${String(kind)}`);
  if (address === undefined || address === "") return { kind: known, node: nodeId(node) };
  assert(known === "add-learner" || known === "add-voter", `only an added member carries an address, not ${known}`);
  return { kind: known, node: nodeId(node), address };
}

function sorted(ids: readonly NodeId[]): NodeId[] {
  return [...ids].sort();
}

function without(ids: readonly NodeId[], node: NodeId): NodeId[] {
  return ids.filter((id) => id !== node);
}

/** The configuration after `change`, or the same configuration if the change does not fit. */
export function applyConfChange(conf: ConfState, change: ConfChange): ConfState {
  assert(conf.votersOutgoing.length === 0, "single-server changes never start from a joint config");
  const isVoter = conf.voters.includes(change.node);
  const isLearner = conf.learners.includes(change.node);
  assert(!(isVoter && isLearner), "a node is a voter or a learner, not both");
  switch (change.kind) {
    case "add-learner":
      if (isVoter || isLearner) return conf;
      return { ...conf, learners: sorted([...conf.learners, change.node]) };
    case "add-voter":
      if (isVoter || isLearner) return conf;
      return { ...conf, voters: sorted([...conf.voters, change.node]) };
    case "promote-learner":
      if (!isLearner) return conf;
      return { voters: sorted([...conf.voters, change.node]), learners: without(conf.learners, change.node), votersOutgoing: [] };
    case "remove":
      if (isLearner) return { ...conf, learners: without(conf.learners, change.node) };
      // Removing the last voter would leave a cluster that can never decide anything again.
      if (!isVoter || conf.voters.length === 1) return conf;
      return { ...conf, voters: without(conf.voters, change.node) };
    default:
      return assertNever(change);
  }
}

export function confStateEqual(a: ConfState, b: ConfState): boolean {
  const same = (x: readonly NodeId[], y: readonly NodeId[]): boolean =>
    x.length === y.length && sorted(x).every((id, i) => id === sorted(y)[i]);
  return same(a.voters, b.voters) && same(a.learners, b.learners) && same(a.votersOutgoing, b.votersOutgoing);
}
