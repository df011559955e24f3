/**
 * An .xlsx file's workbook-wide parts, read once: the sheets in order (name, hidden state, where
 * each one's XML is), the cell styles as Sheets sees them (number format, fill, bold, font colour),
 * the shared strings and the date system. Each sheet's own XML is read only when it is filled
 * (sheetXml.ts), so a large file is never held as one object per cell.
 */
import { attribute, scanXml } from './xmlScan';
import { ZipEntries } from './zipEntries';

/** One worksheet of the file, in the workbook's order. */
export interface XlsxWorksheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** The path of its XML in the zip. */
  readonly path: string;
}

/** A cell style (an entry of cellXfs) as Sheets shows it. */
export interface CellLook {
  /** Sheets' number format ('General' when none). */
  readonly format: string;
  /** Whether the format shows a date or time (a number in such a cell is a date serial). */
  readonly isDate: boolean;
  /** '#rrggbb' of a solid fill, or null. */
  readonly background: string | null;
  readonly bold: boolean;
  /** '#rrggbb' of the font, or null. */
  readonly color: string | null;
}

/** The parts a sheet's reader needs. */
export interface XlsxBook {
  readonly zip: ZipEntries;
  readonly worksheets: readonly XlsxWorksheet[];
  /** By cellXfs index (a cell's `s`). */
  readonly looks: readonly CellLook[];
  readonly sharedStrings: readonly string[];
  readonly date1904: boolean;
}

const PLAIN: CellLook = { format: 'General', isDate: false, background: null, bold: false, color: null };

/**
 * ECMA-376's built-in number formats (Part 1, 18.8.30) that are not locale-dependent, as ExcelJS
 * writes them by id. Excel shows 14 as the system's short date; Sheets' short date is m/d/yyyy.
 */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Whether a number format shows a date or time: a date letter outside quotes, brackets and escapes. */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/\[[^\]]*]|"[^"]*"|\\./g, '');
  return /[ymdhsb]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Opens the workbook parts of .xlsx `bytes`; throws a message naming what is missing or damaged. */
export function readXlsxBook(bytes: Buffer): XlsxBook {
  const zip = new ZipEntries(bytes);
  const main = mainPart(zip);
  const xml = zip.text(main);
  if (xml === null) throw new Error(`Not an .xlsx file: it has no workbook part (${main}).`);
  const rels = relationships(zip, main);
  const { sheets, date1904 } = workbookSheets(xml);
  const worksheets: XlsxWorksheet[] = [];
  for (const sheet of sheets) {
    const rel = rels.get(sheet.rid);
    if (!rel?.type.endsWith('/worksheet') || !zip.has(rel.path)) continue;
    worksheets.push({ name: sheet.name, state: sheet.state, path: rel.path });
  }
  const partOf = (kind: string) => [...rels.values()].find((rel) => rel.type.endsWith(kind))?.path;
  const stylesPath = partOf('/styles');
  const stringsPath = partOf('/sharedStrings');
  return {
    zip,
    worksheets,
    looks: stylesPath ? readLooks(zip.text(stylesPath) ?? '') : [],
    sharedStrings: stringsPath ? readSharedStrings(zip.text(stringsPath) ?? '') : [],
    date1904,
  };
}

/** The look of style index `s` (PLAIN for none or an index the file does not define). */
export function lookOf(book: XlsxBook, s: number): CellLook {
  return book.looks[s] ?? PLAIN;
}

function mainPart(zip: ZipEntries): string {
  const rels = zip.text('_rels/.rels');
  let found: string | undefined;
  if (rels) {
    scanXml(rels, {
      open(name, attributes) {
        const type = attribute(attributes, 'Type') ?? '';
        if (name === 'Relationship' && type.endsWith('/officeDocument') && !found)
          found = resolvePath('', attribute(attributes, 'Target') ?? '');
      },
      close() {},
      text() {},
    });
  }
  return found ?? 'xl/workbook.xml';
}

/** `target` relative to the folder of part `from` (or absolute from the zip's root). */
function resolvePath(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relationships(zip: ZipEntries, part: string): Map<string, { type: string; path: string }> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const found = new Map<string, { type: string; path: string }>();
  const xml = zip.text(relsPath);
  if (!xml) return found;
  scanXml(xml, {
    open(name, attributes) {
      if (name !== 'Relationship' || attribute(attributes, 'TargetMode') === 'External') return;
      const id = attribute(attributes, 'Id');
      const target = attribute(attributes, 'Target');
      if (id && target)
        found.set(id, { type: attribute(attributes, 'Type') ?? '', path: resolvePath(part, target) });
    },
    close() {},
    text() {},
  });
  return found;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

function workbookSheets(xml: string): {
  sheets: { name: string; state: XlsxWorksheet['state']; rid: string }[];
  date1904: boolean;
} {
  const sheets: { name: string; state: XlsxWorksheet['state']; rid: string }[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = isTrue(attribute(attributes, 'date1904'));
      if (name !== 'sheet') return;
      const state = attribute(attributes, 'state');
      sheets.push({
        name: attribute(attributes, 'name') ?? `Sheet${sheets.length + 1}`,
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        rid: attribute(attributes, 'r:id') ?? '',
      });
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}

/** '#rrggbb' of an 'AARRGGBB' colour, or null. */
function hexColor(argb: string | undefined): string | null {
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toLowerCase()}` : null;
}

function readLooks(xml: string): CellLook[] {
  const formats = new Map<number, string>();
  const fonts: { bold: boolean; color: string | null }[] = [];
  const fills: (string | null)[] = [];
  const xfs: { numFmtId: number; fontId: number; fillId: number }[] = [];
  const path: string[] = [];
  scanXml(xml, {
    open(name, attributes) {
      const parent = path[path.length - 1];
      const group = path[path.length - 2];
      if (name === 'numFmt') {
        formats.set(Number(attribute(attributes, 'numFmtId')), attribute(attributes, 'formatCode') ?? '');
      } else if (name === 'font' && parent === 'fonts') fonts.push({ bold: false, color: null });
      else if (group === 'fonts' && parent === 'font') {
        const font = fonts[fonts.length - 1];
        if (font && name === 'b')
          font.bold = attribute(attributes, 'val') !== '0' && attribute(attributes, 'val') !== 'false';
        if (font && name === 'color') font.color = hexColor(attribute(attributes, 'rgb'));
      } else if (name === 'fill' && parent === 'fills') fills.push(null);
      else if (name === 'fgColor' && parent === 'patternFill' && path[path.length - 3] === 'fills') {
        fills[fills.length - 1] = hexColor(attribute(attributes, 'rgb'));
      } else if (name === 'xf' && parent === 'cellXfs') {
        xfs.push({
          numFmtId: Number(attribute(attributes, 'numFmtId') ?? 0),
          fontId: Number(attribute(attributes, 'fontId') ?? 0),
          fillId: Number(attribute(attributes, 'fillId') ?? 0),
        });
      }
      path.push(name);
    },
    close() {
      path.pop();
    },
    text() {},
  });
  return xfs.map(({ numFmtId, fontId, fillId }) => {
    const code = numFmtId ? (formats.get(numFmtId) ?? BUILT_IN_FORMATS[numFmtId]) : undefined;
    const format = !code ? 'General' : code === 'mm-dd-yy' ? 'm/d/yyyy' : code;
    const font = fonts[fontId];
    return {
      format,
      isDate: format !== 'General' && isDateFormat(format),
      background: fills[fillId] ?? null,
      bold: font?.bold ?? false,
      color: font?.color ?? null,
    };
  });
}

function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name, _attributes, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0 && !selfClosing) inText = true;
    },
    close(name) {
      if (name === 'si') strings.push(current);
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}
