/** Utilities.formatDate: the Java SimpleDateFormat subset scripts use, in any IANA zone. */
import { DAY_NAMES, MONTH_NAMES, type WallTime, wallTime, zoneName } from './timeZone';

const MONTHS = MONTH_NAMES;
const DAYS = DAY_NAMES;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A zone offset as Java prints it: seconds of an offset such as Monrovia's -00:44:30 are dropped. */
function offset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.trunc(minutes));
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

function field(letter: string, n: number, w: WallTime, ms: number, timeZone: string): string {
  switch (letter) {
    case 'y':
      return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
    case 'M':
      return n >= 4
        ? (MONTHS[w.month - 1] ?? '')
        : n === 3
          ? (MONTHS[w.month - 1] ?? '').slice(0, 3)
          : pad(w.month, n);
    case 'd':
      return pad(w.day, n);
    case 'H':
      return pad(w.hour, n);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, n);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case 'K':
      return pad(w.hour % 12, n);
    case 'm':
      return pad(w.minute, n);
    case 's':
      return pad(w.second, n);
    case 'S':
      return pad(w.millisecond, n);
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'E':
      return n >= 4 ? (DAYS[w.weekday] ?? '') : (DAYS[w.weekday] ?? '').slice(0, 3);
    case 'u':
      return String(w.weekday === 0 ? 7 : w.weekday);
    case 'z':
      return zoneName(ms, timeZone, n >= 4 ? 'long' : 'short');
    case 'Z':
      return offset(w.offsetMinutes, false);
    case 'X':
      if (w.offsetMinutes === 0) return 'Z';
      return n === 1 ? offset(w.offsetMinutes, false).slice(0, 3) : offset(w.offsetMinutes, n >= 3);
    default:
      return letter.repeat(n);
  }
}

/** Formats `date` in `timeZone` with a SimpleDateFormat pattern ('yyyy-MM-dd HH:mm', "EEE, d MMM", ...). */
export function formatDate(date: { getTime(): number }, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  const w = wallTime(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      // Quoted literal text; '' is an apostrophe inside or outside quotes.
      i++;
      if (pattern.charAt(i) === "'") {
        out += "'";
        i++;
        continue;
      }
      while (i < pattern.length) {
        if (pattern.charAt(i) === "'") {
          if (pattern.charAt(i + 1) !== "'") break;
          i++;
        }
        out += pattern.charAt(i);
        i++;
      }
      i++;
    } else if (/[A-Za-z]/.test(ch)) {
      let n = 1;
      while (pattern.charAt(i + n) === ch) n++;
      out += field(ch, n, w, ms, timeZone);
      i += n;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
