/**
 * The interpreter behind test/raft/testdata/*.txt (after etcd's rafttest/interaction_env).
 *
 * A script is a list of blocks: optional `#` comment lines, one command line, `----`, and the
 * exact expected output. Each file runs against a fresh environment: a set of cores, each with
 * a fake durable storage that follows the Ready contract (persist, send, apply, advance), and a
 * mailbox per node. Nothing is delivered unless a command says so, so every message is visible.
 *
 * Commands (options are key=value):
 *   add-nodes n1 n2 ... [voters=a,b] [learners=c] [prevote=bool] [checkquorum=bool]
 *             [inflight=N] [append-bytes=N] [uncommitted-bytes=N] [election=N] [heartbeat=N]
 *   campaign ID                ticks ID alone until its election timeout fires
 *   tick ID [COUNT]            ticks one node
 *   process-ready ID...        handles one Ready per node and prints it
 *   deliver-msgs ID... [drop=true]  steps (or drops) the messages waiting for those nodes
 *   stabilize [ID...]          alternates process-ready and deliver-msgs until quiet
 *   propose ID DATA | propose-conf-change ID KIND NODE | read-index ID CONTEXT
 *   transfer-leadership ID TARGET | compact ID INDEX | report-snapshot ID PEER ok|fail
 *   report-unreachable ID PEER | isolate ID (cuts what it sends and is sent from now on) | heal | restart ID | status ID | raft-state | log ID
 */
import { Prng } from "../../src/lib/prng";
import { defaultRaftConfig, type RaftConfig } from "../../src/raft/config";
import { createRaft } from "../../src/raft/raft";
import { decodeReadSequence } from "../../src/raft/read-only";
import { logIndex, nodeId, type ConfChange, type ConfState, type Entry, type Message, type NodeId, type Ready } from "../../src/raft/types";
import { MemoryStorage, type TestNode } from "./harness";

export interface Block {
  readonly comments: readonly string[];
  readonly command: string;
  readonly expected: readonly string[];
}

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.split("\n");
  let i = 0;
  while (i < lines.length) {
    const comments: string[] = [];
    while (i < lines.length && (lines[i] === "" || (lines[i] ?? "").startsWith("#"))) {
      if (lines[i] !== "") comments.push(lines[i] ?? "");
      i += 1;
    }
    if (i >= lines.length) break;
    const command = lines[i] ?? "";
    i += 1;
    if (lines[i] !== "----") throw new Error(`expected ---- after "${command}" at line ${i + 1}`);
    i += 1;
    const expected: string[] = [];
    while (i < lines.length && lines[i] !== "") expected.push(lines[i++] ?? "");
    blocks.push({ comments, command, expected });
  }
  return blocks;
}

export function renderBlock(block: Block, output: readonly string[]): string {
  return [...block.comments, block.command, "----", ...output].join("\n") + "\n";
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function text(data: Uint8Array): string {
  return decoder.decode(data);
}

export function renderEntry(entry: Entry): string {
  const data = entry.data.byteLength > 0 ? ` ${text(entry.data)}` : "";
  return `${entry.term}/${entry.index} ${entry.type}${data}`;
}

function renderContext(context: Uint8Array): string {
  const sequence = decodeReadSequence(context);
  if (sequence !== null && context.byteLength === 8 && /[^\x20-\x7e]/.test(text(context))) return `read#${sequence}`;
  return text(context);
}

export function renderMessage(m: Message): string {
  const parts = [`${m.from}->${m.to} ${m.type} term=${m.term}`];
  if (m.logTerm > 0) parts.push(`logTerm=${m.logTerm}`);
  if (m.index > 0 || m.type === "append" || m.type === "append-response") parts.push(`index=${m.index}`);
  if (m.commit > 0 || m.type === "append" || m.type === "heartbeat") parts.push(`commit=${m.commit}`);
  if (m.reject) parts.push(`reject rejectHint=${m.rejectHint} rejectTerm=${m.rejectTerm}`);
  if (m.context.byteLength > 0) parts.push(`context=${renderContext(m.context)}`);
  if (m.entries.length > 0) parts.push(`entries=[${m.entries.map(renderEntry).join(", ")}]`);
  if (m.snapshot !== null) parts.push(`snapshot=${m.snapshot.meta.term}/${m.snapshot.meta.index} ${renderConf(m.snapshot.meta.confState)}`);
  return parts.join(" ");
}

export function renderConf(conf: ConfState): string {
  const learners = conf.learners.length > 0 ? ` learners=(${conf.learners.join(" ")})` : "";
  return `voters=(${conf.voters.join(" ")})${learners}`;
}

function parseOptions(args: readonly string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq < 0) positional.push(arg);
    else options.set(arg.slice(0, eq), arg.slice(eq + 1));
  }
  return { positional, options };
}

function list(value: string | undefined, fallback: NodeId[]): NodeId[] {
  if (value === undefined) return fallback;
  return value === "" ? [] : value.split(",").map(nodeId);
}

export class InteractionEnv {
  private readonly nodes = new Map<NodeId, TestNode>();
  /** Messages waiting for each node; `cut` ones were sent across a partition and will be dropped. */
  private readonly mailboxes = new Map<NodeId, { message: Message; cut: boolean }[]>();
  private readonly isolated = new Set<NodeId>();
  private readonly prng = new Prng(7);

  handle(command: string): string[] {
    const [name, ...args] = command.split(/\s+/).filter((part) => part.length > 0);
    const { positional, options } = parseOptions(args);
    const out: string[] = [];
    switch (name) {
      case "add-nodes": this.addNodes(positional, options, out); break;
      case "campaign": this.campaign(this.node(positional[0]), out); break;
      case "tick": this.tick(this.node(positional[0]), Number(positional[1] ?? "1"), out); break;
      case "process-ready": for (const id of positional) this.processReady(this.node(id), out); break;
      case "deliver-msgs": for (const id of positional) this.deliver(this.node(id), options.get("drop") === "true", out); break;
      case "stabilize": this.stabilize(positional.length > 0 ? positional.map(nodeId) : [...this.nodes.keys()], out); break;
      case "propose": out.push(JSON.stringify(this.node(positional[0]).core.propose(encoder.encode(positional[1] ?? "")))); break;
      case "propose-conf-change": out.push(this.proposeConfChange(positional)); break;
      case "read-index": this.node(positional[0]).core.readIndex(encoder.encode(positional[1] ?? "")); out.push("ok"); break;
      case "transfer-leadership": this.node(positional[0]).core.transferLeadership(nodeId(positional[1] ?? "")); out.push("ok"); break;
      case "compact": this.compact(this.node(positional[0]), Number(positional[1]), out); break;
      case "report-snapshot": this.node(positional[0]).core.reportSnapshot(nodeId(positional[1] ?? ""), positional[2] === "ok"); out.push("ok"); break;
      case "report-unreachable": this.node(positional[0]).core.reportUnreachable(nodeId(positional[1] ?? "")); out.push("ok"); break;
      case "isolate": this.isolated.add(nodeId(positional[0] ?? "")); out.push("ok"); break;
      case "heal": this.isolated.clear(); out.push("ok"); break;
      case "restart": this.restart(this.node(positional[0]), out); break;
      case "status": out.push(...this.status(this.node(positional[0]))); break;
      case "raft-state": for (const node of this.nodes.values()) out.push(this.statusLine(node)); break;
      case "log": out.push(...this.renderLog(this.node(positional[0]))); break;
      default: throw new Error(`unknown command ${String(name)}`);
    }
    if (out.length === 0) out.push("ok");
    return out;
  }

  private node(id: string | undefined): TestNode {
    const node = this.nodes.get(nodeId(id ?? ""));
    if (node === undefined) throw new Error(`no node ${String(id)}`);
    return node;
  }

  private addNodes(names: readonly string[], options: Map<string, string>, out: string[]): void {
    const conf: ConfState = {
      voters: list(options.get("voters"), names.map(nodeId)),
      learners: list(options.get("learners"), []),
      votersOutgoing: [],
    };
    for (const name of names) {
      const id = nodeId(name);
      const config: RaftConfig = {
        ...defaultRaftConfig(id, this.prng.fork()),
        preVote: options.get("prevote") !== "false",
        checkQuorum: options.get("checkquorum") !== "false",
        inflightMessagesMax: Number(options.get("inflight") ?? "256"),
        entryBytesPerAppendMax: Number(options.get("append-bytes") ?? String(1 << 20)),
        uncommittedBytesMax: Number(options.get("uncommitted-bytes") ?? String(64 << 20)),
        electionTicks: Number(options.get("election") ?? "10"),
        heartbeatTicks: Number(options.get("heartbeat") ?? "1"),
      };
      const storage = new MemoryStorage(conf);
      const core = createRaft(config, storage.durable());
      const node: TestNode = { id, core, storage, config, applied: [], readStates: [] };
      this.nodes.set(id, node);
      this.mailboxes.set(id, []);
      // Persist and apply the bootstrap entries (the initial configuration) without printing.
      for (let i = 0; i < 2; i += 1) this.processReady(node, []);
      const s = core.status();
      out.push(`${name}: ${renderConf(s.confState)} term=${s.term} commit=${s.commit} applied=${s.applied}`);
    }
  }

  /** Ticks `node` alone until its election timeout fires, i.e. until it has something to say. */
  private campaign(node: TestNode, out: string[]): void {
    const electionTicksMax = 2 * node.config.electionTicks;
    for (let ticks = 1; ticks <= electionTicksMax; ticks += 1) {
      node.core.tick();
      if (node.core.hasReady()) {
        const s = node.core.status();
        out.push(`${node.id} campaigns after ${ticks} ticks: ${s.role} term=${s.term}`);
        return;
      }
    }
    out.push(`${node.id} did not campaign`);
  }

  private tick(node: TestNode, count: number, out: string[]): void {
    const roleBefore = node.core.status().role;
    for (let i = 0; i < count; i += 1) node.core.tick();
    const roleAfter = node.core.status().role;
    if (roleAfter !== roleBefore) out.push(`${node.id} became ${roleAfter}`);
  }

  private processReady(node: TestNode, out: string[]): boolean {
    if (!node.core.hasReady()) return false;
    const ready = node.core.ready();
    out.push(`> ${node.id} handling Ready`);
    out.push(...renderReady(ready).map((line) => `  ${line}`));
    node.storage.persist(ready);
    for (const m of [...ready.messages, ...ready.messagesAfterPersist]) {
      // A partition cuts messages when they are sent, so healing does not deliver old ones.
      const cut = this.isolated.has(m.from) || this.isolated.has(m.to);
      this.mailboxes.get(m.to)?.push({ message: m, cut });
    }
    for (const entry of ready.entriesToApply) {
      if (entry.index !== node.storage.applied + 1) throw new Error(`${node.id} applies ${entry.index} after ${node.storage.applied}`);
      node.applied.push(entry);
      node.storage.applied = entry.index;
    }
    node.core.advance(ready);
    return true;
  }

  private deliver(node: TestNode, drop: boolean, out: string[]): boolean {
    const mailbox = this.mailboxes.get(node.id) ?? [];
    if (mailbox.length === 0) return false;
    this.mailboxes.set(node.id, []);
    out.push(`> ${node.id} receiving messages`);
    for (const { message, cut } of mailbox) {
      out.push(`  ${cut || drop ? "DROPPED " : ""}${renderMessage(message)}`);
      if (!cut && !drop) node.core.step(message);
    }
    return true;
  }

  private stabilize(ids: readonly NodeId[], out: string[]): void {
    for (let round = 0; round < 100; round += 1) {
      let moved = false;
      for (const id of ids) moved = this.processReady(this.node(id), out) || moved;
      for (const id of ids) moved = this.deliver(this.node(id), false, out) || moved;
      if (!moved) return;
    }
    throw new Error("did not stabilize in 100 rounds");
  }

  private proposeConfChange(args: readonly string[]): string {
    const kind = args[1];
    const node = nodeId(args[2] ?? "");
    let change: ConfChange;
    if (kind === "add-learner" || kind === "add-voter" || kind === "promote-learner" || kind === "remove") change = { kind, node };
    else throw new Error(`unknown conf change ${String(kind)}`);
    return JSON.stringify(this.node(args[0]).core.proposeConfChange(change));
  }

  private compact(node: TestNode, index: number, out: string[]): void {
    // The application snapshotted at `index`; no script changes the configuration after the
    // index it compacts at, so the current configuration is the one at `index`.
    node.core.compact(logIndex(index));
    node.storage.compact(index, node.core.status().confState);
    out.push(`${node.id} compacted to ${index}`);
  }

  private restart(node: TestNode, out: string[]): void {
    const prng = this.prng.fork();
    node.core = createRaft({ ...node.config, prng }, node.storage.durable());
    this.mailboxes.set(node.id, []);
    out.push(this.statusLine(node));
  }

  /** The durable log: the snapshot it starts from, if any, then the entries. */
  private renderLog(node: TestNode): string[] {
    const snapshot = node.storage.snapshot;
    const head = snapshot === null ? [] : [`snapshot ${snapshot.term}/${snapshot.index} ${renderConf(snapshot.confState)}`];
    return [...head, ...node.storage.entries.map(renderEntry)];
  }

  private statusLine(node: TestNode): string {
    const s = node.core.status();
    return `${s.id}: ${s.role} term=${s.term} leader=${s.leader ?? "none"} vote=${s.vote ?? "none"} commit=${s.commit} applied=${s.applied} last=${s.lastIndex} ${renderConf(s.confState)}`;
  }

  private status(node: TestNode): string[] {
    const lines = [this.statusLine(node)];
    const progress = node.core.status().progress;
    if (progress !== null) {
      for (const [id, p] of progress) lines.push(`  ${id}: match=${p.match} next=${p.next} ${p.state}${p.learner ? " learner" : ""}`);
    }
    return lines;
  }
}

export function renderReady(ready: Ready): string[] {
  const lines: string[] = [];
  if (ready.softState !== null) lines.push(`soft: leader=${ready.softState.leader ?? "none"} role=${ready.softState.role}`);
  if (ready.hardState !== null) {
    const h = ready.hardState;
    lines.push(`hard: term=${h.term} vote=${h.vote ?? "none"} commit=${h.commit}`);
  }
  if (ready.snapshot !== null) lines.push(`snapshot: ${ready.snapshot.meta.term}/${ready.snapshot.meta.index} ${renderConf(ready.snapshot.meta.confState)}`);
  if (ready.entriesToPersist.length > 0) lines.push(`persist: ${ready.entriesToPersist.map(renderEntry).join(", ")}`);
  for (const m of ready.messages) lines.push(`send: ${renderMessage(m)}`);
  for (const m of ready.messagesAfterPersist) lines.push(`send-after-persist: ${renderMessage(m)}`);
  if (ready.entriesToApply.length > 0) lines.push(`apply: ${ready.entriesToApply.map(renderEntry).join(", ")}`);
  for (const r of ready.readStates) lines.push(`read-state: index=${r.index} context=${text(r.context)}`);
  return lines;
}
