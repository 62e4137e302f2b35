/**
 * A three-member etcd on loopback for bench/cluster.ts, the yardstick Gossamer's figures are
 * divided by. Each member is an `etcd` process with its own data dir under one directory;
 * clients talk to it through etcd's v3 HTTP/JSON gateway (`POST /v3/kv/put`, values base64,
 * served by etcd 3.4 and later on the client port) with fetch, so both systems are driven by
 * the same Bun process in the same way. etcd's defaults are kept: heartbeat 100 ms, election
 * 1000 ms (Gossamer's are the same), and a WAL fsync before every acknowledgement.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Subprocess } from "bun";
import { freePorts } from "../src/demo/local-cluster";
import { assert } from "../src/lib/assert";

export const etcdMembers = 3;

export interface EtcdMember {
  readonly name: string;
  readonly clientPort: number;
  readonly args: readonly string[];
  process: Subprocess | null;
}

/** The etcd binary on PATH (Debian's etcd-server), or null when it is not installed. */
export function etcdBinary(): string | null {
  return Bun.which("etcd");
}

export class EtcdCluster {
  private constructor(readonly dir: string, private readonly binary: string, readonly members: readonly EtcdMember[]) {}

  static async start(dir: string, binary: string): Promise<EtcdCluster> {
    const ports = await freePorts(2 * etcdMembers);
    const names = Array.from({ length: etcdMembers }, (_, at) => `e${at + 1}`);
    const peerUrl = (at: number): string => `http://127.0.0.1:${ports[2 * at + 1] as number}`;
    const initialCluster = names.map((name, at) => `${name}=${peerUrl(at)}`).join(",");
    const members = names.map((name, at): EtcdMember => {
      const clientUrl = `http://127.0.0.1:${ports[2 * at] as number}`;
      return { name, clientPort: ports[2 * at] as number, process: null, args: [
        "--name", name, "--data-dir", join(dir, name),
        "--listen-client-urls", clientUrl, "--advertise-client-urls", clientUrl,
        "--listen-peer-urls", peerUrl(at), "--initial-advertise-peer-urls", peerUrl(at),
        "--initial-cluster", initialCluster, "--initial-cluster-state", "new",
        "--initial-cluster-token", `gossamer-bench-${process.pid}`,
        "--logger", "zap", "--log-outputs", join(dir, "logs", `${name}.log`),
      ] };
    });
    mkdirSync(join(dir, "logs"), { recursive: true });
    const cluster = new EtcdCluster(dir, binary, members);
    for (const member of members) cluster.spawn(member);
    return cluster;
  }

  spawn(member: EtcdMember): void {
    assert(member.process === null || member.process.exitCode !== null || member.process.signalCode !== null, `${member.name} is already running`);
    // A restarted member finds its data dir and ignores the --initial-* flags.
    member.process = Bun.spawn([this.binary, ...member.args], { stdin: "ignore", stdout: "ignore", stderr: "ignore" });
  }

  async kill(member: EtcdMember, signal: "SIGKILL" | "SIGTERM" = "SIGKILL"): Promise<void> {
    const running = member.process;
    if (running === null) return;
    running.kill(signal);
    await running.exited;
  }

  async stop(signal: "SIGKILL" | "SIGTERM" = "SIGTERM"): Promise<void> {
    await Promise.all(this.members.map((member) => this.kill(member, signal)));
  }

  member(name: string): EtcdMember {
    const found = this.members.find((member) => member.name === name);
    assert(found !== undefined, `no etcd member ${name}`);
    return found;
  }

  /** The member every live member names as leader, or null when they do not agree (yet). */
  async leader(): Promise<EtcdMember | null> {
    const statuses = await Promise.all(this.members.map((member) => memberStatus(member.clientPort)));
    let leaderId: string | null = null;
    for (const status of statuses) {
      if (status === null) return null;
      if (status.leader === "0") return null;
      if (leaderId !== null && leaderId !== status.leader) return null;
      leaderId = status.leader;
    }
    const at = statuses.findIndex((status) => status?.memberId === leaderId);
    return at < 0 ? null : (this.members[at] ?? null);
  }

  /** Waits until all members are up, agree on a leader and a put through each is acknowledged. */
  async waitHealthy(timeoutMs: number): Promise<EtcdMember> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      const leader = await this.leader();
      if (leader !== null) {
        const puts = await Promise.all(this.members.map((member) => etcdPut(member.clientPort, "bench/health", "ok", 2_000)));
        if (puts.every(Boolean)) return leader;
      }
      await Bun.sleep(100);
    }
    throw new Error(`etcd did not become healthy within ${timeoutMs} ms (logs in ${join(this.dir, "logs")})`);
  }
}

interface MemberStatus { readonly memberId: string; readonly leader: string }

/** `POST /v3/maintenance/status` on one member (uint64 ids arrive as decimal strings). */
async function memberStatus(clientPort: number): Promise<MemberStatus | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${clientPort}/v3/maintenance/status`, { method: "POST", body: "{}", signal: AbortSignal.timeout(1_000) });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    if (typeof body !== "object" || body === null || !("header" in body) || !("leader" in body)) return null;
    const header: unknown = body.header;
    if (typeof header !== "object" || header === null || !("member_id" in header)) return null;
    const memberId = header.member_id;
    const leader = body.leader;
    if (typeof memberId !== "string" || typeof leader !== "string") return null;
    return { memberId, leader };
  } catch {
    return null;
  }
}

function base64(text: string | Uint8Array): string {
  return Buffer.from(text).toString("base64");
}

/**
 * One put through a member's gateway; true when etcd acknowledged it (committed by a quorum,
 * WAL fsynced). `value` may be given already base64-encoded as `{ base64 }` to spare the
 * encoding in a load loop.
 */
export async function etcdPut(clientPort: number, key: string, value: string | Uint8Array | { readonly base64: string }, timeoutMs: number): Promise<boolean> {
  const encoded = typeof value === "object" && "base64" in value ? value.base64 : base64(value);
  try {
    const response = await fetch(`http://127.0.0.1:${clientPort}/v3/kv/put`, {
      method: "POST",
      body: `{"key":"${base64(key)}","value":"${encoded}"}`,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    // The gateway answers errors (no leader, timeouts) as JSON with "error"/"code" fields.
    return response.ok && text.includes("\"header\"") && !text.includes("\"error\"");
  } catch {
    return false;
  }
}
