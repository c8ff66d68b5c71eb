/**
 * XML as a stream of events (saxes), read safely: entities declared in a DOCTYPE are never
 * expanded and external entities never fetched (saxes does neither), and a document that declares
 * any is refused with a one-line error, so that a "billion laughs" or an external-entity file ends
 * at once. Malformed XML is an InputError naming the file, line and column.
 */
import { SaxesParser } from 'saxes';
import { InputError } from '../errors.js';
import { decodeInput } from '../input/decode.js';

/** An element as handlers see it: namespace URI, local name, attributes by `{uri}local` and by qualified name. */
export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  /** Attribute value by local name in the given namespace (`''` for none). */
  attr(uri: string, local: string): string | undefined;
}

export interface XmlHandlers {
  open?(element: XmlElement): void;
  close?(element: XmlElement): void;
  text?(text: string): void;
}

/** Namespaces the readers name elements by. */
export const NS = {
  xml: 'http://www.w3.org/XML/1998/namespace',
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  opf: 'http://www.idpf.org/2007/opf',
  container: 'urn:oasis:names:tc:opendocument:xmlns:container',
  xliff12: 'urn:oasis:names:tc:xliff:document:1.2',
  xliff20: 'urn:oasis:names:tc:xliff:document:2.0',
} as const;

/**
 * Parse XML text, calling the handlers for each element and text node.
 * @param label what the text is, for messages (e.g. `word/document.xml`); the file is `name`
 * @throws InputError when the XML is malformed or declares entities
 */
export function parseXml(xml: string, name: string, label: string, handlers: XmlHandlers): void {
  // Namespaces are resolved here, not by saxes: saxes looks a prefix up by walking every open
  // element, so a few KB of nested elements (50 000 tables in tables) cost minutes; a binding
  // stack per prefix answers at once at any depth.
  const parser = new SaxesParser({ xmlns: false, position: true });
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/iu.test(doctype)) {
      throw new InputError(name, `${label}: declares XML entities, which are never expanded (entity expansion or external entities); refused`, {
        code: 'unsafe-document',
      });
    }
  });
  const scope = new NamespaceScope();
  const open: XmlElement[] = [];
  parser.on('opentag', (tag) => {
    const element = scope.enter(tag.name, tag.attributes);
    open.push(element);
    handlers.open?.(element);
  });
  parser.on('closetag', () => {
    const element = open.pop();
    if (!element) return;
    scope.leave();
    handlers.close?.(element);
  });
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  try {
    parser.write(xml);
    if (!failure) parser.close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    failure ??= error as Error;
  }
  if (failure) throw new InputError(name, `${label}: malformed XML (${failure.message.split('\n')[0]})`, { code: 'invalid-document' });
}

const XMLNS = 'xmlns';

/** The namespace bindings in force: for each prefix (`''` the default namespace), a stack of URIs, the innermost last. */
class NamespaceScope {
  private readonly bindings = new Map<string, string[]>([['xml', [NS.xml]]]);
  /** The prefixes each open element binds, to unbind when it closes. */
  private readonly declared: string[][] = [];

  /** An element opens: its own bindings take effect, then its name and attributes are resolved with them. */
  enter(qname: string, attributes: Record<string, string>): XmlElement {
    const bound: string[] = [];
    for (const key in attributes) {
      const prefix = key === XMLNS ? '' : key.startsWith(`${XMLNS}:`) ? key.slice(XMLNS.length + 1) : undefined;
      if (prefix === undefined) continue;
      const stack = this.bindings.get(prefix);
      if (stack) stack.push(attributes[key]!);
      else this.bindings.set(prefix, [attributes[key]!]);
      bound.push(prefix);
    }
    this.declared.push(bound);
    const [prefix, local] = split(qname);
    const uri = this.uriOf(prefix);
    // Attributes without a prefix are in no namespace (the default namespace is for elements only).
    const resolved: { uri: string; local: string; value: string }[] = [];
    for (const key in attributes) {
      const [p, l] = split(key);
      if (p === XMLNS || (p === '' && l === XMLNS)) continue;
      resolved.push({ uri: p === '' ? '' : this.uriOf(p), local: l, value: attributes[key]! });
    }
    return { uri, local, attr: (u, l) => resolved.find((a) => a.local === l && a.uri === u)?.value };
  }

  /** The innermost element closes: its bindings end. */
  leave(): void {
    for (const prefix of this.declared.pop() ?? []) this.bindings.get(prefix)!.pop();
  }

  private uriOf(prefix: string): string {
    const stack = this.bindings.get(prefix);
    return stack?.[stack.length - 1] ?? '';
  }
}

/** `w:p` → `['w', 'p']`; `p` → `['', 'p']`. */
function split(qname: string): [string, string] {
  const colon = qname.indexOf(':');
  return colon < 0 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

/** UTF-8 (or UTF-16 with a BOM) XML bytes as text; an XML declaration naming another encoding is honoured. */
export function decodeXml(bytes: Uint8Array, name: string, label: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/u.exec(head)?.[1];
  try {
    return decodeInput(bytes, name, { allowEmpty: true, ...(declared !== undefined && { encoding: declared }) }).text;
  } catch (error) {
    if (error instanceof InputError) throw new InputError(name, `${label}: ${error.problem}`, { code: error.code });
    throw error;
  }
}
