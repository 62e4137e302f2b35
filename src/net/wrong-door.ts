/**
 * A helpful wrong door. Someone pointing curl or a browser at a protocol port, or a TLS client
 * at a plain one, used to get "frame of 1,195,725,856 bytes" (the length prefix read from
 * "GET ") and a reset. A real first frame is a handshake hello of a few hundred bytes, so its
 * length prefix starts with two zero bytes: an HTTP method or a TLS record header can never be
 * mistaken for one, and the port can say what it is instead.
 */
const httpMethods = ["GET ", "HEAD", "POST", "PUT ", "DELE", "OPTI", "PATC", "CONN", "TRAC", "PRI "];

export interface WrongDoorAnswer {
  readonly protocol: "http" | "tls";
  /** Bytes to send back before closing (null: the protocol has no way to carry a message we could send). */
  readonly reply: Uint8Array | null;
}

/** `hint` says where the right door is, e.g. "The HTTP door of this server is http://127.0.0.1:7480/." */
export function wrongDoorAnswer(first: Uint8Array, hint: string): WrongDoorAnswer | null {
  if (first.length >= 3 && first[0] === 0x16 && first[1] === 0x03 && (first[2] ?? 0) <= 0x04) return { protocol: "tls", reply: null };
  if (first.length < 4) return null;
  const start = String.fromCharCode(...first.subarray(0, 4));
  if (!httpMethods.includes(start)) return null;
  const text = `This is a Gossamer protocol port (authenticated, length-prefixed frames), not HTTP. ${hint}`.trim() + "\n";
  const body = new TextEncoder().encode(text);
  const head = `HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
  const reply = new Uint8Array([...new TextEncoder().encode(head), ...body]);
  return { protocol: "http", reply };
}
