/**
 * One authenticated connection to the cluster's front door, kept for many operations: a
 * ClientSession connects (TCP and handshake) at its first operation and every later one reuses
 * that connection, instead of connecting and proving itself again per operation.
 *
 *   const session = new ClientSession(options);
 *   try { await uploadFile(session.options, ...); await listFiles(session.options, ...); }
 *   finally { session.close(); }
 *
 * Every verb takes `session.options` like any ClientOptions and keeps its own error semantics
 * (BUSY retries, restarts, write ids): it gets its queue connection through openQueue, which
 * hands out a lease on the session's connection. A lease whose request fails at the transport
 * (a timeout, the connection closed or corrupt) drops the connection, exactly as a connection of
 * its own would have been closed, and the next operation connects again, trying the queue
 * server after the one that failed first. A lease `discard`ed (a failed upload attempt, whose
 * half-done upload the queue server drops when its connection closes) drops it too.
 *
 * Concurrency: the connection correlates requests by id (src/net/connection.ts, up to
 * requestsOutstandingMax outstanding), and the queue server handles each request on its own, so
 * operations of one session may run at the same time; operations started while no connection
 * is open share the one connect.
 */
import { formatHostPort } from "../cli/host-port";
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { ClientError } from "./errors";
import type { ClientOptions } from "./options";
import { connectFirst, type QueueConnection, type QueueLease } from "./queue-session";

export class ClientSession {
  /** The options to pass to the library's verbs: the caller's, carrying this session. */
  readonly options: ClientOptions;
  private current: QueueConnection | null = null;
  private connecting: Promise<Result<QueueConnection, ClientError>> | null = null;
  /** Index in options.queues of the queue server tried first at the next connect. */
  private firstQueue = 0;
  private closed = false;
  private connects = 0;

  constructor(options: ClientOptions) {
    assert(options.session === undefined, "a session is made from plain options, not another session's");
    this.options = { ...options, session: this };
  }

  /** Connections this session opened so far (1 while the first one lives). */
  get connections(): number {
    return this.connects;
  }

  /** A lease on the session's connection, connecting first if none is open. */
  async lease(): Promise<Result<QueueLease, ClientError>> {
    if (this.closed) return err(new ClientError("failed", "the client session was closed before this operation"));
    const connection = await this.connected();
    if (!connection.ok) return connection;
    const { transport } = connection.value;
    const drop = (): void => this.drop(connection.value);
    return ok({
      address: transport.address,
      get open() {
        return transport.open;
      },
      async request(shape, timeoutMs) {
        const response = await transport.request(shape, timeoutMs);
        // A failure at the transport leaves the connection in doubt (a late answer, a hung
        // server): a connection of its own would be closed now, so this one is dropped.
        if (!response.ok) drop();
        return response;
      },
      // Done with the lease: the connection stays for the session's next operation.
      close() {},
      discard: drop,
    });
  }

  /** Closes the connection; later operations on the session fail. Idempotent. */
  close(): void {
    this.closed = true;
    this.current?.transport.close();
    this.current = null;
  }

  private async connected(): Promise<Result<QueueConnection, ClientError>> {
    if (this.current !== null && !this.current.transport.open) this.drop(this.current);
    if (this.current !== null) return ok(this.current);
    if (this.connecting === null) {
      this.connecting = connectFirst(this.options, this.firstQueue).then((opened) => {
        this.connecting = null;
        if (!opened.ok) return opened;
        this.connects += 1;
        // Closed while connecting: the new connection is not kept.
        if (this.closed) {
          opened.value.transport.close();
          return err(new ClientError("failed", "the client session was closed while it connected"));
        }
        this.current = opened.value;
        this.options.logger.debug("client.session-connected", { queue: formatHostPort(opened.value.queue), connections: this.connects });
        return ok(opened.value);
      });
    }
    return await this.connecting;
  }

  /** Closes `connection` if it is still the session's; the next connect starts at the queue server after it. */
  private drop(connection: QueueConnection): void {
    connection.transport.close();
    if (this.current !== connection) return;
    this.current = null;
    this.firstQueue = (connection.queueIndex + 1) % this.options.queues.length;
  }
}

/** Runs `body` with a session on `options`, closed when it settles. */
export async function withSession<T>(options: ClientOptions, body: (options: ClientOptions) => Promise<T>): Promise<T> {
  if (options.session !== undefined) return await body(options);
  const session = new ClientSession(options);
  try {
    return await body(session.options);
  } finally {
    session.close();
  }
}
