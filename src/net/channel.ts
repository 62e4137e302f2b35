/**
 * TCP (or mutual-TLS) envelope channels over Bun's own sockets: `listen` for a server,
 * `connect` for a client. Both wrap each socket in a Connection (handshake, sealed frames,
 * bounded outbox, request correlation); the socket callbacks only forward bytes and events to
 * it. `connect` resolves only once the handshake has proved both sides.
 *
 * A server bounds strangers before it trusts them (docs/protocol.md, "Bounds before trust"):
 * connections in total and per remote address, and connections still in their handshake —
 * when those are full, the oldest stranger makes room for the newest, so a flood of idle
 * sockets cannot keep a real client out; each stranger has a few seconds and a few KiB.
 */
import type { BufferPool } from "../lib/buffer-pool";
import type { Socket, SocketHandler, TCPSocketListener } from "bun";
import type { AcceptorSecrets, Credential } from "../auth/handshake";
import { assert } from "../lib/assert";
import { netMetrics } from "../metrics/metrics";
import { err, ok, type Result } from "../lib/result";
import type { Envelope } from "../wire/codec";
import { ChannelError } from "./channel-error";
import { Connection, type CloseReason, type ConnectionAuth } from "./connection";
import type { Logger } from "./logger-port";

/** Connections one server holds at once (strangers and proven peers); more are refused at open. */
export const connectionsMaxDefault = 1_024;
/** Connections from one remote address. */
export const connectionsPerAddressMaxDefault = 512;
/** Connections still in their handshake; beyond it the oldest stranger is dropped for the newest. */
export const pendingMaxDefault = 128;
/** Connections from one address still in their handshake (the oldest of them makes room). */
export const pendingPerAddressMaxDefault = 64;
/** How long `connect` waits for the TCP connection and the handshake by default. */
export const connectTimeoutMsDefault = 5_000;
/** The longest anyone may ask `connect` to wait. */
export const connectTimeoutMsMax = 60_000;

assert(pendingPerAddressMaxDefault <= pendingMaxDefault && pendingMaxDefault < connectionsMaxDefault, "stranger bounds nest inside the total");
assert(connectionsPerAddressMaxDefault <= connectionsMaxDefault, "per-address bound within the total");
assert(connectTimeoutMsDefault <= connectTimeoutMsMax, "the default connect timeout is within the maximum");

/** PEM text of this side's certificate and key and of the CA that signs every peer's. */
export interface TlsMaterial {
  readonly cert: string;
  readonly key: string;
  readonly ca: string;
}

/** Who this process is when it dials another server of the cluster. */
export interface DialIdentity {
  readonly cluster: string;
  readonly credential: Credential;
  readonly tls: TlsMaterial | null;
}

export interface ChannelOptions {
  /** Maximum frame body this side accepts and sends after the handshake (default frameBytesMaxDefault). */
  readonly frameBytesMax?: number;
  /** Bound on this side's pending outgoing bytes per connection (default outboxBytesMaxDefault). */
  readonly outboxBytesMax?: number;
  readonly logger: Logger;
  /** Mutual TLS on the socket (the handshake still runs inside it); null or absent: plain TCP. */
  readonly tls?: TlsMaterial | null;
  /** A request or one-way message from the peer; reply with `connection.reply(envelope, ...)`. */
  readonly onEnvelope: (connection: Connection, envelope: Envelope) => void;
  readonly onClose?: (connection: Connection, reason: CloseReason) => void;
  /** Nonce source for the handshake; tests inject a seeded one. */
  readonly random?: (bytes: number) => Uint8Array;
}

export interface ListenOptions extends ChannelOptions {
  readonly hostname: string;
  /** 0 picks a free port; read it back from `Server.port`. */
  readonly port: number;
  /** Who this server is and what it checks peers' proofs against. */
  readonly secrets: AcceptorSecrets;
  readonly connectionsMax?: number;
  readonly connectionsPerAddressMax?: number;
  readonly pendingMax?: number;
  readonly pendingPerAddressMax?: number;
  readonly handshakeTimeoutMs?: number;
  /** Close a proven peer's connection after this long with no frame and nothing outstanding (null: never). */
  readonly idleTimeoutMs?: number | null;
  /** What to tell an HTTP client that knocks on this port. */
  readonly wrongDoorHint?: string;
  /** A peer completed the handshake (its principal is on the connection). */
  readonly onOpen?: (connection: Connection) => void;
}

export interface Server {
  readonly hostname: string;
  readonly port: number;
  readonly connectionCount: number;
  /** Connections still in their handshake. */
  readonly pendingCount: number;
  /** Stops accepting and closes every open connection. */
  stop(): void;
}

export interface ConnectOptions extends ChannelOptions {
  readonly hostname: string;
  readonly port: number;
  readonly cluster: string;
  readonly credential: Credential;
  /** The id the server must prove (a node dialling n2 must reach n2); null: any member of the cluster. */
  readonly expectedPeerId?: string | null;
  readonly connectTimeoutMs?: number;
  /** Reused buffers for large frame bodies from the server (see FrameDecoder). */
  readonly bodyPool?: BufferPool;
}

/** Per-socket state Bun carries for us: the Connection, once the socket opened. */
interface Slot {
  connection: Connection | null;
}

type ChannelSocket = Socket<Slot>;

/** Which connections a server holds, by address and by stage, and which stranger to drop first. */
class Admission {
  readonly all = new Set<Connection>();
  /** Strangers in arrival order (a Set iterates in insertion order). */
  readonly pending = new Set<Connection>();
  private readonly perAddress = new Map<string, number>();

  constructor(private readonly limits: { connectionsMax: number; connectionsPerAddressMax: number; pendingMax: number; pendingPerAddressMax: number },
    private readonly logger: Logger) {}

  /** Makes room for a new stranger from `address`; false when it must be refused. */
  admit(address: string): boolean {
    const pendingHere = [...this.pending].filter((connection) => addressOf(connection) === address);
    if (pendingHere.length >= this.limits.pendingPerAddressMax) this.evict(pendingHere[0]);
    else if (this.pending.size >= this.limits.pendingMax) this.evict(this.oldestOfBusiestAddress());
    if (this.all.size >= this.limits.connectionsMax) {
      const oldest = this.pending.values().next();
      if (oldest.done === true) return false;
      this.evict(oldest.value);
    }
    if ((this.perAddress.get(address) ?? 0) >= this.limits.connectionsPerAddressMax) {
      const oldestHere = [...this.pending].find((connection) => addressOf(connection) === address);
      if (oldestHere === undefined) return false;
      this.evict(oldestHere);
    }
    return this.all.size < this.limits.connectionsMax;
  }

  add(connection: Connection): void {
    this.all.add(connection);
    this.pending.add(connection);
    const address = addressOf(connection);
    this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
    assert(this.pending.size <= this.limits.pendingMax && this.all.size <= this.limits.connectionsMax, "admission within its bounds");
  }

  opened(connection: Connection): void {
    this.pending.delete(connection);
  }

  forget(connection: Connection): void {
    if (!this.all.delete(connection)) return;
    this.pending.delete(connection);
    const address = addressOf(connection);
    const count = (this.perAddress.get(address) ?? 1) - 1;
    if (count <= 0) this.perAddress.delete(address);
    else this.perAddress.set(address, count);
  }

  private oldestOfBusiestAddress(): Connection | undefined {
    const counts = new Map<string, number>();
    for (const connection of this.pending) counts.set(addressOf(connection), (counts.get(addressOf(connection)) ?? 0) + 1);
    let busiest = "";
    for (const [address, count] of counts) if (count > (counts.get(busiest) ?? 0)) busiest = address;
    return [...this.pending].find((connection) => addressOf(connection) === busiest);
  }

  private evict(connection: Connection | undefined): void {
    if (connection === undefined) return;
    this.logger.info("net.stranger-dropped", { peer: connection.peer, reason: "handshake slots full; the oldest stranger makes room" });
    connection.close();
    this.forget(connection);
  }
}

export function listen(options: ListenOptions): Result<Server, ChannelError> {
  const limits = {
    connectionsMax: options.connectionsMax ?? connectionsMaxDefault,
    connectionsPerAddressMax: options.connectionsPerAddressMax ?? connectionsPerAddressMaxDefault,
    pendingMax: options.pendingMax ?? pendingMaxDefault,
    pendingPerAddressMax: options.pendingPerAddressMax ?? pendingPerAddressMaxDefault,
  };
  for (const [name, value] of Object.entries(limits)) assert(Number.isInteger(value) && value > 0, `${name} must be a positive integer`);
  const admission = new Admission(limits, options.logger);
  const auth: ConnectionAuth = { side: "acceptor", secrets: options.secrets };
  const handlers = socketHandlers(options, options.tls !== undefined && options.tls !== null, (socket) => {
    const address = socket.remoteAddress;
    if (!admission.admit(address)) {
      options.logger.warn("net.connection-refused", { peer: peerOf(socket), reason: "connections-max", ...limits });
      netMetrics.connectionsRefused.inc();
      socket.terminate();
      return null;
    }
    const connection = new Connection(socket, {
      auth, peer: peerOf(socket), frameBytesMax: options.frameBytesMax, outboxBytesMax: options.outboxBytesMax, logger: options.logger,
      handshakeTimeoutMs: options.handshakeTimeoutMs, idleTimeoutMs: options.idleTimeoutMs, wrongDoorHint: options.wrongDoorHint,
      random: options.random, onEnvelope: options.onEnvelope,
      onOpen: (opened) => {
        admission.opened(opened);
        options.onOpen?.(opened);
      },
      onClose: (closed, reason) => {
        admission.forget(closed);
        options.onClose?.(closed, reason);
      },
    });
    admission.add(connection);
    netMetrics.connectionsAccepted.inc();
    socket.data = { connection };
    return connection;
  });
  let listener: TCPSocketListener<Slot>;
  try {
    listener = Bun.listen<Slot>({
      hostname: options.hostname, port: options.port, socket: handlers, data: { connection: null },
      ...(options.tls === undefined || options.tls === null ? {} : { tls: { ...options.tls, requestCert: true, rejectUnauthorized: true } }),
    });
  } catch (error: unknown) {
    return err(new ChannelError("listen-failed", `${options.hostname}:${options.port}`, { cause: error }));
  }
  options.logger.info("net.listening", { hostname: listener.hostname, port: listener.port, tls: options.tls !== undefined && options.tls !== null });
  return ok({
    hostname: listener.hostname,
    port: listener.port,
    get connectionCount() {
      return admission.all.size;
    },
    get pendingCount() {
      return admission.pending.size;
    },
    stop() {
      listener.stop(true);
      // Bun closes the sockets; their close callbacks may come later, so settle them now.
      for (const connection of [...admission.all]) connection.close();
      assert(admission.all.size === 0, "every connection closed with its server");
    },
  });
}

/** Connects and completes the handshake; the connection returned is open and proven both ways. */
export async function connect(options: ConnectOptions): Promise<Result<Connection, ChannelError>> {
  const timeoutMs = options.connectTimeoutMs ?? connectTimeoutMsDefault;
  assert(timeoutMs > 0 && timeoutMs <= connectTimeoutMsMax, "connect timeout within (0, connectTimeoutMsMax]");
  const target = `${options.hostname}:${options.port}`;
  let abandoned = false;
  const auth: ConnectionAuth = { side: "connector", cluster: options.cluster, credential: options.credential, expectedPeerId: options.expectedPeerId ?? null };
  const tls = options.tls !== undefined && options.tls !== null;
  const handlers = socketHandlers(options, tls, (socket) => {
    if (abandoned) {
      socket.terminate();
      return null;
    }
    const connection = new Connection(socket, {
      auth, peer: target, frameBytesMax: options.frameBytesMax, outboxBytesMax: options.outboxBytesMax, logger: options.logger,
      handshakeTimeoutMs: timeoutMs, random: options.random, onEnvelope: options.onEnvelope, onClose: options.onClose,
      ...(options.bodyPool === undefined ? {} : { bodyPool: options.bodyPool }),
    });
    socket.data = { connection };
    return connection;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const opened = Bun.connect<Slot>({
    hostname: options.hostname, port: options.port, socket: handlers, data: { connection: null },
    ...(options.tls === undefined || options.tls === null ? {} : { tls: { ...options.tls, rejectUnauthorized: true } }),
  })
    .then(async (socket): Promise<Result<Connection, ChannelError>> => {
      const connection = socket.data.connection;
      if (connection === null) return err(new ChannelError("connect-failed", `${target}: closed during open`));
      const handshake = await connection.whenOpen();
      return handshake.ok ? ok(connection) : err(handshake.error);
    })
    .catch((error: unknown): Result<Connection, ChannelError> => err(new ChannelError("connect-failed", target, { cause: error })));
  const winner = await Promise.race([opened, timeout]);
  clearTimeout(timer);
  if (winner === "timeout") {
    abandoned = true;
    // The socket may still open or finish its handshake: close whatever comes of it.
    void opened.then((late) => {
      if (late.ok) late.value.close();
    });
    return err(new ChannelError("connect-failed", `${target}: no connection and handshake within ${timeoutMs} ms`));
  }
  if (!winner.ok && winner.error.kind === "refused") {
    return err(new ChannelError("refused", `${target} refused the handshake: ${winner.error.message.replace(/^refused: /, "")}`));
  }
  return winner;
}

/**
 * Socket callbacks only forward to the Connection: no work happens in them. Over TLS the
 * Connection starts when the TLS handshake has succeeded (a peer whose certificate the CA did
 * not sign never gets that far); over TCP at once.
 */
function socketHandlers(
  options: ChannelOptions,
  tls: boolean,
  open: (socket: ChannelSocket) => Connection | null,
): SocketHandler<Slot> {
  return {
    open(socket) {
      const connection = open(socket);
      if (!tls) connection?.start();
    },
    handshake(socket, success, authorizationError) {
      if (!tls) return;
      if (!success || authorizationError !== null) {
        options.logger.warn("net.tls-refused", { peer: peerOf(socket), error: authorizationError?.message ?? "TLS handshake failed" });
        socket.data.connection?.handleClosed({ kind: "handshake-refused", detail: `TLS: ${authorizationError?.message ?? "handshake failed"}` });
        socket.terminate();
        return;
      }
      socket.data.connection?.start();
    },
    data(socket, bytes) {
      socket.data.connection?.handleData(bytes);
    },
    drain(socket) {
      socket.data.connection?.handleDrain();
    },
    close(socket, error) {
      const reason: CloseReason = error === undefined ? { kind: "remote" } : { kind: "socket-error", detail: error.message };
      socket.data.connection?.handleClosed(reason);
    },
    error(socket, error) {
      options.logger.warn("net.socket-error", { peer: peerOf(socket), error: error.message });
      socket.data.connection?.handleClosed({ kind: "socket-error", detail: error.message });
    },
    connectError() {
      // The promise of Bun.connect rejects right after this; `connect` reports it there.
    },
  };
}

function peerOf(socket: ChannelSocket): string {
  return `${socket.remoteAddress}:${socket.remotePort}`;
}

function addressOf(connection: Connection): string {
  const peer = connection.peer;
  return peer.slice(0, peer.lastIndexOf(":"));
}
