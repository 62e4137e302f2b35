/**
 * The little XML S3 speaks: writing responses (escaped text in nested elements) and reading the
 * few request bodies that are XML (CompleteMultipartUpload, Delete, CreateBucketConfiguration).
 * The reader is a bounded, non-validating tokenizer: elements, text and the five predefined
 * entities and numeric references; declarations, comments and attributes are skipped. Request
 * bodies are capped before they get here (xmlBodyBytesMax), so it never sees much.
 */
import { assert } from "../lib/assert";

/** The largest XML request body read: a Delete of 1,000 keys of 1,024 bytes, with room. */
export const xmlBodyBytesMax = 2 << 20;
/** Elements one body may hold: 10,000 parts of CompleteMultipartUpload × 3 elements, with room. */
export const xmlElementsMax = 40_000;
export const xmlDepthMax = 8;
export const s3Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[character] ?? character);
}

export function xmlElement(name: string, text: string | number | boolean): string {
  return `<${name}>${xmlEscape(String(text))}</${name}>`;
}

/** A whole document: the declaration and one root element (with S3's namespace unless told not to). */
export function xmlDocument(root: string, inner: string, withNamespace = true): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${withNamespace ? ` xmlns="${s3Namespace}"` : ""}>${inner}</${root}>`;
}

export interface XmlNode {
  readonly name: string;
  readonly children: XmlNode[];
  text: string;
}

/** The first child named `name`, or null. */
export function child(node: XmlNode, name: string): XmlNode | null {
  return node.children.find((item) => item.name === name) ?? null;
}

const entities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeText(text: string): string | null {
  if (/&(?!(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);)/.test(text)) return null;
  let bad = false;
  const decoded = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name.startsWith("#x") ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) {
        bad = true;
        return whole;
      }
      return String.fromCodePoint(code);
    }
    const value = entities[name];
    if (value === undefined) bad = true;
    return value ?? whole;
  });
  return bad ? null : decoded;
}

/** Parses a document into its root element, or returns why it is not well-formed enough. */
export function parseXml(text: string): XmlNode | string {
  const root: XmlNode = { name: "", children: [], text: "" };
  const stack: XmlNode[] = [root];
  let elements = 0;
  let position = 0;
  // Bounded: each turn consumes at least one character of `text`.
  while (position < text.length) {
    const open = text.indexOf("<", position);
    const top = stack[stack.length - 1];
    assert(top !== undefined, "the root is always on the stack");
    const raw = text.slice(position, open < 0 ? text.length : open);
    if (raw.trim() !== "") {
      if (stack.length === 1) return "text outside the root element";
      const decoded = decodeText(raw);
      if (decoded === null) return "a malformed entity";
      top.text += decoded;
    }
    if (open < 0) break;
    if (text.startsWith("<![CDATA[", open)) {
      const end = text.indexOf("]]>", open);
      if (end < 0) return "an unterminated CDATA section";
      top.text += text.slice(open + 9, end);
      position = end + 3;
      continue;
    }
    const close = text.indexOf(">", open);
    if (close < 0) return "an unterminated tag";
    const tag = text.slice(open + 1, close);
    position = close + 1;
    if (tag.startsWith("?") || tag.startsWith("!")) continue;
    if (tag.startsWith("/")) {
      const name = localName(tag.slice(1).trim());
      if (stack.length === 1 || top.name !== name) return `an unexpected closing tag </${name}>`;
      stack.pop();
      continue;
    }
    const selfClosing = tag.endsWith("/");
    const name = localName((selfClosing ? tag.slice(0, -1) : tag).trim().split(/\s+/)[0] ?? "");
    if (name === "") return "an empty tag";
    elements += 1;
    if (elements > xmlElementsMax) return `more than ${xmlElementsMax} elements`;
    if (stack.length === 1 && root.children.length > 0) return "more than one root element";
    const node: XmlNode = { name, children: [], text: "" };
    top.children.push(node);
    if (!selfClosing) {
      if (stack.length > xmlDepthMax) return `nesting deeper than ${xmlDepthMax}`;
      stack.push(node);
    }
  }
  if (stack.length !== 1) return "an element is not closed";
  const document = root.children[0];
  return document ?? "no root element";
}

/** `s3:Key` and `Key` are the same element to us: namespaces are not checked. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
