/**
 * What the queue server believes about the cluster's membership, and the one place that
 * decides from it: who is a member (edge lists, discovery), who may take reads, who was
 * removed, and what `status` shows. Pure: every call takes the time (`nowMs`, monotonic) and
 * returns values; the shell persists `record()` when `observe` reports a change.
 *
 * The truth is the configuration the trusted leader reports with its polls: Raft configurations
 * are a function of the log index, and the leader's applied configuration is the newest any
 * member holds (Raft §6). A follower's view is only used when no leader has ever been heard
 * (a fresh queue server, for the addresses of an edge list). Removal is judged by comparing
 * positions in the log: a node whose applied configuration (at index A) includes itself while
 * the leader's (at index L >= A) does not was removed at some index in (A, L].
 */
import { assert } from "../lib/assert";

/** Ids remembered as removed (status shows them, polls from them are answered "removed"). */
export const removedRememberedMax = 64;
/** Members one configuration may name: Raft clusters are small; more is garbage. */
export const configurationMembersMax = 256;
/** A node not heard from for this long is shown unreachable; a leader, without quorum. */
export const nodeSilenceMs = 3_000;

/** What a node says about itself in a poll (the shell copies it out of the StealRequest). */
export interface NodeReport {
  readonly nodeId: string;
  readonly address: string;
  readonly role: string;
  readonly leader: boolean;
  readonly term: number;
  readonly commit: number;
  readonly applied: number;
  readonly readsServed: number;
  readonly voters: readonly string[];
  readonly learners: readonly string[];
  /** id → command address of the members it knows. */
  readonly addresses: readonly (readonly [string, string])[];
  readonly takesReads: boolean;
}

export interface Configuration {
  readonly voters: readonly string[];
  readonly learners: readonly string[];
  /** The leader's term and applied index when it reported this configuration. */
  readonly term: number;
  readonly applied: number;
}

/** What the shell persists (DATA_DIR/cluster.json) and loads at start. */
export interface ClusterRecord {
  readonly configuration: Configuration | null;
  readonly addresses: Readonly<Record<string, string>>;
  readonly removed: readonly string[];
}

export interface StatusRow {
  readonly id: string;
  readonly address: string;
  readonly role: string;
  readonly term: number;
  readonly commit: number;
  readonly applied: number;
  readonly readsServed: number;
  readonly reachable: boolean;
}

export interface StatusView {
  /** The trusted leader, if it answered recently. */
  readonly leader: string | null;
  readonly quorum: boolean;
  readonly rows: readonly StatusRow[];
}

interface Heard {
  readonly report: NodeReport;
  /** Last poll (report) from the node. */
  readonly reportMs: number;
  /** Last frame of any kind from the node. */
  heardMs: number;
}

export class ClusterView {
  private configuration: Configuration | null;
  private readonly addresses = new Map<string, string>();
  private removed: string[];
  private readonly nodes = new Map<string, Heard>();

  constructor(record: ClusterRecord | null, private readonly nodesMax: number) {
    assert(nodesMax > 0, "the view holds at least one node");
    this.configuration = record?.configuration ?? null;
    for (const [id, address] of Object.entries(record?.addresses ?? {})) this.addresses.set(id, address);
    this.removed = [...(record?.removed ?? [])].slice(-removedRememberedMax);
  }

  /** Whether a report from a node not yet known would exceed the bound. */
  full(nodeId: string): boolean {
    return !this.nodes.has(nodeId) && this.nodes.size >= this.nodesMax;
  }

  /**
   * A poll arrived. `trustedLeader` is the leader the work queue trusts after this poll.
   * Returns true when the configuration (or what is remembered with it) changed: persist.
   */
  observe(report: NodeReport, trustedLeader: string | null, nowMs: number): boolean {
    assert(!this.full(report.nodeId), "the caller checks full() first");
    this.nodes.set(report.nodeId, { report, reportMs: nowMs, heardMs: nowMs });
    let changed = false;
    if (report.address !== "" && this.addresses.get(report.nodeId) !== report.address) {
      this.addresses.set(report.nodeId, report.address);
      changed = this.isMember(report.nodeId);
    }
    for (const [id, address] of report.addresses.slice(0, configurationMembersMax)) {
      if (id === report.nodeId || this.addresses.has(id)) continue;
      this.addresses.set(id, address);
    }
    if (report.leader && report.nodeId === trustedLeader) changed = this.adopt(report) || changed;
    this.forgetAddresses();
    return changed;
  }

  /** Any frame from the node: it is alive and reaches us. */
  heardFrom(nodeId: string, nowMs: number): void {
    const heard = this.nodes.get(nodeId);
    if (heard !== undefined) heard.heardMs = nowMs;
  }

  /** The node's connection closed: it is unreachable now, not after the silence. */
  lostContact(nodeId: string): void {
    const heard = this.nodes.get(nodeId);
    if (heard !== undefined) heard.heardMs = Number.NEGATIVE_INFINITY;
  }

  /** The configuration the leader last reported (null: none ever heard). */
  get current(): Configuration | null {
    return this.configuration;
  }

  /** Members of the configuration; with none known yet, every node some node named a member. */
  isMember(nodeId: string): boolean {
    if (this.configuration !== null) return this.configuration.voters.includes(nodeId) || this.configuration.learners.includes(nodeId);
    for (const { report } of this.nodes.values()) if (report.voters.includes(nodeId) || report.learners.includes(nodeId)) return true;
    return false;
  }

  /** A poll from a node its own configuration includes, while the leader's, from later in the log, does not. */
  wasRemoved(report: NodeReport): boolean {
    const configuration = this.configuration;
    if (configuration === null) return false;
    const believesMember = report.voters.includes(report.nodeId) || report.learners.includes(report.nodeId);
    return believesMember && configuration.applied >= report.applied && !this.isMember(report.nodeId);
  }

  /** Reads go to voters of the configuration that say they hear from a leader. */
  takesReads(report: NodeReport): boolean {
    if (!report.takesReads) return false;
    return this.configuration === null || this.configuration.voters.includes(report.nodeId);
  }

  /** Members with the addresses they are reached at: what an edge list names. */
  members(): Map<string, string> {
    const out = new Map<string, string>();
    const ids = this.configuration === null
      ? [...this.nodes.values()].flatMap(({ report }) => [...report.voters, ...report.learners])
      : [...this.configuration.voters, ...this.configuration.learners];
    for (const id of ids) {
      const address = this.addresses.get(id);
      if (address !== undefined) out.set(id, address);
    }
    return out;
  }

  /** The role a node last reported, for edge lists ("" when it never polled). */
  reportedRole(nodeId: string): string {
    return this.nodes.get(nodeId)?.report.role ?? "";
  }

  reachable(nodeId: string, nowMs: number): boolean {
    const heard = this.nodes.get(nodeId);
    return heard !== undefined && nowMs - heard.heardMs < nodeSilenceMs;
  }

  /**
   * `status`: one row per member of the configuration, per node remembered as removed, and per
   * node that polls without being a member (joining). A leader is shown only if it is the one
   * trusted and answered recently; a node that still claims an older term shows as such.
   */
  status(trustedLeader: string | null, nowMs: number): StatusView {
    const leader = trustedLeader !== null && this.reachable(trustedLeader, nowMs) && this.nodes.get(trustedLeader)?.report.leader === true ? trustedLeader : null;
    const ids = new Set<string>([...this.members().keys(), ...(this.configuration?.voters ?? []), ...(this.configuration?.learners ?? []), ...this.removed, ...this.nodes.keys()]);
    const rows = [...ids].sort().map((id) => this.row(id, leader, nowMs));
    return { leader, quorum: leader !== null, rows };
  }

  record(): ClusterRecord {
    const addresses: Record<string, string> = {};
    for (const id of [...this.members().keys()].sort()) addresses[id] = this.addresses.get(id) ?? "";
    return { configuration: this.configuration, addresses, removed: [...this.removed] };
  }

  private row(id: string, leader: string | null, nowMs: number): StatusRow {
    const heard = this.nodes.get(id);
    const report = heard?.report;
    const reachable = this.reachable(id, nowMs);
    return {
      id, address: this.addresses.get(id) ?? report?.address ?? "", role: this.roleOf(id, leader, reachable),
      term: report?.term ?? 0, commit: report?.commit ?? 0, applied: report?.applied ?? 0, readsServed: report?.readsServed ?? 0, reachable,
    };
  }

  private roleOf(id: string, leader: string | null, reachable: boolean): string {
    const report = this.nodes.get(id)?.report;
    if (!this.isMember(id)) return this.removed.includes(id) ? "removed" : "joining";
    if (!reachable || report === undefined) return "unreachable";
    if (id === leader) return "leader";
    if (report.role === "leader") return "stale-leader";
    if (this.configuration?.learners.includes(id) === true) return "learner";
    return report.role === "" ? "unknown" : report.role;
  }

  /** Takes the leader's configuration if it is not older than the one held. */
  private adopt(report: NodeReport): boolean {
    const held = this.configuration;
    if (held !== null && (report.term < held.term || (report.term === held.term && report.applied < held.applied))) return false;
    if (report.voters.length === 0 || report.voters.length + report.learners.length > configurationMembersMax) return false;
    const next: Configuration = { voters: [...report.voters].sort(), learners: [...report.learners].sort(), term: report.term, applied: report.applied };
    this.configuration = next;
    if (held !== null && sameMembers(held, next)) return false;
    const now = new Set([...next.voters, ...next.learners]);
    const gone = held === null ? [] : [...held.voters, ...held.learners].filter((id) => !now.has(id));
    this.removed = [...this.removed.filter((id) => !now.has(id) && !gone.includes(id)), ...gone].slice(-removedRememberedMax);
    assert(this.removed.length <= removedRememberedMax, "removed ids stay within their bound");
    return true;
  }

  /** Addresses are kept for members and nodes heard from, so the map stays bounded. */
  private forgetAddresses(): void {
    if (this.addresses.size <= this.nodesMax + configurationMembersMax) return;
    const keep = new Set([...this.members().keys(), ...this.nodes.keys()]);
    for (const id of [...this.addresses.keys()]) if (!keep.has(id)) this.addresses.delete(id);
  }
}

function sameMembers(a: Configuration, b: Configuration): boolean {
  return a.voters.join(",") === b.voters.join(",") && a.learners.join(",") === b.learners.join(",");
}
