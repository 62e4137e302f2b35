/**
 * File attributes between the wire and the state machine: what a client (the S3 door) sends is
 * checked at the gateway, a round trip keeps every attribute, and an empty message means none.
 */
import { expect, test } from "bun:test";
import { attributesFromWire, attributesToWire, manifestFromWire, manifestToWire } from "../../src/wire/manifest-codec";
import { digestOf } from "../../src/files/sha256";
import { fileAttributesBytesMax } from "../../src/files/attributes";

const bytes = new Uint8Array([1, 2, 3]);
const wireManifest = { name: "b/k", size: 3, chunkSize: 4096, chunkDigests: [new Uint8Array(Buffer.from(digestOf(bytes), "hex"))],
  digest: new Uint8Array(Buffer.from(digestOf(bytes), "hex")) };

test("attributes round trip through the wire and the manifest", () => {
  const attributes = { md5: "5289df737df57326fcdd22597afb1fac", contentType: "text/plain", metadata: { mtime: "1.5", "md5chksum": "Uonfc331cyb83SJZevsfrA==" } };
  const wire = attributesToWire(attributes);
  expect(wire.md5?.length).toBe(16);
  expect(attributesFromWire(wire)).toEqual({ ok: true, value: attributes });
  const manifest = manifestFromWire({ ...wireManifest, attributes: wire });
  expect(manifest.ok && manifest.value.attributes).toEqual(attributes);
  if (manifest.ok) expect(manifestToWire(manifest.value).attributes).toEqual(wire);
});

test("an absent or empty attributes message is no attributes", () => {
  expect(attributesFromWire(undefined)).toEqual({ ok: true, value: undefined });
  expect(attributesFromWire({ md5: new Uint8Array(0), etag: "", contentType: "", metadata: [] })).toEqual({ ok: true, value: undefined });
  const manifest = manifestFromWire(wireManifest);
  expect(manifest.ok && "attributes" in manifest.value).toBe(false);
});

test("bad attributes are refused with the attribute named", () => {
  const bad = (wire: Parameters<typeof attributesFromWire>[0]): string => {
    const result = attributesFromWire(wire);
    return result.ok ? "accepted" : result.error.message;
  };
  expect(bad({ md5: new Uint8Array(5) })).toMatch(/md5 is 5 bytes/);
  expect(bad({ etag: "not-an-etag" })).toMatch(/etag/);
  expect(bad({ contentType: "text/plain\r\nX-Evil: 1" })).toMatch(/contentType/);
  expect(bad({ metadata: [{ name: "Upper", value: "v" }] })).toMatch(/metadata name \\?"Upper\\?"/);
  expect(bad({ metadata: [{ name: "a", value: "1" }, { name: "a", value: "2" }] })).toMatch(/given twice/);
  const many = Array.from({ length: 40 }, (_, i) => ({ name: `m${i}`, value: "x".repeat(200) }));
  expect(bad({ metadata: many })).toMatch(new RegExp(`at most ${fileAttributesBytesMax}`));
});
