/**
 * The one configuration schema for every role. Sources, later wins: a config file
 * (`--config FILE`, TOML or JSON), `GOSSAMER_*` environment variables, command-line flags.
 * A bad value ends the process with exit status 2 and one message naming the field (as the
 * user wrote it), the value and what was expected: see ConfigError.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";
import { ConfigError, hiddenValue } from "./errors";
import { parseHostPort, type HostPort } from "./host-port";
import { logFormats, logLevels, type LogFormat, type LogLevel } from "../lib/logger";
import { chunkBytesDefault, chunkBytesMax, chunkBytesMin } from "../files/limits";
import { electionTicksDefault, electionTicksMax, electionTicksMin, heartbeatTicksDefault, heartbeatTicksMax, heartbeatTicksMin, tickMsDefault, tickMsMax, tickMsMin,
  timingProblem, type RaftTiming } from "../raft/timing";

export const roles = ["node", "queue", "client"] as const;
export const progressModes = ["never", "auto", "always"] as const;
export type ProgressMode = (typeof progressModes)[number];
export type Role = (typeof roles)[number];

/** Room in a frame for the envelope around one chunk. */
export const frameOverheadBytes = 64 << 10;
export const discoveryPortDefault = 8888;
/**
 * Server roles listen on every interface, so nodes on other hosts reach them — once the cluster
 * has a secret of its own. With the public default secret they listen on loopback only, and
 * asking for anything else is refused (see `finish`).
 */
export const queueListenDefault = "0.0.0.0:7400";
/** Where a client or node looks for the queue server when told nothing. */
export const queueAddressDefault = "127.0.0.1:7400";
export const nodeListenDefault = "0.0.0.0:7401";
export const nodeIdDefault = "n1";
export const clusterDefault = "local";
/** Applied entries between two snapshots (log compactions) of a node. */
export const snapshotEntriesDefault = 10_000;
export const snapshotEntriesMin = 10;
export const snapshotEntriesMax = 10_000_000;
/**
 * Chunk bytes the background scrub re-reads per second on a node (0: no scrub). 8 MiB/s reads a
 * 100 GiB store in under four hours while taking a few percent of one disk and one core.
 */
export const scrubBytesPerSecondDefault = 8 << 20;
export const scrubBytesPerSecondMax = 1 << 30;
/** Lets a queue, a node and a client started with no flags on one machine talk; logged as a warning. */
export const clusterSecretDefault = "gossamer-insecure-default-secret";

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** `ID:SECRET` of a client key (src/auth/client-keys.ts has the rules for each part). */
const clientKeyPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}:[\x21-\x7e]{16,256}$/;
const idExpected = "1 to 64 characters of letters, digits, '_', '.', '-', starting with a letter or digit";

/** Who uses a setting: its help lists it under these roles, a client profile may hold the client's. */
const all = ["node", "queue", "client"] as const;
const servers = ["node", "queue"] as const;

/**
 * Every setting: its flag (the CLI contract), its environment variable (envName), what it
 * expects, the roles that use it and its default as help shows it (per role where it differs).
 */
export const settings = {
  role: { flag: "role", expected: `one of ${roles.join(", ")}`, roles: all, default: "" },
  id: { flag: "id", expected: idExpected, roles: ["node"], default: nodeIdDefault },
  cluster: { flag: "cluster", expected: idExpected, roles: all, default: clusterDefault },
  listen: { flag: "listen", expected: "HOST:PORT with a port from 1 to 65535", roles: servers, default: { node: nodeListenDefault, queue: queueListenDefault } },
  queue: { flag: "queue", expected: "HOST:PORT[,HOST:PORT...] with ports from 1 to 65535", roles: ["node", "client"], default: queueAddressDefault },
  peers: { flag: "peers", expected: "ID=HOST:PORT[,ID=HOST:PORT...] with distinct ids", roles: ["node"], default: "none: find the cluster by discovery" },
  dataDir: { flag: "data-dir", expected: "a directory path that can be created and written", roles: servers, default: { node: ".gossamer/ID", queue: ".gossamer/queue-CLUSTER" } },
  storage: { flag: "storage", expected: "sqlite or mysql", roles: ["node"], default: "sqlite" },
  mysqlUrl: { flag: "mysql-url", expected: "mysql://USER[:PASSWORD]@HOST[:PORT][/DATABASE]", roles: ["node"], default: "none" },
  registry: { flag: "registry", expected: "file:PATH, redis://[USER[:PASSWORD]@]HOST:PORT[/DB] or rediss://... (Redis over TLS)", roles: ["node"], default: "file:registry.json beside the data dir" },
  clusterSecret: { flag: "cluster-secret", expected: "a non-empty secret of at most 1024 characters", roles: all, default: "a public default (logged as a warning)" },
  clusterSecretFile: { flag: "cluster-secret-file", expected: "a readable file whose content (trailing newline removed) is the cluster secret", roles: all, default: "none" },
  clientKeys: { flag: "client-keys", expected: "a readable TOML file of [[key]] tables (id, secret, role) this server accepts from clients", roles: servers, default: "none: only members and administrators" },
  clientKey: { flag: "client-key", expected: "ID:SECRET of a client key (a client that holds the cluster secret instead is an administrator)", roles: ["client"], default: "none: present the cluster secret" },
  clientKeyFile: { flag: "client-key-file", expected: "a readable file whose content is ID:SECRET of a client key", roles: ["client"], default: "none" },
  tlsCert: { flag: "tls-cert", expected: "a readable PEM certificate file (with --tls-key and --tls-ca: mutual TLS on every TCP port)", roles: all, default: "none" },
  tlsKey: { flag: "tls-key", expected: "a readable PEM private key file", roles: all, default: "none" },
  tlsCa: { flag: "tls-ca", expected: "a readable PEM file of the certificate authority that signs every peer's certificate", roles: all, default: "none" },
  httpListen: { flag: "http-listen", expected: "HOST:PORT of the HTTP door (health, metrics, status page)", roles: servers, default: "off (docs/http.md)" },
  s3Listen: { flag: "s3-listen", expected: "HOST:PORT of the S3-compatible API", roles: servers, default: "none" },
  bootstrap: { flag: "bootstrap", expected: "true or false: found a new cluster by discovery (give it to one node, once; docs/founding.md)", roles: ["node"], default: "false" },
  join: { flag: "join", expected: "true or false: with --peers, start in no configuration and wait to be added by the running cluster's leader (gossamer member add ID ADDR)", roles: ["node"], default: "false" },
  discoveryPort: { flag: "discovery-port", expected: "an integer from 0 (off) to 65535", roles: servers, default: String(discoveryPortDefault) },
  broadcastAddress: { flag: "broadcast-address", expected: "an IPv4 address such as 255.255.255.255", roles: ["node"], default: "255.255.255.255" },
  chunkSize: { flag: "chunk-size", expected: `an integer number of bytes from ${chunkBytesMin} to ${chunkBytesMax}`, roles: all, default: String(chunkBytesDefault) },
  frameBytesMax: { flag: "frame-bytes-max", expected: `an integer number of bytes, at least chunk-size + ${frameOverheadBytes}`, roles: all, default: `chunk-size + ${frameOverheadBytes}` },
  scrubBytesPerSecond: { flag: "scrub-bytes-per-second", expected: `an integer number of chunk bytes the background scrub re-reads per second, from 0 (no scrub) to ${scrubBytesPerSecondMax}`, roles: ["node"], default: String(scrubBytesPerSecondDefault) },
  tickMs: { flag: "tick-ms", expected: `an integer number of milliseconds per tick of the Raft clock, from ${tickMsMin} to ${tickMsMax}`, roles: ["node"], default: String(tickMsDefault) },
  electionTicks: { flag: "election-ticks", expected: `an integer number of ticks, from ${electionTicksMin} to ${electionTicksMax}, more than twice --heartbeat-ticks: a follower that hears no leader for a random [N, 2N) ticks campaigns`, roles: ["node"], default: String(electionTicksDefault) },
  heartbeatTicks: { flag: "heartbeat-ticks", expected: `an integer number of ticks between the leader's heartbeats, from ${heartbeatTicksMin} to ${heartbeatTicksMax}`, roles: ["node"], default: String(heartbeatTicksDefault) },
  snapshotEntries: { flag: "snapshot-entries", expected: `an integer number of applied entries between snapshots, from ${snapshotEntriesMin} to ${snapshotEntriesMax}`, roles: ["node"], default: String(snapshotEntriesDefault) },
  logLevel: { flag: "log-level", expected: logLevels.join(", "), roles: all, default: "info" },
  logFormat: { flag: "log-format", expected: `${logFormats.join(", ")} (auto: JSON lines unless stderr is a terminal)`, roles: all, default: "auto" },
  json: { flag: "json", expected: "true or false", roles: ["client"], default: "false" },
  progress: { flag: "progress", expected: `${progressModes.join(", ")} (auto: on a terminal, and not with --json)`, roles: ["client"], default: "auto" },
} as const satisfies Record<string, { flag: string; expected: string; roles: readonly Role[]; default: string | Partial<Record<Role, string>> }>;

export type SettingName = keyof typeof settings;
/** Settings given as a bare switch on the command line (`--json`), true or false in a file or the environment. */
export const switchSettings: readonly SettingName[] = ["json", "bootstrap", "join"];
export const settingNames = Object.keys(settings) as SettingName[];

export function envName(name: SettingName): string {
  return `GOSSAMER_${settings[name].flag.replaceAll("-", "_").toUpperCase()}`;
}

const integer = z.union([z.number(), z.string().trim().regex(/^-?\d+$/).transform(Number)]).pipe(z.number().int());
const boolean = z.union([z.boolean(), z.enum(["true", "false", "1", "0"]).transform((text) => text === "true" || text === "1")]);
const identifier = z.string().regex(idPattern);
const hostPort = z.string().transform((text, context): HostPort => {
  const parsed = parseHostPort(text);
  if (parsed === null) context.addIssue({ code: "custom", message: "bad HOST:PORT" });
  return parsed ?? { host: "", port: 0 };
});
const list = z.union([z.array(z.string()), z.string().transform((text) => text.split(",").map((part) => part.trim()).filter((part) => part !== ""))]);
const peerMap = z.union([
  z.record(z.string(), z.string()).transform((record) => Object.entries(record).map(([id, address]) => `${id}=${address}`)),
  list,
]).transform((entries, context) => {
  const peers = new Map<string, HostPort>();
  for (const entry of entries) {
    const [id = "", address = ""] = entry.split("=", 2);
    const parsed = parseHostPort(address);
    if (!idPattern.test(id) || parsed === null || peers.has(id)) context.addIssue({ code: "custom", message: `bad peer ${entry}` });
    else peers.set(id, parsed);
  }
  return peers;
});

const schema = z.object({
  role: z.enum(roles),
  id: identifier.default(nodeIdDefault),
  cluster: identifier.default(clusterDefault),
  listen: hostPort.optional(),
  queue: list.pipe(z.array(hostPort).min(1)).prefault([queueAddressDefault]),
  peers: peerMap.optional(),
  dataDir: z.string().min(1).optional(),
  storage: z.enum(["sqlite", "mysql"]).default("sqlite"),
  mysqlUrl: z.string().regex(/^mysql:\/\/[^@/\s]+@[^/\s:]+(:\d{1,5})?(\/[A-Za-z0-9_]*)?$/).optional(),
  registry: z.string().regex(/^(file:.+|rediss?:\/\/([^@/\s]+@)?[^/\s:@]+:\d{1,5}(\/\d{0,2})?)$/).optional(),
  clusterSecret: z.string().min(1).max(1024).default(clusterSecretDefault),
  clusterSecretFile: z.string().min(1).optional(),
  clientKeys: z.string().min(1).optional(),
  clientKey: z.string().regex(clientKeyPattern).optional(),
  clientKeyFile: z.string().min(1).optional(),
  tlsCert: z.string().min(1).optional(),
  tlsKey: z.string().min(1).optional(),
  tlsCa: z.string().min(1).optional(),
  httpListen: hostPort.optional(),
  s3Listen: hostPort.optional(),
  bootstrap: boolean.default(false),
  join: boolean.default(false),
  discoveryPort: integer.pipe(z.number().min(0).max(65535)).default(discoveryPortDefault),
  broadcastAddress: z.ipv4().default("255.255.255.255"),
  chunkSize: integer.pipe(z.number().min(chunkBytesMin).max(chunkBytesMax)).default(chunkBytesDefault),
  frameBytesMax: integer.pipe(z.number().min(chunkBytesMin + frameOverheadBytes).max(chunkBytesMax + frameOverheadBytes)).optional(),
  tickMs: integer.pipe(z.number().min(tickMsMin).max(tickMsMax)).default(tickMsDefault),
  electionTicks: integer.pipe(z.number().min(electionTicksMin).max(electionTicksMax)).default(electionTicksDefault),
  heartbeatTicks: integer.pipe(z.number().min(heartbeatTicksMin).max(heartbeatTicksMax)).default(heartbeatTicksDefault),
  snapshotEntries: integer.pipe(z.number().min(snapshotEntriesMin).max(snapshotEntriesMax)).default(snapshotEntriesDefault),
  scrubBytesPerSecond: integer.pipe(z.number().min(0).max(scrubBytesPerSecondMax)).default(scrubBytesPerSecondDefault),
  logLevel: z.enum(logLevels).default("info"),
  logFormat: z.enum(logFormats).default("auto"),
  json: boolean.default(false),
  progress: z.enum(progressModes).default("auto"),
}).strict();

export interface Config {
  readonly role: Role;
  readonly id: string;
  readonly cluster: string;
  readonly listen: HostPort;
  readonly queue: readonly HostPort[];
  /** Whether --queue was given (else `queue` is the default, and a node found by discovery uses what discovery names). */
  readonly queueGiven: boolean;
  /** Static membership (id → command address); null: find the cluster by discovery. */
  readonly peers: ReadonlyMap<string, HostPort> | null;
  readonly dataDir: string;
  readonly storage: "sqlite" | "mysql";
  readonly mysqlUrl: string | null;
  readonly registry: string;
  readonly clusterSecret: string;
  readonly clusterSecretIsDefault: boolean;
  /** Servers: the client key file (null: only members and administrators get in). */
  readonly clientKeys: string | null;
  /** Clients: the client key `ID:SECRET` (null: the client presents the cluster secret, as an administrator). */
  readonly clientKey: string | null;
  /** Mutual TLS on every TCP port when all three are set. */
  readonly tls: { readonly cert: string; readonly key: string; readonly ca: string } | null;
  readonly httpListen: HostPort | null;
  readonly s3Listen: HostPort | null;
  /**
   * A node found by discovery founds a new cluster (docs/founding.md). Only then: a node with
   * no data otherwise waits to be added to an existing cluster, whatever the queue server says.
   */
  readonly bootstrap: boolean;
  /** With --peers: start in no configuration, to be added by the running cluster (member add). */
  readonly join: boolean;
  readonly discoveryPort: number;
  readonly broadcastAddress: string;
  readonly chunkSize: number;
  readonly frameBytesMax: number;
  /** A node's Raft clock: tick length, election timeout and heartbeat interval (src/raft/timing.ts). */
  readonly raftTiming: RaftTiming;
  readonly snapshotEntries: number;
  /** Chunk bytes per second the node's scrub re-reads (0: off). */
  readonly scrubBytesPerSecond: number;
  readonly logLevel: LogLevel;
  readonly logFormat: LogFormat;
  readonly json: boolean;
  /** Client progress lines on stderr: never, auto (a terminal, not --json), always. */
  readonly progress: ProgressMode;
}

/** A raw value and where it came from, for error messages. */
export interface RawSetting {
  readonly value: unknown;
  readonly source: string;
}
export type RawSettings = Partial<Record<SettingName, RawSetting>>;

export interface ConfigSources {
  /** Flags already split from argv: setting name → value (strings, or true for --json). */
  readonly flags: RawSettings;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The settings of `--config FILE` (readConfigFile), if one was given. */
  readonly file?: RawSettings;
  /** The client profile's settings (readProfile), lowest precedence of all. */
  readonly profile?: RawSettings;
}

/**
 * Sources, later wins: the client profile (a standing default for every client call of this
 * user), the config file named on this command line, the environment of this session, the
 * flags of this command.
 */
export function loadConfig(sources: ConfigSources): Config {
  const merged: RawSettings = { ...sources.profile, ...sources.file, ...readEnv(sources.env), ...sources.flags };
  const role = merged.role?.value;
  const values: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(merged) as [SettingName, RawSetting][]) {
    // A config file or the environment may carry the settings of every role of a host; only
    // this role's reach the schema (a setting's own checks still apply to flags, below).
    if (raw.source === "flag" || !isRole(role) || usedBy(name, role)) values[name] = raw.value;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw configErrorFromIssue(parsed.error.issues[0], merged);
  return finish(parsed.data, merged, sources.cwd);
}

/** The role named by the environment or a config file (flags are the caller's to check first). */
export function roleFromSources(env: Readonly<Record<string, string | undefined>>, file: RawSettings | undefined): RawSetting | null {
  const fromEnv = env[envName("role")];
  if (fromEnv !== undefined && fromEnv !== "") return { value: fromEnv, source: "environment" };
  return file?.role ?? null;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export function usedBy(name: SettingName, role: Role): boolean {
  return (settings[name].roles as readonly Role[]).includes(role);
}

/** The default of a setting as help shows it to `role`. */
export function defaultText(name: SettingName, role: Role): string {
  const text: string | Partial<Record<Role, string>> = settings[name].default;
  return typeof text === "string" ? text : (text[role] ?? "");
}

/** Where a client looks for its profile when neither --profile nor GOSSAMER_PROFILE names one. */
export function defaultProfilePath(env: Readonly<Record<string, string | undefined>>): string | null {
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg !== undefined && xdg !== "") return join(xdg, "gossamer", "client.toml");
  const home = env.HOME;
  return home === undefined || home === "" ? null : join(home, ".config", "gossamer", "client.toml");
}

export const profileEnv = "GOSSAMER_PROFILE";

/**
 * The client profile: `--profile FILE`, else GOSSAMER_PROFILE, else the default path. A profile
 * that was named must exist; the default one may be absent. Only client settings may be in it
 * (it is read by nothing else), each checked like any other source.
 */
export function readProfile(flag: string | null, env: Readonly<Record<string, string | undefined>>, cwd: string): { readonly path: string | null; readonly settings: RawSettings; readonly warning: string | null } {
  const named = flag ?? (env[profileEnv] === undefined || env[profileEnv] === "" ? null : (env[profileEnv] ?? null));
  const path = named === null ? defaultProfilePath(env) : resolve(cwd, named);
  if (path === null) return { path: null, settings: {}, warning: null };
  if (named === null && !existsSync(path)) return { path: null, settings: {}, warning: null };
  const label = `profile ${path}:`;
  const read = readSettingsFile(path, cwd, flag !== null ? "--profile" : named !== null ? profileEnv : "profile", label);
  for (const [name, raw] of Object.entries(read) as [SettingName, RawSetting][]) {
    if (!usedBy(name, "client")) throw new ConfigError(`key ${JSON.stringify(settings[name].flag)}`, raw.value, `a client setting (${clientSettingList()})`, label);
  }
  // Like ssh with a private key: a profile holding a secret should be readable by its owner only.
  const holdsSecret = read.clusterSecret !== undefined || read.clientKey !== undefined;
  const mode = statSync(path).mode;
  const warning = holdsSecret && (mode & 0o077) !== 0 ? `${path} holds a secret and is readable by others (mode ${(mode & 0o777).toString(8)}): chmod 600 ${path}` : null;
  return { path, settings: read, warning };
}

function clientSettingList(): string {
  return settingNames.filter((name) => name !== "role" && usedBy(name, "client")).map((name) => settings[name].flag).join(", ");
}

type Parsed = z.infer<typeof schema>;

/** Settings whose values are secrets: an error message names them but never shows the value. */
const secretSettings: ReadonlySet<SettingName> = new Set(["clusterSecret", "clientKey"]);

function finish(data: Parsed, merged: RawSettings, cwd: string): Config {
  const secret = clusterSecretOf(data, merged, cwd);
  const clientKey = clientKeyOf(data, merged, cwd);
  const listenDefault = parseHostPort(data.role === "queue" ? queueListenDefault : nodeListenDefault) as HostPort;
  const listen = data.listen ?? (secret.isDefault ? { host: "127.0.0.1", port: listenDefault.port } : listenDefault);
  if (secret.isDefault && data.role !== "client" && !isLoopback(listen.host)) {
    throw new ConfigError(`--${settings.listen.flag}`, `${listen.host}:${listen.port}`,
      "a loopback address while the cluster secret is the public default: give the cluster a secret of its own (--cluster-secret-file FILE or GOSSAMER_CLUSTER_SECRET) before listening on a network", sourceOf(merged, "listen"));
  }
  const dataDir = resolve(cwd, data.dataDir ?? join(".gossamer", data.role === "queue" ? `queue-${data.cluster}` : data.id));
  const frameBytesMax = data.frameBytesMax ?? data.chunkSize + frameOverheadBytes;
  if (frameBytesMax < data.chunkSize + frameOverheadBytes) {
    throw new ConfigError(`--${settings.frameBytesMax.flag}`, frameBytesMax, `at least chunk-size (${data.chunkSize}) + ${frameOverheadBytes}`, sourceOf(merged, "frameBytesMax"));
  }
  if (data.peers !== undefined && data.role === "node" && !data.peers.has(data.id)) {
    throw new ConfigError(`--${settings.peers.flag}`, merged.peers?.value, `a list that includes this node's own id ${JSON.stringify(data.id)}`, sourceOf(merged, "peers"));
  }
  if (data.join && data.peers === undefined && data.role === "node") {
    throw new ConfigError(`--${settings.join.flag}`, true, "--peers too: a node found by discovery waits to be added anyway", sourceOf(merged, "join"));
  }
  if (data.bootstrap && data.peers !== undefined) {
    throw new ConfigError(`--${settings.bootstrap.flag}`, true, "no --peers: with --peers every listed node founds the cluster together; --bootstrap founds one found by discovery", sourceOf(merged, "bootstrap"));
  }
  if (data.storage === "mysql" && data.mysqlUrl === undefined && data.role === "node") {
    throw new ConfigError(`--${settings.mysqlUrl.flag}`, undefined, `a URL when --storage is mysql (${settings.mysqlUrl.expected})`, "setting");
  }
  const config: Config = {
    role: data.role,
    id: data.id,
    cluster: data.cluster,
    listen,
    queue: data.queue,
    queueGiven: merged.queue !== undefined,
    peers: data.peers ?? null,
    dataDir,
    storage: data.storage,
    mysqlUrl: data.mysqlUrl ?? null,
    // Beside the data dir: the nodes of one machine's cluster (d/n1, d/n2, ...) share it, and
    // its directory exists once the data dir does.
    registry: data.registry ?? `file:${join(dirname(dataDir), "registry.json")}`,
    clusterSecret: secret.value,
    clusterSecretIsDefault: secret.isDefault,
    clientKeys: data.clientKeys === undefined ? null : resolve(cwd, data.clientKeys),
    clientKey,
    tls: data.tlsCert !== undefined && data.tlsKey !== undefined && data.tlsCa !== undefined
      ? { cert: resolve(cwd, data.tlsCert), key: resolve(cwd, data.tlsKey), ca: resolve(cwd, data.tlsCa) } : null,
    httpListen: data.httpListen ?? null,
    s3Listen: data.s3Listen ?? null,
    bootstrap: data.bootstrap,
    join: data.join,
    discoveryPort: data.discoveryPort,
    broadcastAddress: data.broadcastAddress,
    chunkSize: data.chunkSize,
    frameBytesMax,
    raftTiming: timingOf(data, merged),
    snapshotEntries: data.snapshotEntries,
    scrubBytesPerSecond: data.scrubBytesPerSecond,
    logLevel: data.logLevel,
    logFormat: data.logFormat,
    json: data.json,
    progress: data.progress,
  };
  if (config.role !== "client") ensureDataDir(config.dataDir, sourceOf(merged, "dataDir"));
  return config;
}

/** The Raft clock, each setting in its range (the schema) and in sound relation to the others. */
function timingOf(data: Parsed, merged: RawSettings): RaftTiming {
  const timing: RaftTiming = { tickMs: data.tickMs, electionTicks: data.electionTicks, heartbeatTicks: data.heartbeatTicks };
  const problem = timingProblem(timing);
  if (problem === null) return timing;
  const name: SettingName = problem.setting;
  throw new ConfigError(labelOf(name, merged[name]), problem.value, problem.expected, sourceOf(merged, name));
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The cluster secret from --cluster-secret (or its variable) or from --cluster-secret-file, never both. */
function clusterSecretOf(data: Parsed, merged: RawSettings, cwd: string): { readonly value: string; readonly isDefault: boolean } {
  if (data.clusterSecretFile === undefined) return { value: data.clusterSecret, isDefault: merged.clusterSecret === undefined };
  const flag = `--${settings.clusterSecretFile.flag}`;
  if (merged.clusterSecret !== undefined) {
    throw new ConfigError(flag, data.clusterSecretFile, "either a cluster secret or a cluster secret file, not both", sourceOf(merged, "clusterSecretFile"));
  }
  const value = readSecretFile(resolve(cwd, data.clusterSecretFile), flag, sourceOf(merged, "clusterSecretFile"));
  if (value.length < 1 || value.length > 1024) throw new ConfigError(flag, data.clusterSecretFile, "a file holding a secret of 1 to 1024 characters", sourceOf(merged, "clusterSecretFile"));
  return { value, isDefault: false };
}

function clientKeyOf(data: Parsed, merged: RawSettings, cwd: string): string | null {
  if (data.clientKeyFile === undefined) return data.clientKey ?? null;
  const flag = `--${settings.clientKeyFile.flag}`;
  if (data.clientKey !== undefined) throw new ConfigError(flag, data.clientKeyFile, "either a client key or a client key file, not both", sourceOf(merged, "clientKeyFile"));
  const value = readSecretFile(resolve(cwd, data.clientKeyFile), flag, sourceOf(merged, "clientKeyFile"));
  if (!clientKeyPattern.test(value)) throw new ConfigError(flag, data.clientKeyFile, `a file holding ${settings.clientKey.expected}`, sourceOf(merged, "clientKeyFile"));
  return value;
}

/** A secret file's content without its final newline; the message on failure names the file, never its content. */
function readSecretFile(path: string, flag: string, source: string): string {
  try {
    return readFileSync(path, "utf8").replace(/\r?\n$/, "");
  } catch (error: unknown) {
    throw new ConfigError(flag, path, `a readable file (${reason(error)})`, source);
  }
}

/** Creates the data dir if absent and proves it is a writable directory, before any role starts. */
export function ensureDataDir(path: string, source: string): void {
  const flag = `--${settings.dataDir.flag}`;
  if (existsSync(path) && !statSync(path).isDirectory()) throw new ConfigError(flag, path, "a directory, not a file", source);
  try {
    mkdirSync(path, { recursive: true });
  } catch (error: unknown) {
    throw new ConfigError(flag, path, `${settings.dataDir.expected} (${reason(error)})`, source);
  }
  if (!statSync(path).isDirectory()) throw new ConfigError(flag, path, "a directory, not a file", source);
  try {
    accessSync(path, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error: unknown) {
    throw new ConfigError(flag, path, `a readable and writable directory (${reason(error)})`, source);
  }
}

export function readConfigFile(path: string, cwd: string): RawSettings {
  return readSettingsFile(path, cwd, "--config", `config file ${path}:`);
}

/** A TOML (or .json) table of settings; `field` names where the path came from, `label` each value's source. */
function readSettingsFile(path: string, cwd: string, field: string, label: string): RawSettings {
  const fullPath = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(fullPath, "utf8");
  } catch (error: unknown) {
    throw new ConfigError(field, path, `a readable TOML or JSON file (${reason(error)})`, "");
  }
  let document: unknown;
  try {
    document = fullPath.endsWith(".json") ? JSON.parse(text) : Bun.TOML.parse(text);
  } catch (error: unknown) {
    const format = fullPath.endsWith(".json") ? "JSON" : "TOML";
    throw new ConfigError(field, path, `valid ${format} (${reason(error)})`, "");
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new ConfigError(field, path, "a table of settings at the top level", "");
  }
  const out: RawSettings = {};
  for (const [key, value] of Object.entries(document)) {
    const name = settingNames.find((candidate) => settings[candidate].flag === key.replaceAll("_", "-") || candidate === key);
    if (name === undefined) throw new ConfigError(`key ${JSON.stringify(key)}`, value, `one of ${settingNames.map((n) => settings[n].flag).join(", ")}`, label);
    out[name] = { value, source: label };
  }
  return out;
}

function readEnv(env: Readonly<Record<string, string | undefined>>): RawSettings {
  const out: RawSettings = {};
  for (const name of settingNames) {
    const value = env[envName(name)];
    if (value !== undefined && value !== "") out[name] = { value, source: "environment" };
  }
  return out;
}

function configErrorFromIssue(issue: z.core.$ZodIssue | undefined, merged: RawSettings): ConfigError {
  if (issue === undefined) return new ConfigError("configuration", undefined, "valid settings", "");
  if (issue.code === "unrecognized_keys") {
    return new ConfigError(`setting ${JSON.stringify(issue.keys[0])}`, undefined, "a known setting", "");
  }
  const name = settingNames.find((candidate) => candidate === issue.path[0]);
  if (name === undefined) return new ConfigError(String(issue.path.join(".")), undefined, issue.message, "");
  const raw = merged[name];
  return new ConfigError(labelOf(name, raw), secretSettings.has(name) ? hiddenValue : raw?.value, settings[name].expected, sourceOf(merged, name));
}

/** The field as the user wrote it: `--listen` for a flag, the key in a file, the variable in env. */
function labelOf(name: SettingName, raw: RawSetting | undefined): string {
  if (raw === undefined || raw.source === "flag") return `--${settings[name].flag}`;
  if (raw.source === "environment") return envName(name);
  return `key ${JSON.stringify(settings[name].flag)}`;
}

/** The prefix of an error message: only a config file needs naming; flags and variables name themselves. */
function sourceOf(merged: RawSettings, name: SettingName): string {
  const source = merged[name]?.source;
  return source === undefined || source === "flag" || source === "environment" ? "" : source;
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
