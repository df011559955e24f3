/**
 * A small event scanner for the XML parts of an .xlsx: tags, attributes and text, entities decoded,
 * namespace prefixes dropped from element names (`x:row` is `row`; some writers prefix the main
 * namespace). Comments, processing instructions and the doctype are skipped; CDATA is text. It does
 * not validate: an .xlsx's parts are machine-written, and a damaged one fails where it is read.
 */

/** What the scanner reports, in document order. */
interface XmlHandler {
  /** An element starts; `attributes` is its raw attribute text (read it with `attribute`). */
  open(name: string, attributes: string, selfClosing: boolean): void;
  /** An element ends (also right after `open` for a self-closing one). */
  close(name: string): void;
  /** Text between tags, decoded. Whitespace-only text is reported too (it can be a cell's text). */
  text(text: string): void;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text or an attribute value with its character and entity references replaced. */
function decodeXml(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(ENTITY, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code =
      ref.charCodeAt(1) === 120 ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const attributePatterns = new Map<string, RegExp>();

/** The decoded value of attribute `name` (with its prefix, e.g. 'r:id') in `attributes`, or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
  if (attributes.indexOf(name) < 0) return undefined;
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`(?:^|\\s)${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  return decodeXml(match[1] ?? match[2] ?? '');
}

/** The end of the tag that starts at `from` (the index of its '>'), skipping '>' inside quotes. */
function tagEnd(xml: string, from: number): number {
  let end = xml.indexOf('>', from);
  // Quotes balance in almost every tag; only when they do not is the tag walked character by character.
  let quotes = 0;
  for (let i = from; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch === 34 || ch === 39) quotes++;
  }
  if (quotes % 2 === 0 || end < 0) return end;
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i;
  }
  end = -1;
  return end;
}

/** The names a sheet repeats for every cell, as one string each (no new string per tag). */
const COMMON_NAMES = new Map<string, string>(['c', 'v', 'f', 't', 'r', 's', 'is', 'row'].map((n) => [n, n]));

/** `text.slice(start, end)`, as a shared string when it is a common name. */
function nameAt(text: string, start: number, end: number): string {
  if (end - start <= 3) {
    const first = text.charCodeAt(start);
    if (end - start === 1) {
      if (first === 99) return 'c';
      if (first === 118) return 'v';
      if (first === 102) return 'f';
      if (first === 116) return 't';
      if (first === 114) return 'r';
      if (first === 115) return 's';
    }
    const name = text.slice(start, end);
    return COMMON_NAMES.get(name) ?? name;
  }
  return text.slice(start, end);
}

/**
 * Calls `each` for every attribute in raw attribute text (`r="A1" s="3"`), its value decoded: one
 * walk, for the tags read most often (a sheet's cells).
 */
export function eachAttribute(attributes: string, each: (name: string, value: string) => void): void {
  let at = 0;
  const length = attributes.length;
  while (at < length) {
    const equals = attributes.indexOf('=', at);
    if (equals < 0) return;
    let quoteAt = equals + 1;
    while (quoteAt < length && attributes.charCodeAt(quoteAt) <= 32) quoteAt++;
    const quote = attributes.charAt(quoteAt);
    if (quote !== '"' && quote !== "'") return;
    const close = attributes.indexOf(quote, quoteAt + 1);
    if (close < 0) return;
    let nameStart = at;
    let nameEnd = equals;
    while (nameStart < nameEnd && attributes.charCodeAt(nameStart) <= 32) nameStart++;
    while (nameEnd > nameStart && attributes.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    each(nameAt(attributes, nameStart, nameEnd), decodeXml(attributes.slice(quoteAt + 1, close)));
    at = close + 1;
  }
}

/** Scans `xml`, calling `handler` for each tag and text. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const length = xml.length;
  let at = 0;
  while (at < length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      handler.text(decodeXml(xml.slice(at)));
      return;
    }
    if (lt > at) handler.text(decodeXml(xml.slice(at, lt)));
    const next = xml.charCodeAt(lt + 1);
    if (next === 47) {
      // </name>
      const end = xml.indexOf('>', lt);
      if (end < 0) throw new Error('Damaged XML: a closing tag never ends.');
      let closeEnd = end;
      while (closeEnd > lt + 2 && xml.charCodeAt(closeEnd - 1) <= 32) closeEnd--;
      let nameStart = lt + 2;
      for (let i = nameStart; i < closeEnd; i++) if (xml.charCodeAt(i) === 58) nameStart = i + 1;
      handler.close(nameAt(xml, nameStart, closeEnd));
      at = end + 1;
    } else if (next === 63) {
      const end = xml.indexOf('?>', lt);
      at = end < 0 ? length : end + 2;
    } else if (next === 33) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt);
        at = end < 0 ? length : end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt);
        handler.text(xml.slice(lt + 9, end < 0 ? length : end));
        at = end < 0 ? length : end + 3;
      } else {
        const end = tagEnd(xml, lt);
        at = end < 0 ? length : end + 1;
      }
    } else {
      const end = tagEnd(xml, lt);
      if (end < 0) throw new Error('Damaged XML: a tag never ends.');
      const selfClosing = xml.charCodeAt(end - 1) === 47;
      const innerEnd = selfClosing ? end - 1 : end;
      let nameEnd = lt + 1;
      let colon = -1;
      for (; nameEnd < innerEnd; nameEnd++) {
        const ch = xml.charCodeAt(nameEnd);
        if (ch <= 32) break;
        if (ch === 58) colon = nameEnd;
      }
      const name = nameAt(xml, colon < 0 ? lt + 1 : colon + 1, nameEnd);
      handler.open(name, nameEnd < innerEnd ? xml.slice(nameEnd, innerEnd) : '', selfClosing);
      if (selfClosing) handler.close(name);
      at = end + 1;
    }
  }
}
