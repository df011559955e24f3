/**
 * The parts of an .xlsx around its sheets, and the zip that holds them: the workbook (sheet names,
 * order, hidden state), the cell styles the sheets use (number format, fill, bold, font colour), the
 * content types and relationships Excel, LibreOffice and Sheets look for. Written as text and
 * deflated with node:zlib, so a sheet costs one string, not an object per cell.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** How a cell looks, as the writer asks for a style. */
export interface Look {
  readonly format: string;
  /** '#rrggbb', or '' for none. */
  readonly background: string;
  readonly bold: boolean;
  /** '#rrggbb', or '' for the default. */
  readonly color: string;
}

/** A sheet ready for the package: its name, whether it is hidden, and its worksheet XML, zipped. */
export interface PackagedSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly xml: ZipFile;
}

/** One file of the zip, deflated as soon as it is made (so a sheet's text is never kept). */
interface ZipFile {
  readonly crc: number;
  readonly size: number;
  readonly packed: Buffer;
}

/** `text` (or its UTF-8 bytes), deflated (zlib level 1: the workbench saves often, and size matters less). */
export function zipFile(text: string | Buffer): ZipFile {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { crc: crc32(data), size: data.length, packed: deflateRawSync(data, { level: 1 }) };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel's first custom number format id. */
const FIRST_CUSTOM_FORMAT = 164;

const ESCAPED = /[<>&"]/g;
const NEEDS_ESCAPE = /[<>&"]/;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/** Whether UTF-16 code unit `code` is one XML 1.0 cannot carry at all (C0 controls but tab and line breaks, U+FFFE, U+FFFF). */
function isInvalidXml(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffe || code === 0xffff;
}

/** Text for XML content or a double-quoted attribute; characters XML cannot carry are dropped. */
export function escapeXml(text: string): string {
  let out = text;
  for (let i = 0; i < out.length; i++) {
    if (isInvalidXml(out.charCodeAt(i))) {
      out = [...out].filter((ch) => !isInvalidXml(ch.charCodeAt(0)) || ch.length > 1).join('');
      break;
    }
  }
  return NEEDS_ESCAPE.test(out) ? out.replace(ESCAPED, (ch) => ENTITIES[ch] ?? ch) : out;
}

/** 'FFRRGGBB' of '#rrggbb'. */
function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

/** The cell styles (cellXfs) the sheets use, one per distinct look; index 0 is the plain look. */
export class StyleTable {
  private readonly ids = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private readonly fonts = new Map<string, number>([['|', 0]]);
  private readonly fills = new Map<string, number>([
    ['none', 0],
    ['gray125', 1],
  ]);
  private readonly xfs: string[] = [];

  constructor() {
    this.id({ format: 'General', background: '', bold: false, color: '' });
  }

  /** The style index (a cell's `s`) of `look`. */
  id(look: Look): number {
    const key = `${look.format}\u0000${look.background}\u0000${look.bold}\u0000${look.color}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.xfs.length;
      this.ids.set(key, id);
      this.xfs.push(this.xf(look));
    }
    return id;
  }

  private xf(look: Look): string {
    let numFmtId = 0;
    if (look.format !== 'General') {
      numFmtId = this.formats.get(look.format) ?? FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(look.format, numFmtId);
    }
    const fontKey = `${look.bold ? 'b' : ''}|${look.color}`;
    const fontId = this.fonts.get(fontKey) ?? this.fonts.size;
    this.fonts.set(fontKey, fontId);
    const fillKey = look.background || 'none';
    const fillId = this.fills.get(fillKey) ?? this.fills.size;
    this.fills.set(fillKey, fillId);
    const applied = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}`;
    return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applied}/>`;
  }

  /** styles.xml. */
  xml(): string {
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    const fonts = [...this.fonts.keys()].map((key) => {
      const [bold, color] = key.split('|');
      const colour = color ? `<color rgb="${argb(color)}"/>` : '<color theme="1"/>';
      return `<font>${bold ? '<b/>' : ''}<sz val="11"/>${colour}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
    });
    const fills = [...this.fills.keys()].map((key) =>
      key === 'none' || key === 'gray125'
        ? `<fill><patternFill patternType="${key}"/></fill>`
        : `<fill><patternFill patternType="solid"><fgColor rgb="${argb(key)}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
      (formats.length ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

function workbookXml(sheets: readonly PackagedSheet[]): string {
  const active = Math.max(
    0,
    sheets.findIndex((sheet) => !sheet.hidden),
  );
  const entries = sheets.map(
    (sheet, i) =>
      `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
  );
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}">` +
    `<workbookPr/><bookViews><workbookView activeTab="${active}"/></bookViews>` +
    `<sheets>${entries.join('')}</sheets><calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>`
  );
}

function relationshipsXml(rels: readonly { type: string; target: string }[]): string {
  const entries = rels.map(
    (rel, i) => `<Relationship Id="rId${i + 1}" Type="${rel.type}" Target="${rel.target}"/>`,
  );
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}">${entries.join('')}</Relationships>`;
}

function contentTypesXml(sheetCount: number): string {
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}"/>`,
  );
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `${sheets.join('')}</Types>`
  );
}

function coreXml(creator: string, now: Date): string {
  const stamp = `${now.toISOString().slice(0, 19)}Z`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${escapeXml(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}

/** The whole .xlsx: the sheets in order, their styles, and the parts around them, zipped. */
export function packageXlsx(sheets: readonly PackagedSheet[], styles: StyleTable, creator: string): Buffer {
  const docRel = (kind: string) => `${DOC_RELS}/${kind}`;
  const files: { path: string; text: string | ZipFile }[] = [
    { path: '[Content_Types].xml', text: contentTypesXml(sheets.length) },
    {
      path: '_rels/.rels',
      text: relationshipsXml([
        { type: docRel('officeDocument'), target: 'xl/workbook.xml' },
        {
          type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
          target: 'docProps/core.xml',
        },
      ]),
    },
    { path: 'docProps/core.xml', text: coreXml(creator, new Date()) },
    { path: 'xl/workbook.xml', text: workbookXml(sheets) },
    {
      path: 'xl/_rels/workbook.xml.rels',
      text: relationshipsXml([
        ...sheets.map((_, i) => ({ type: docRel('worksheet'), target: `worksheets/sheet${i + 1}.xml` })),
        { type: docRel('styles'), target: 'styles.xml' },
      ]),
    },
    { path: 'xl/styles.xml', text: styles.xml() },
    ...sheets.map((sheet, i) => ({ path: `xl/worksheets/sheet${i + 1}.xml`, text: sheet.xml })),
  ];
  return zip(
    files.map(({ path, text }) => ({ path, file: typeof text === 'string' ? zipFile(text) : text })),
  );
}

/** A zip of `files`. */
function zip(files: readonly { path: string; file: ZipFile }[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  // 1980-01-01 00:00 in MS-DOS form: the file's time is not the workbook's.
  const dosTime = 0;
  const dosDate = (1 << 5) | 1;
  for (const { path, file } of files) {
    const name = Buffer.from(path, 'utf8');
    const { packed, crc, size } = file;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    directory.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
