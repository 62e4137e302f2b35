/**
 * The S3 door: an HTTP server (node:http) that authenticates each request with Signature
 * Version 4 against the client keys, routes it to its operation, and answers S3's XML. It runs
 * inside the queue server's process (`--s3-listen HOST:PORT`, docs/s3.md) and acts on the
 * cluster through the client library (store.ts).
 *
 * Bounds: at most requestsInFlightMax requests at once (more are answered 503 SlowDown, which
 * every S3 client retries with backoff); an object's bytes pass through memory a piece at a
 * time (spooled to disk on the way in, streamed chunk by chunk on the way out), so memory does
 * not grow with object size; spool disk is at most requestsInFlightMax × objectBytesMax.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Logger } from "../lib/logger";
import { authenticate, type KeyLookup } from "./authenticate";
import { bucketLocation, createBucket, deleteBucket, headBucket, listBuckets, listObjects } from "./buckets";
import type { Call, DoorOptions } from "./context";
import { abortUpload, completeUpload, createUpload, listParts, listUploads, uploadPart } from "./multipart";
import { deleteObject, deleteObjects, getObject, putObject } from "./objects";
import { parseRequest, type S3Request } from "./request";
import { S3Error, s3ErrorXml } from "./s3-error";
import type { ObjectStore } from "./store";

export const requestsInFlightMax = 64;
/** A client has this long to send a request's headers. */
export const headersTimeoutMs = 60_000;

export interface S3DoorOptions {
  readonly hostname: string;
  readonly port: number;
  readonly keys: KeyLookup;
  readonly store: ObjectStore;
  readonly objectBytesMax: number;
  readonly logger: Logger;
  readonly now?: () => number;
}

export interface S3Door {
  readonly port: number;
  stop(): Promise<void>;
}

/** Sub-resources of S3 this door does not implement: answered NotImplemented rather than misread as a listing or a GET. */
const unsupportedSubresources = ["acl", "policy", "lifecycle", "cors", "tagging", "versioning", "website", "logging", "notification", "replication",
  "encryption", "object-lock", "retention", "legal-hold", "torrent", "restore", "select", "versions", "accelerate", "requestPayment", "ownershipControls",
  "publicAccessBlock", "analytics", "metrics", "inventory", "intelligent-tiering", "attributes"];

export async function startS3Door(options: S3DoorOptions): Promise<S3Door> {
  const door: DoorOptions = { store: options.store, objectBytesMax: options.objectBytesMax, now: options.now ?? Date.now, logger: options.logger };
  let inFlight = 0;
  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const requestId = randomBytes(8).toString("hex").toUpperCase();
    const method = incoming.method ?? "GET";
    const url = `http://${incoming.headers.host ?? "localhost"}${incoming.url ?? "/"}`;
    let response: Response;
    if (inFlight >= requestsInFlightMax) {
      response = errorResponse(new S3Error("SlowDown", "Please reduce your request rate."), method, safePath(url), requestId);
    } else {
      inFlight += 1;
      try {
        response = await serve(method, url, headersOf(incoming), incoming, door, options.keys);
      } catch (error: unknown) {
        const s3Error = error instanceof S3Error ? error : new S3Error("InternalError", "We encountered an internal error. Please try again.");
        if (!(error instanceof S3Error) || s3Error.status >= 500) options.logger.error("s3.failed", { method, url, error });
        else options.logger.debug("s3.refused", { method, url, code: s3Error.code, message: s3Error.message });
        response = errorResponse(s3Error, method, safePath(url), requestId);
      } finally {
        inFlight -= 1;
      }
    }
    response.headers.set("x-amz-request-id", requestId);
    await send(response, incoming, outgoing, options.logger);
  };
  // node:http rather than Bun.serve: Bun.serve drops a Content-Length set on a streamed body
  // (oven-sh/bun#10507) and answers it chunked, and s3cmd cannot read a GET without one.
  const server = createServer((incoming, outgoing) => void handle(incoming, outgoing));
  // A large object takes as long as it takes, and the answer to a PUT waits for the cluster's
  // commit with the socket silent: no request or socket timeout. Headers must come promptly.
  server.requestTimeout = 0;
  server.headersTimeout = headersTimeoutMs;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address !== "object") throw new Error("the S3 door's server has no port");
  return {
    port: address.port,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function headersOf(incoming: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let at = 0; at + 1 < raw.length; at += 2) headers.append(raw[at] ?? "", raw[at + 1] ?? "");
  return headers;
}

/** Writes a Response to the socket, its body with backpressure; a client that goes away cancels the body. */
async function send(response: Response, incoming: IncomingMessage, outgoing: ServerResponse, logger: Logger): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => { headers[name] = value; });
  if (response.body === null && incoming.method !== "HEAD" && headers["content-length"] === undefined) headers["content-length"] = "0";
  outgoing.writeHead(response.status, headers);
  if (response.body === null || incoming.method === "HEAD") {
    outgoing.end();
    return;
  }
  const reader = response.body.getReader();
  // No Promise.race against a promise that stays pending for the whole response: every race
  // would stay subscribed to it, holding its result (a chunk) until the response ends, and
  // memory would grow with the object. A closed connection cancels the reader instead.
  let gone = false;
  outgoing.once("close", () => {
    gone = true;
    reader.cancel().catch(() => undefined);
  });
  try {
    // Bounded: the body ends, or the client goes away (which ends it).
    for (;;) {
      const next = await reader.read();
      if (next.done || gone) break;
      if (!outgoing.write(next.value)) await drained(outgoing);
    }
    if (!gone) outgoing.end();
  } catch (error: unknown) {
    // A body that fails after the headers went out (a chunk no node could serve): cut the connection, so the client sees a short body.
    logger.error("s3.body-failed", { url: incoming.url, error });
    outgoing.destroy();
  }
}

/** Resolves when the socket takes more, or closes; its listeners go with it. */
function drained(outgoing: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      outgoing.off("drain", done);
      outgoing.off("close", done);
      resolve();
    };
    outgoing.once("drain", done);
    outgoing.once("close", done);
  });
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return "/";
  }
}

function errorResponse(error: S3Error, method: string, resource: string, requestId: string): Response {
  const headers = { "content-type": "application/xml", "x-amz-request-id": requestId };
  // A HEAD answer has no body: the status says it all.
  if (method === "HEAD") return new Response(null, { status: error.status, headers });
  return new Response(s3ErrorXml(error, resource, requestId), { status: error.status, headers });
}

async function serve(method: string, url: string, headers: Headers, body: AsyncIterable<Uint8Array>, door: DoorOptions, keys: KeyLookup): Promise<Response> {
  const request = parseRequest(method, url, headers);
  const { principal, payload } = authenticate(request, keys, door.now());
  const call: Call = { request, body: method === "GET" || method === "HEAD" ? null : body, principal, payload, door };
  const unsupported = unsupportedSubresources.find((name) => request.params.has(name));
  if (unsupported !== undefined) throw new S3Error("NotImplemented", `the ?${unsupported} sub-resource is not supported by Gossamer's S3 door (docs/s3.md)`);
  return await route(call, request);
}

async function route(call: Call, request: S3Request): Promise<Response> {
  const { method, params } = request;
  if (request.bucket === "") {
    if (method === "GET") return await listBuckets(call);
    throw methodNotAllowed(method, "the service");
  }
  if (request.key === "") {
    switch (method) {
      case "GET": return params.has("location") ? await bucketLocation(call) : params.has("uploads") ? await listUploads(call) : await listObjects(call);
      case "HEAD": return await headBucket(call);
      case "PUT": return await createBucket(call);
      case "DELETE": return await deleteBucket(call);
      case "POST": if (params.has("delete")) return await deleteObjects(call); break;
      default: break;
    }
    throw methodNotAllowed(method, "a bucket");
  }
  switch (method) {
    case "GET": return params.has("uploadId") ? await listParts(call) : await getObject(call, false);
    case "HEAD": return await getObject(call, true);
    case "PUT": return params.has("uploadId") ? await uploadPart(call) : await putObject(call);
    case "DELETE": return params.has("uploadId") ? await abortUpload(call) : await deleteObject(call);
    case "POST":
      if (params.has("uploads")) return await createUpload(call);
      if (params.has("uploadId")) return await completeUpload(call);
      break;
    default: break;
  }
  throw methodNotAllowed(method, "an object");
}

function methodNotAllowed(method: string, what: string): S3Error {
  return new S3Error("MethodNotAllowed", `The specified method ${method} is not allowed against ${what}.`);
}
