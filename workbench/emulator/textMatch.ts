/**
 * How a TextFinder (textFinder.ts) matches a cell's text: plain text or a regular expression, case
 * and diacritics folded or not, part of the cell or all of it. Pure string work, no sheet.
 */

/** A finder's search options; every one is off on a new finder (Google's TextFinder reference). */
export interface SearchOptions {
  matchCase: boolean;
  entireCell: boolean;
  regex: boolean;
  ignoreDiacritics: boolean;
}

/** One occurrence in the original text: [start, end) and the capture groups (0 = the whole match). */
interface Occurrence {
  start: number;
  end: number;
  groups: (string | undefined)[];
}

/** A text with diacritics removed, and for each of its code units the index it came from. */
interface Folded {
  text: string;
  origin: number[];
}

const MARKS = /\p{M}/gu;

/** Removes diacritics code point by code point, so every folded index maps back to the original. */
function foldDiacritics(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let index = 0;
  for (const ch of text) {
    const folded = ch.normalize('NFD').replace(MARKS, '');
    out += folded;
    for (let k = 0; k < folded.length; k++) origin.push(index);
    index += ch.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Sheets' regular expressions are RE2's (its REGEXMATCH help says so), which has no lookaround
 * and no backreferences; JavaScript accepts both. Refusing them keeps a pattern that would only
 * work here from passing a test.
 */
function assertRe2(pattern: string): void {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '\\') {
      if (/[1-9]/.test(pattern.charAt(i + 1))) {
        throw new Error(`Invalid regular expression: ${pattern} (backreferences are not supported)`);
      }
      i++;
    } else if (ch === '(' && /^\(\?<?[=!]/.test(pattern.slice(i))) {
      throw new Error(`Invalid regular expression: ${pattern} (lookaround is not supported)`);
    }
  }
}

/** `$1`…`$99`, `$&` and `$$` in a regular-expression replacement, as Sheets' find and replace reads them. */
function expand(replacement: string, groups: (string | undefined)[]): string {
  return replacement.replace(/\$(\$|&|\d{1,2})/g, (all, what: string) => {
    if (what === '$') return '$';
    if (what === '&') return groups[0] ?? '';
    const n = Number(what);
    return n >= 1 && n < groups.length ? (groups[n] ?? '') : all;
  });
}

/** A compiled search: which occurrences a text holds, and the text with them replaced. */
export class TextSearch {
  private readonly re: RegExp;

  constructor(
    findText: string,
    private readonly options: SearchOptions,
  ) {
    if (options.regex) assertRe2(findText);
    let source = options.regex ? findText : escapeRegExp(findText);
    if (options.ignoreDiacritics) source = foldDiacritics(source).text;
    if (options.entireCell) source = `^(?:${source})$`;
    try {
      this.re = new RegExp(source, options.matchCase ? 'g' : 'gi');
    } catch {
      throw new Error(`Invalid regular expression: ${findText}`);
    }
  }

  /** The non-empty occurrences in `text`, left to right, in the original text's indices. */
  occurrences(text: string): Occurrence[] {
    const view = this.options.ignoreDiacritics ? foldDiacritics(text) : undefined;
    const subject = view ? view.text : text;
    const at = (k: number): number => (view ? (view.origin[k] ?? text.length) : k);
    const re = this.re;
    re.lastIndex = 0;
    const out: Occurrence[] = [];
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      out.push({ start: at(m.index), end: at(m.index + m[0].length), groups: [...m] });
    }
    return out;
  }

  /**
   * `text` with every occurrence replaced, and how many there were. Plain-text searches insert
   * `replacement` literally; regular expressions expand `$1`, `$&` and `$$` in it.
   */
  replace(text: string, replacement: string): { text: string; count: number } {
    const found = this.occurrences(text);
    let out = '';
    let last = 0;
    for (const o of found) {
      out += text.slice(last, o.start) + (this.options.regex ? expand(replacement, o.groups) : replacement);
      last = o.end;
    }
    return { text: out + text.slice(last), count: found.length };
  }
}
