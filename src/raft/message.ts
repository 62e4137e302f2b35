/**
 * Building messages: every field of a Message is present on the wire, so a message is built
 * from the fields that matter for its type and neutral defaults for the rest.
 */
import { assert } from "../lib/assert";
import { logIndex, term, type Message, type MessageType, type NodeId, type Term } from "./types";

export interface MessageFields extends Partial<Message> {
  readonly type: MessageType;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly term: Term;
}

const emptyBytes = new Uint8Array(0);

export function makeMessage(fields: MessageFields): Message {
  assert(fields.from !== fields.to, "a core never sends a message to itself");
  return {
    logTerm: term(0),
    index: logIndex(0),
    entries: [],
    commit: logIndex(0),
    reject: false,
    rejectHint: logIndex(0),
    rejectTerm: term(0),
    context: emptyBytes,
    snapshot: null,
    ...fields,
  };
}

/** The context of a vote caused by leadership transfer: it may cross a leader lease (thesis §3.10). */
export const transferContext: Uint8Array = new TextEncoder().encode("leader-transfer");

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** The response type that answers a (pre-)vote request. */
export function voteResponseType(type: "vote" | "pre-vote"): MessageType {
  return type === "vote" ? "vote-response" : "pre-vote-response";
}
