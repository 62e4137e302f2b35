/**
 * The HTTP door of a server role (--http-listen): a small read-only Bun.serve server for
 * operators and their tools. Every role serves /livez, /readyz and /metrics; the queue server
 * adds its status page. Only GET and HEAD; request bodies are refused (a probe sends none);
 * a handler that throws answers 500 and is logged, never taking the role down.
 */
import type { Server } from "bun";
import { formatHostPort, type HostPort } from "../cli/host-port";
import { ExitError, exitCodes } from "../cli/errors";
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import type { TlsMaterial } from "../net/channel";
import { prometheusContentType } from "../metrics/registry";
import { renderChecks, type Check } from "./checks";

/** No route takes a body: anything larger than a probe's empty one is refused before it is read. */
export const requestBodyBytesMax = 1024;
/** Seconds an idle keep-alive connection stays open (Prometheus scrapes every 15–60 s and reconnects). */
export const idleTimeoutSeconds = 30;

export type Handler = (url: URL) => Response;

export interface HttpDoorOptions {
  readonly listen: HostPort;
  readonly logger: Logger;
  /** Exact paths → handlers; anything else is 404. */
  readonly routes: Readonly<Record<string, Handler>>;
  /**
   * The cluster's mutual TLS (--tls-*): the door then speaks HTTPS and, like every other port,
   * answers only a peer whose certificate the CA signed (Prometheus: tls_config cert_file/key_file/ca_file).
   */
  readonly tls?: TlsMaterial | null;
}

export interface HttpDoor {
  /** The port bound (the one asked for). */
  readonly port: number;
  /** http://HOST:PORT, for logs and the demo. */
  readonly url: string;
  stop(): void;
}

const noStore = { "cache-control": "no-store" } as const;

/** Throws ExitError (exit status 2) when the address cannot be bound: a bad --http-listen is a configuration error. */
export function startHttpDoor(options: HttpDoorOptions): HttpDoor {
  const { listen, logger, routes } = options;
  const tls = options.tls ?? null;
  let server: Server<undefined>;
  try {
    server = Bun.serve({
      hostname: listen.host, port: listen.port, maxRequestBodySize: requestBodyBytesMax, idleTimeout: idleTimeoutSeconds, development: false,
      ...(tls === null ? {} : { tls: { ...tls, requestCert: true, rejectUnauthorized: true } }),
      fetch: (request) => answer(request, routes, logger),
    });
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExitError(exitCodes.usage, `--http-listen ${formatHostPort(listen)}: cannot listen (${reason})`, { cause: error });
  }
  // The door never keeps the process alive by itself: a role that fails to start after it
  // (a taken protocol port, a storage error) still exits with its status.
  server.unref();
  const port = server.port ?? listen.port;
  const url = `${tls === null ? "http" : "https"}://${formatHostPort({ host: listen.host, port })}`;
  logger.info("http.listening", { url, paths: Object.keys(routes) });
  return { port, url, stop: () => void server.stop(true) };
}

function answer(request: Request, routes: Readonly<Record<string, Handler>>, logger: Logger): Response {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return text(405, `${request.method} is not served here: this door answers GET and HEAD\n`, { allow: "GET, HEAD" });
  }
  const url = new URL(request.url);
  const handler = routes[url.pathname];
  if (handler === undefined) return text(404, `no page ${url.pathname}: try ${Object.keys(routes).join(", ")}\n`);
  let response: Response;
  try {
    response = handler(url);
  } catch (error: unknown) {
    logger.error("http.handler-failed", { path: url.pathname, error });
    return text(500, "internal error (logged)\n");
  }
  return request.method === "HEAD" ? new Response(null, { status: response.status, headers: response.headers }) : response;
}

export function text(status: number, body: string, headers: Readonly<Record<string, string>> = {}, contentType = "text/plain; charset=utf-8"): Response {
  assert(status >= 200 && status <= 599, "an HTTP status");
  return new Response(body, { status, headers: { "content-type": contentType, ...noStore, ...headers } });
}

export function json(document: unknown): Response {
  return text(200, JSON.stringify(document), {}, "application/json; charset=utf-8");
}

/** What every role serves: /livez, /readyz (with ?exclude=NAME) and /metrics. */
export function healthRoutes(checks: { readonly live: () => readonly Check[]; readonly ready: () => readonly Check[]; readonly metrics: () => string }): Record<string, Handler> {
  const report = (endpoint: "livez" | "readyz", run: () => readonly Check[]): Handler => (url) => {
    const { status, body } = renderChecks(endpoint, run(), url.searchParams.getAll("exclude"));
    return text(status, body);
  };
  return {
    "/livez": report("livez", checks.live),
    "/readyz": report("readyz", checks.ready),
    "/metrics": () => text(200, checks.metrics(), {}, prometheusContentType),
  };
}
