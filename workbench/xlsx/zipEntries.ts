/**
 * The files inside a .zip (an .xlsx is one), read from its central directory and inflated with
 * node:zlib on demand. Stored and deflated entries are read; anything else (encryption, other
 * methods, a zip split over several files) is refused with a message saying so.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
  encrypted: boolean;
}

/** The entries of one zip, by path ('xl/workbook.xml'). */
export class ZipEntries {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly bytes: Buffer) {
    const end = findEndRecord(bytes);
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || at === 0xffffffff) throw new Error('Cannot read a zip64 file (over 4 GB).');
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) {
        throw new Error('Not a readable zip file: its central directory is damaged.');
      }
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
      this.entries.set(name, {
        method: bytes.readUInt16LE(at + 10),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localHeader: bytes.readUInt32LE(at + 42),
        encrypted: (bytes.readUInt16LE(at + 8) & 1) === 1,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** Whether the zip holds `path`. */
  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** The paths of all entries. */
  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry's bytes, or null when the zip has no such entry. */
  read(path: string): Buffer | null {
    const entry = this.entries.get(path);
    if (!entry) return null;
    if (entry.encrypted) throw new Error(`Cannot read '${path}' in the zip: it is encrypted.`);
    const at = entry.localHeader;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL_HEADER) {
      throw new Error(`Not a readable zip file: the entry '${path}' is damaged.`);
    }
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === STORED) return data;
    if (entry.method === DEFLATED) return inflateRawSync(data);
    throw new Error(`Cannot read '${path}' in the zip: compression method ${entry.method} is not supported.`);
  }

  /** The entry as UTF-8 text (a byte-order mark dropped), or null when there is none. */
  text(path: string): string | null {
    const bytes = this.read(path);
    if (!bytes) return null;
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

function findEndRecord(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - END_SEARCH);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      if (bytes.readUInt16LE(at + 4) !== 0) throw new Error('Cannot read a zip split over several files.');
      return at;
    }
  }
  throw new Error('Not a zip file (an .xlsx is one): no central directory found.');
}
