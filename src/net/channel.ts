/**
 * TCP envelope channels over Bun's own sockets: `listen` for a server, `connect` for a client.
 * Both wrap each socket in a Connection (framing, bounded outbox, request correlation); the
 * socket callbacks only forward bytes and events to it. A peer that sends an oversized,
 * truncated or undecodable frame loses its own connection, with a logged reason; the server
 * and every other connection carry on.
 */
import type { Socket, SocketHandler, TCPSocketListener } from "bun";
import { assert } from "../lib/assert";
import { netMetrics } from "../metrics/metrics";
import { err, ok, type Result } from "../lib/result";
import type { Envelope } from "../wire/codec";
import { ChannelError } from "./channel-error";
import { Connection, type CloseReason, type ConnectionSide } from "./connection";
import type { Logger } from "./logger-port";

/** Connections one server accepts at once; more are refused at open, with a log line. */
export const connectionsMaxDefault = 1_024;
/** How long `connect` waits for the TCP handshake by default. */
export const connectTimeoutMsDefault = 5_000;
/** The longest anyone may ask `connect` to wait. */
export const connectTimeoutMsMax = 60_000;

assert(connectionsMaxDefault > 0, "a server must accept a connection");
assert(connectTimeoutMsDefault <= connectTimeoutMsMax, "the default connect timeout is within the maximum");

export interface ChannelOptions {
  /** Maximum frame body this side accepts and sends (default frameBytesMaxDefault). */
  readonly frameBytesMax?: number;
  /** Bound on this side's pending outgoing bytes per connection (default outboxBytesMaxDefault). */
  readonly outboxBytesMax?: number;
  readonly logger: Logger;
  /** A request or one-way message from the peer; reply with `connection.reply(envelope, ...)`. */
  readonly onEnvelope: (connection: Connection, envelope: Envelope) => void;
  readonly onClose?: (connection: Connection, reason: CloseReason) => void;
}

export interface ListenOptions extends ChannelOptions {
  readonly hostname: string;
  /** 0 picks a free port; read it back from `Server.port`. */
  readonly port: number;
  readonly connectionsMax?: number;
  readonly onOpen?: (connection: Connection) => void;
}

export interface Server {
  readonly hostname: string;
  readonly port: number;
  readonly connectionCount: number;
  /** Stops accepting and closes every open connection. */
  stop(): void;
}

export interface ConnectOptions extends ChannelOptions {
  readonly hostname: string;
  readonly port: number;
  readonly connectTimeoutMs?: number;
}

/** Per-socket state Bun carries for us: the Connection, once the socket opened. */
interface Slot {
  connection: Connection | null;
}

type ChannelSocket = Socket<Slot>;

export function listen(options: ListenOptions): Result<Server, ChannelError> {
  const connectionsMax = options.connectionsMax ?? connectionsMaxDefault;
  assert(Number.isInteger(connectionsMax) && connectionsMax > 0, "connectionsMax must be a positive integer");
  const connections = new Set<Connection>();
  const handlers = socketHandlers(options, (socket) => {
    if (connections.size >= connectionsMax) {
      options.logger.warn("net.connection-refused", { peer: peerOf(socket), reason: "connections-max", connectionsMax });
      netMetrics.connectionsRefused.inc();
      socket.terminate();
      return null;
    }
    const connection = newConnection(socket, "acceptor", options, (closed) => connections.delete(closed));
    connections.add(connection);
    netMetrics.connectionsAccepted.inc();
    options.onOpen?.(connection);
    return connection;
  });
  let listener: TCPSocketListener<Slot>;
  try {
    listener = Bun.listen<Slot>({ hostname: options.hostname, port: options.port, socket: handlers, data: { connection: null } });
  } catch (error: unknown) {
    return err(new ChannelError("listen-failed", `${options.hostname}:${options.port}`, { cause: error }));
  }
  options.logger.info("net.listening", { hostname: listener.hostname, port: listener.port });
  return ok({
    hostname: listener.hostname,
    port: listener.port,
    get connectionCount() {
      return connections.size;
    },
    stop() {
      listener.stop(true);
      // Bun closes the sockets; their close callbacks may come later, so settle them now.
      for (const connection of [...connections]) connection.close();
      assert(connections.size === 0, "every connection closed with its server");
    },
  });
}

export async function connect(options: ConnectOptions): Promise<Result<Connection, ChannelError>> {
  const timeoutMs = options.connectTimeoutMs ?? connectTimeoutMsDefault;
  assert(timeoutMs > 0 && timeoutMs <= connectTimeoutMsMax, "connect timeout within (0, connectTimeoutMsMax]");
  const target = `${options.hostname}:${options.port}`;
  let abandoned = false;
  const handlers = socketHandlers(options, (socket) => {
    if (abandoned) {
      socket.terminate();
      return null;
    }
    return newConnection(socket, "connector", options, () => undefined);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const opened = Bun.connect<Slot>({ hostname: options.hostname, port: options.port, socket: handlers, data: { connection: null } })
    .then((socket): Result<ChannelSocket, ChannelError> => ok(socket))
    .catch((error: unknown): Result<ChannelSocket, ChannelError> => err(new ChannelError("connect-failed", target, { cause: error })));
  const winner = await Promise.race([opened, timeout]);
  clearTimeout(timer);
  if (winner === "timeout") {
    abandoned = true;
    // If the handshake completes later, the open handler sees `abandoned` and drops it.
    return err(new ChannelError("connect-failed", `${target}: no connection within ${timeoutMs} ms`));
  }
  if (!winner.ok) return winner;
  const connection = winner.value.data.connection;
  if (connection === null) return err(new ChannelError("connect-failed", `${target}: closed during open`));
  return ok(connection);
}

function newConnection(
  socket: ChannelSocket,
  side: ConnectionSide,
  options: ChannelOptions,
  forget: (connection: Connection) => void,
): Connection {
  const connection = new Connection(socket, {
    side,
    peer: peerOf(socket),
    frameBytesMax: options.frameBytesMax,
    outboxBytesMax: options.outboxBytesMax,
    logger: options.logger,
    onEnvelope: options.onEnvelope,
    onClose: (closed, reason) => {
      forget(closed);
      options.onClose?.(closed, reason);
    },
  });
  socket.data = { connection };
  return connection;
}

/** Socket callbacks only forward to the Connection: no work happens in them. */
function socketHandlers(
  options: ChannelOptions,
  open: (socket: ChannelSocket) => Connection | null,
): SocketHandler<Slot> {
  return {
    open(socket) {
      open(socket);
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
      options.logger.error("net.socket-error", { peer: peerOf(socket), error: error.message });
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
