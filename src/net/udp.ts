/**
 * A thin UDP layer over Bun.udpSocket for discovery: bind an endpoint, receive datagrams,
 * send to an address or broadcast. A datagram is bounded by `datagramBytesMax` both ways:
 * larger ones (or ones the kernel truncated) are dropped on receipt and counted, never handed
 * on; sending one is refused with a typed error. Discovery messages are small, and one that
 * fits in an Ethernet frame is never fragmented, so the default bound is the Ethernet payload.
 */
import type { udp } from "bun";
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import type { Logger } from "./logger-port";

/** Ethernet MTU 1500 - IPv4 header 20 - UDP header 8: the largest unfragmented datagram. */
export const datagramBytesMaxDefault = 1_472;
/** The largest UDP payload over IPv4 at all (65535 - 20 - 8); no endpoint may allow more. */
export const datagramBytesLimit = 65_507;
export const broadcastAddress = "255.255.255.255";

assert(datagramBytesMaxDefault <= datagramBytesLimit, "the default bound is a possible datagram");
assert(datagramBytesMaxDefault >= 512, "a discovery message fits in the default bound");

export type UdpErrorKind = "bind-failed" | "too-large" | "send-failed" | "closed";

export class UdpError extends Error {
  override readonly name = "UdpError";
  constructor(readonly kind: UdpErrorKind, detail: string, options?: { readonly cause: unknown }) {
    super(`${kind}: ${detail}`, options);
  }
}

export interface DatagramSource {
  readonly address: string;
  readonly port: number;
}

export interface UdpOptions {
  /** "0.0.0.0" to hear broadcasts; omit for a send-only endpoint. */
  readonly hostname?: string;
  /** 0 or omitted: any free port. */
  readonly port?: number;
  readonly datagramBytesMax?: number;
  /** Enables SO_BROADCAST; without it a send to 255.255.255.255 fails with EACCES. */
  readonly broadcast?: boolean;
  readonly logger: Logger;
  /** A datagram within the bound; `bytes` is owned by the callee. */
  readonly onDatagram?: (bytes: Uint8Array, source: DatagramSource) => void;
}

/** Counters since bind; dropped datagrams show up here, not as errors. */
export interface UdpStats {
  received: number;
  droppedOversize: number;
  sent: number;
  sendRefusedOversize: number;
  sendFailed: number;
}

export class UdpEndpoint {
  readonly stats: UdpStats = { received: 0, droppedOversize: 0, sent: 0, sendRefusedOversize: 0, sendFailed: 0 };

  private constructor(
    private readonly socket: udp.Socket<"uint8array">,
    readonly datagramBytesMax: number,
    private readonly logger: Logger,
  ) {}

  static async bind(options: UdpOptions): Promise<Result<UdpEndpoint, UdpError>> {
    const datagramBytesMax = options.datagramBytesMax ?? datagramBytesMaxDefault;
    assert(Number.isInteger(datagramBytesMax), "datagramBytesMax is an integer");
    assert(datagramBytesMax > 0 && datagramBytesMax <= datagramBytesLimit, "datagramBytesMax within (0, datagramBytesLimit]");
    // The handler needs the endpoint, which needs the socket: a slot bridges the two.
    const slot: { endpoint: UdpEndpoint | null } = { endpoint: null };
    let socket: udp.Socket<"uint8array">;
    try {
      socket = await Bun.udpSocket({
        hostname: options.hostname,
        port: options.port ?? 0,
        binaryType: "uint8array",
        socket: {
          data(_socket, bytes, port, address, flags) {
            slot.endpoint?.handleDatagram(bytes, { address, port }, flags.truncated, options.onDatagram);
          },
          error(_socket, error) {
            options.logger.warn("net.udp-error", { error: error.message });
          },
        },
      });
    } catch (error: unknown) {
      return err(new UdpError("bind-failed", `${options.hostname ?? "*"}:${options.port ?? 0}`, { cause: error }));
    }
    if (options.broadcast === true) socket.setBroadcast(true);
    const endpoint = new UdpEndpoint(socket, datagramBytesMax, options.logger);
    slot.endpoint = endpoint;
    return ok(endpoint);
  }

  get port(): number {
    return this.socket.port;
  }

  get hostname(): string {
    return this.socket.hostname;
  }

  send(bytes: Uint8Array, port: number, address: string): Result<void, UdpError> {
    assert(Number.isInteger(port) && port > 0 && port <= 65_535, "port is a valid UDP port");
    if (this.socket.closed) return err(new UdpError("closed", "endpoint closed"));
    if (bytes.length > this.datagramBytesMax) {
      this.stats.sendRefusedOversize += 1;
      return err(new UdpError("too-large", `datagram of ${bytes.length} bytes exceeds ${this.datagramBytesMax}`));
    }
    try {
      // false: the kernel queue is full; a lost datagram is normal for UDP, so count it.
      const accepted = this.socket.send(bytes, port, address);
      if (!accepted) {
        this.stats.sendFailed += 1;
        return err(new UdpError("send-failed", `${address}:${port} would block`));
      }
    } catch (error: unknown) {
      this.stats.sendFailed += 1;
      return err(new UdpError("send-failed", `${address}:${port}`, { cause: error }));
    }
    this.stats.sent += 1;
    return ok(undefined);
  }

  /** Sends to 255.255.255.255; the endpoint must have been bound with `broadcast: true`. */
  sendBroadcast(bytes: Uint8Array, port: number): Result<void, UdpError> {
    return this.send(bytes, port, broadcastAddress);
  }

  close(): void {
    if (!this.socket.closed) this.socket.close();
  }

  private handleDatagram(
    bytes: Uint8Array,
    source: DatagramSource,
    truncated: boolean,
    onDatagram: UdpOptions["onDatagram"],
  ): void {
    if (truncated || bytes.length > this.datagramBytesMax) {
      this.stats.droppedOversize += 1;
      this.logger.debug("net.udp-dropped", { reason: "oversize", bytes: bytes.length, truncated, source: `${source.address}:${source.port}` });
      return;
    }
    this.stats.received += 1;
    // Copy: the datagram is small, and the callee may keep it past this callback.
    onDatagram?.(bytes.slice(), source);
  }
}
