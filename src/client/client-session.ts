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
 * (a timeout, the connection closed or corrupt) retires the connection, as its own connection
 * would have been closed; so does a lease `discard`ed (a failed upload attempt, whose half-done
 * upload the queue server drops when the connection closes). A retired connection takes no new
 * lease — the next operation connects again, trying the queue server after the one that failed
 * first — and closes once the operations still using it are done, so one operation's failure
 * does not cut off the others running beside it.
 *
 * Concurrency: the connection correlates requests by id (src/net/connection.ts, up to
 * requestsOutstandingMax outstanding), and the queue server handles each request on its own, so
 * operations of one session may run at the same time; operations started while no connection
 * is open share the one connect. A server that closes an idle connection just before a request
 * fails that request "closed", as it would fail an operation of its own connection.
 */
import { formatHostPort } from "../cli/host-port";
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { ClientError } from "./errors";
import type { ClientOptions } from "./options";
import { connectFirst, type QueueConnection, type QueueLease } from "./queue-session";

/** One of the session's connections and the operations using it. */
interface Shared {
  readonly connection: QueueConnection;
  leases: number;
  /** No new lease: it failed, or an operation asked for it to be closed. Closed at its last release. */
  retired: boolean;
}

export class ClientSession {
  /** The options to pass to the library's verbs: the caller's, carrying this session. */
  readonly options: ClientOptions;
  /** The connection new leases get; null until the first operation and after a retirement. */
  private current: Shared | null = null;
  /** Every connection not yet closed: the current one and retired ones still in use. */
  private readonly live = new Set<Shared>();
  private connecting: Promise<Result<Shared, ClientError>> | null = null;
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
    let connected = await this.connected();
    // Another operation may have retired the connection while this one waited for it: one more try.
    if (connected.ok && connected.value.retired) connected = await this.connected();
    if (!connected.ok) return connected;
    const shared = connected.value;
    const { transport } = shared.connection;
    shared.leases += 1;
    let released = false;
    const release = (retire: boolean): void => {
      if (retire) this.retire(shared);
      if (released) return;
      released = true;
      shared.leases -= 1;
      assert(shared.leases >= 0, "a lease is released once");
      if (shared.retired && shared.leases === 0) this.shut(shared);
    };
    return ok({
      address: transport.address,
      get open() {
        return transport.open;
      },
      request: async (shape, timeoutMs) => {
        const response = await transport.request(shape, timeoutMs);
        // A failure at the transport leaves the connection in doubt (a late answer, a hung
        // server): a connection of its own would be closed, so this one takes no new lease.
        if (!response.ok) this.retire(shared);
        return response;
      },
      // Done with the lease: the connection stays for the session's next operation.
      close: () => release(false),
      discard: () => release(true),
    });
  }

  /** Closes every connection; later operations on the session fail. Idempotent. */
  close(): void {
    this.closed = true;
    this.current = null;
    for (const shared of [...this.live]) this.shut(shared);
    assert(this.live.size === 0, "every connection closed with the session");
  }

  private async connected(): Promise<Result<Shared, ClientError>> {
    if (this.current !== null && !this.current.connection.transport.open) this.retire(this.current);
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
        const shared: Shared = { connection: opened.value, leases: 0, retired: false };
        this.current = shared;
        this.live.add(shared);
        this.options.logger.debug("client.session-connected", { queue: formatHostPort(opened.value.queue), connections: this.connects });
        return ok(shared);
      });
    }
    return await this.connecting;
  }

  /** `shared` takes no new lease; the next connect starts at the queue server after its. Closed now if unused. */
  private retire(shared: Shared): void {
    if (!shared.retired) {
      shared.retired = true;
      if (this.current === shared) {
        this.current = null;
        this.firstQueue = (shared.connection.queueIndex + 1) % this.options.queues.length;
      }
    }
    if (shared.leases === 0) this.shut(shared);
  }

  private shut(shared: Shared): void {
    shared.connection.transport.close();
    this.live.delete(shared);
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
