/**
 * Hosts with their own addresses for tests, as root: a Linux bridge and K network namespaces,
 * each joined to the bridge by a veth pair and given 198.18.0.(11+i)/24 (the benchmarking
 * range, RFC 2544, never routed). Each namespace's default route goes out through its veth,
 * so a datagram to 255.255.255.255 leaves the namespace and the bridge floods it to the others
 * (RECIPES.md, "Hosts with their own addresses").
 *
 * Names carry the pid and a per-process sequence number, so parallel runs never collide, and
 * a later run can tell a leftover from a dead run (its pid is gone) and remove it. A testbed
 * is always torn down: by `destroy()` (call it in `finally`, or use `withNetbed`), and as a
 * last resort by a process "exit" hook. Processes started with `run` are killed by their own
 * pid before their namespace is deleted, since deleting a namespace does not stop them.
 *
 * The policy for an absent capability lives in `netnsGate`: skip with one line saying why,
 * unless GOSSAMER_REQUIRE_SERVICES=1 (CI), where it is a failure.
 */
import { spawn, spawnSync, type Subprocess } from "bun";
import { assert } from "../../src/lib/assert";
import { findBinary, pidAlive, servicesRequired } from "./services";

export const netnsSubnetPrefix = "198.18.0";
export const netnsPrefixBits = 24;
/** The first namespace gets .11, the next .12, ...; .1-.10 stay free for the tests' own use. */
export const netnsHostOctetFirst = 11;
export const netnsHostsMax = 32;
/** A process in a namespace gets this long after SIGTERM before SIGKILL. */
export const netnsProcessStopMs = 3_000;
/** Linux interface names are at most 15 bytes (IFNAMSIZ - 1). */
const interfaceNameBytesMax = 15;

assert(netnsHostOctetFirst + netnsHostsMax <= 254, "every host address is a unicast address in the /24");

export type NetnsGate = { readonly run: true } | { readonly run: false; readonly reason: string };

export interface NetnsHost {
  /** The namespace name, for `ip netns exec`. */
  readonly namespace: string;
  /** The host's IPv4 address on the bridge. */
  readonly address: string;
}

export interface RunOptions {
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
}

export interface Netbed {
  readonly bridge: string;
  readonly hosts: readonly NetnsHost[];
  /** Starts `argv` inside `host`'s namespace, stdout and stderr piped. Killed by destroy(). */
  run(host: NetnsHost, argv: readonly string[], options?: RunOptions): Subprocess<"ignore", "pipe", "pipe">;
  /** Kills every process it started, deletes the namespaces and the bridge. Idempotent. */
  destroy(): Promise<void>;
}

let sequence = 0;
let availability: NetnsGate | null = null;

/** The result of one `ip` command; throws with its stderr when `check` and it failed. */
function ip(args: readonly string[], check = true): { readonly ok: boolean; readonly stdout: string; readonly stderr: string } {
  const result = spawnSync(["ip", ...args], { stdout: "pipe", stderr: "pipe" });
  const outcome = { ok: result.exitCode === 0, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
  if (check && !outcome.ok) throw new Error(`ip ${args.join(" ")} failed: ${outcome.stderr.trim()}`);
  return outcome;
}

/** Whether this process can create namespaces and bridges: root, `ip` present, and a probe. */
export function netnsAvailable(): NetnsGate {
  if (availability !== null) return availability;
  availability = probe();
  return availability;
}

function probe(): NetnsGate {
  if (process.platform !== "linux") return { run: false, reason: "network namespaces need Linux" };
  if (process.getuid?.() !== 0) return { run: false, reason: "network namespaces need root" };
  if (findBinary("ip") === null) return { run: false, reason: "`ip` not found; install it with `apt-get install iproute2`" };
  const tag = `${process.pid.toString(36)}_p`;
  const namespace = `gossamer-${tag}-probe`;
  const bridge = `gbr${tag}`;
  try {
    const added = ip(["netns", "add", namespace], false);
    if (!added.ok) return { run: false, reason: `cannot create a network namespace: ${added.stderr.trim()}` };
    const bridged = ip(["link", "add", bridge, "type", "bridge"], false);
    if (!bridged.ok) return { run: false, reason: `cannot create a bridge: ${bridged.stderr.trim()}` };
    return { run: true };
  } finally {
    ip(["link", "del", bridge], false);
    ip(["netns", "del", namespace], false);
  }
}

/**
 * Whether a test that needs namespaces runs: the policy is the same as for services
 * (services.ts): skip with one line, or, with GOSSAMER_REQUIRE_SERVICES=1, fail.
 */
export function netnsGate(
  available: NetnsGate = netnsAvailable(),
  required: boolean = servicesRequired(),
  report: (line: string) => void = console.warn,
): NetnsGate {
  if (available.run) return available;
  const reason = `network-namespace tests skipped: ${available.reason}`;
  if (required) throw new Error(`${reason} (GOSSAMER_REQUIRE_SERVICES=1 makes this a failure)`);
  report(reason);
  return { run: false, reason };
}

/** Removes testbeds left by runs whose process is gone (a crash, a kill -9). */
export function reapLeftovers(): number {
  let reaped = 0;
  const deadTag = (name: string, pattern: RegExp): boolean => {
    const match = pattern.exec(name);
    return match !== null && match[1] !== undefined && !pidAlive(Number.parseInt(match[1], 36));
  };
  for (const line of ip(["netns", "list"], false).stdout.split("\n")) {
    const name = line.split(" ")[0] ?? "";
    if (deadTag(name, /^gossamer-([0-9a-z]+)_/)) {
      ip(["netns", "del", name], false);
      reaped += 1;
    }
  }
  for (const line of ip(["-o", "link", "show", "type", "bridge"], false).stdout.split("\n")) {
    const name = /^\d+: ([^:@]+)/.exec(line)?.[1] ?? "";
    if (deadTag(name, /^gbr([0-9a-z]+)_/)) {
      ip(["link", "del", name], false);
      reaped += 1;
    }
  }
  return reaped;
}

/** A bridge and `count` namespaces, each with its own address. Throws (after cleaning up) on failure. */
export async function createNetbed(count: number): Promise<Netbed> {
  assert(Number.isInteger(count) && count >= 1 && count <= netnsHostsMax, "1..netnsHostsMax hosts");
  reapLeftovers();
  sequence += 1;
  // "_" is not a base-36 digit, so the pid reads back unambiguously (reapLeftovers).
  const tag = `${process.pid.toString(36)}_${sequence.toString(36)}`;
  const bridge = `gbr${tag}`;
  const hosts: NetnsHost[] = [];
  const vethOf = (index: number): string => `gv${tag}h${index.toString(36)}`;
  assert(vethOf(netnsHostsMax - 1).length <= interfaceNameBytesMax, "veth names fit IFNAMSIZ");
  assert(bridge.length <= interfaceNameBytesMax, "the bridge name fits IFNAMSIZ");
  const children = new Set<Subprocess<"ignore", "pipe", "pipe">>();
  let destroyed = false;

  const removeSync = (): void => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    for (let index = 0; index < count; index += 1) {
      ip(["netns", "del", `gossamer-${tag}-h${index}`], false);
      ip(["link", "del", vethOf(index)], false);
    }
    ip(["link", "del", bridge], false);
  };
  const onExit = (): void => removeSync();
  process.on("exit", onExit);

  const bed: Netbed = {
    bridge,
    hosts,
    run(host, argv, options = {}) {
      assert(hosts.includes(host), "the host belongs to this testbed");
      assert(!destroyed, "the testbed is still up");
      const child = spawn(["ip", "netns", "exec", host.namespace, ...argv], {
        stdin: "ignore", stdout: "pipe", stderr: "pipe", env: options.env ?? process.env, cwd: options.cwd,
      });
      children.add(child);
      return child;
    },
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await Promise.all([...children].map(stopChild));
      removeSync();
      process.off("exit", onExit);
      assert(!ip(["netns", "list"]).stdout.includes(`gossamer-${tag}-`), "every namespace of the testbed is gone");
    },
  };
  try {
    ip(["link", "add", bridge, "type", "bridge"]);
    ip(["link", "set", bridge, "up"]);
    for (let index = 0; index < count; index += 1) hosts.push(addHost(tag, bridge, vethOf(index), index));
  } catch (error: unknown) {
    await bed.destroy();
    throw error;
  }
  return bed;
}

function addHost(tag: string, bridge: string, veth: string, index: number): NetnsHost {
  const namespace = `gossamer-${tag}-h${index}`;
  const address = `${netnsSubnetPrefix}.${netnsHostOctetFirst + index}`;
  ip(["netns", "add", namespace]);
  ip(["link", "add", veth, "type", "veth", "peer", "name", "e0", "netns", namespace]);
  ip(["link", "set", veth, "master", bridge, "up"]);
  ip(["-n", namespace, "addr", "add", `${address}/${netnsPrefixBits}`, "dev", "e0"]);
  ip(["-n", namespace, "link", "set", "e0", "up"]);
  ip(["-n", namespace, "link", "set", "lo", "up"]);
  // Without a default route, 255.255.255.255 has no way out and the send fails (ENETUNREACH).
  ip(["-n", namespace, "route", "add", "default", "dev", "e0"]);
  return { namespace, address };
}

/** Runs `fn` with a fresh testbed and always destroys it, also when `fn` throws. */
export async function withNetbed<T>(count: number, fn: (bed: Netbed) => Promise<T>): Promise<T> {
  const bed = await createNetbed(count);
  try {
    return await fn(bed);
  } finally {
    await bed.destroy();
  }
}

async function stopChild(child: Subprocess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timedOut = await Promise.race([
    child.exited.then(() => false),
    Bun.sleep(netnsProcessStopMs).then(() => true),
  ]);
  if (timedOut) {
    child.kill("SIGKILL");
    await child.exited;
  }
}
