/**
 * getDisplayValues: renders cell content through a Sheets number format. Best effort over the
 * formats Suki writes (General, 0.00, #,##0, currencies, percents, dates, '@'), not the full
 * grammar (no colours, conditions, fractions or scientific notation).
 */
import { isDate } from './cellParsing';
import { type Content, Formula } from './model';
import { DAY_NAMES, MONTH_NAMES, serialToWall, toSerial, type WallTime, wallTime } from './timeZone';

const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));
const MONTHS_LONG = MONTH_NAMES;
const DAYS = DAY_NAMES;

/** A token of a format: literal text, or a run of one format letter. */
type Token = { literal: string } | { letter: string; count: number };

function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format.charAt(i);
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ literal: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ literal: format.charAt(i + 1) });
      i += 2;
    } else if (ch === '[') {
      const end = format.indexOf(']', i);
      const inner = format.slice(i + 1, end < 0 ? format.length : end);
      // [$₱] or [$₱-3409] is a currency symbol; other brackets (colours, conditions) are dropped.
      if (inner.startsWith('$')) tokens.push({ literal: inner.slice(1).split('-')[0] ?? '' });
      i = end < 0 ? format.length : end + 1;
    } else if (/^(AM\/PM|A\/P)/i.test(format.slice(i))) {
      const m = /^(AM\/PM|A\/P)/i.exec(format.slice(i))?.[0] ?? '';
      tokens.push({ letter: 'a', count: m.length });
      i += m.length;
    } else if (/[ymdhsYMDHS]/.test(ch)) {
      let n = 1;
      while (format.charAt(i + n).toLowerCase() === ch.toLowerCase()) n++;
      tokens.push({ letter: ch.toLowerCase(), count: n });
      i += n;
    } else {
      tokens.push({ literal: ch });
      i++;
    }
  }
  return tokens;
}

function isDateFormat(format: string): boolean {
  return tokenize(format).some((t) => 'letter' in t);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function renderDate(format: string, w: WallTime): string {
  const tokens = tokenize(format);
  const twelveHour = tokens.some((t) => 'letter' in t && t.letter === 'a');
  const letters = tokens.filter((t): t is { letter: string; count: number } => 'letter' in t);
  return tokens
    .map((t) => {
      if ('literal' in t) return t.literal;
      const k = letters.indexOf(t);
      const n = t.count;
      switch (t.letter) {
        case 'y':
          return n <= 2 ? pad(w.year % 100, 2) : String(w.year);
        case 'm': {
          // 'm' is minutes right after an hour or right before seconds, otherwise the month.
          const minute = letters[k - 1]?.letter === 'h' || letters[k + 1]?.letter === 's';
          if (minute && n <= 2) return pad(w.minute, n);
          if (n >= 4) return MONTHS_LONG[w.month - 1] ?? '';
          return n === 3 ? (MONTHS[w.month - 1] ?? '') : pad(w.month, n);
        }
        case 'd':
          if (n >= 4) return DAYS[w.weekday] ?? '';
          return n === 3 ? (DAYS[w.weekday] ?? '').slice(0, 3) : pad(w.day, n);
        case 'h':
          return pad(twelveHour ? w.hour % 12 || 12 : w.hour, n);
        case 's':
          return pad(w.second, n);
        case 'a':
          return n > 3 ? (w.hour < 12 ? 'AM' : 'PM') : w.hour < 12 ? 'A' : 'P';
        default:
          return '';
      }
    })
    .join('');
}

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(10)));
}

function renderNumber(format: string, n: number): string {
  const sections = format.split(';');
  const negativeSection = n < 0 && sections.length > 1;
  const section = (negativeSection ? sections[1] : sections[0]) ?? '';
  const coreMatch = /[0#?][0#?,]*(?:\.[0#?]*)?|\.[0#?]+/.exec(
    section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, (s) => '\u0000'.repeat(s.length)),
  );
  const percent = /%/.test(section.replace(/"[^"]*"/g, ''));
  let value = Math.abs(n) * (percent ? 100 : 1);
  let number = general(value);
  if (coreMatch) {
    const core = coreMatch[0];
    const [intPart = '', decPart = ''] = core.split('.');
    const maxDec = decPart.length;
    const minDec = decPart.replace(/[#?]/g, '').length;
    let [int = '0', dec = ''] = value.toFixed(maxDec).split('.');
    while (dec.length > minDec && dec.endsWith('0')) dec = dec.slice(0, -1);
    const minInt = intPart.replace(/[^0]/g, '').length;
    if (int === '0' && minInt === 0) int = '';
    int = int.padStart(minInt, '0');
    if (intPart.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    number = dec ? `${int}.${dec}` : int;
    value = Number(number.replace(/,/g, ''));
    const before = section.slice(0, coreMatch.index);
    const after = section.slice(coreMatch.index + core.length);
    const literal = (part: string) =>
      tokenize(part)
        .map((t) => ('literal' in t ? t.literal : ''))
        .join('');
    const sign = n < 0 && !negativeSection && value !== 0 ? '-' : '';
    return `${sign}${literal(before)}${number}${literal(after)}`;
  }
  return `${n < 0 ? '-' : ''}${number}${percent ? '%' : ''}`;
}

/** The string Sheets shows for `content` under number format `format` in `timeZone`. */
export function displayValue(
  content: Content | undefined,
  format: string | undefined,
  timeZone: string,
): string {
  if (content === undefined) return '';
  if (content instanceof Formula) return '#NAME?';
  if (typeof content === 'boolean') return content ? 'TRUE' : 'FALSE';
  if (typeof content === 'string') return content;
  const fmt = format && format !== 'General' ? format : undefined;
  if (isDate(content)) {
    if (fmt === '@') return renderDate('m/d/yyyy h:mm:ss', wallTime(content.getTime(), timeZone));
    if (fmt && isDateFormat(fmt)) return renderDate(fmt, wallTime(content.getTime(), timeZone));
    if (fmt) return renderNumber(fmt, toSerial(content.getTime(), timeZone));
    const w = wallTime(content.getTime(), timeZone);
    const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
    return renderDate(midnight ? 'm/d/yyyy' : 'm/d/yyyy h:mm:ss', w);
  }
  if (!fmt || fmt === '@') return general(content);
  if (isDateFormat(fmt)) return renderDate(fmt, serialToWall(content));
  return renderNumber(fmt, content);
}
