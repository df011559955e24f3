/**
 * The bench's figures go into docs/PERFORMANCE.md between marker comments, one pair per section:
 * `<!-- bench:<name>:start -->` … `<!-- bench:<name>:end -->`. Everything between a pair is replaced
 * on each run; the prose around them is left as written. A section the bench makes but the doc
 * lacks, or a pair in the doc the bench does not fill, is an error, so the two cannot drift apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Markdown per section name. */
export type Sections = Record<string, string>;

const start = (name: string) => `<!-- bench:${name}:start -->`;
const end = (name: string) => `<!-- bench:${name}:end -->`;

/** `doc` with every section's markers holding its new markdown (`partial`: others left as they are). */
function fillSections(doc: string, sections: Sections, partial: boolean): string {
  const named = [...doc.matchAll(/<!-- bench:([\w-]+):start -->/g)].map((m) => m[1] ?? '');
  const unfilled = named.filter((name) => !(name in sections));
  if (unfilled.length > 0 && !partial)
    throw new Error(`The bench makes no section named ${unfilled.join(', ')}.`);
  let out = doc;
  for (const [name, markdown] of Object.entries(sections)) {
    const from = out.indexOf(start(name));
    const to = out.indexOf(end(name));
    if (from < 0 || to < from) throw new Error(`The doc has no ${start(name)} … ${end(name)} pair.`);
    out = `${out.slice(0, from + start(name).length)}\n${markdown.trim()}\n${out.slice(to)}`;
  }
  return out;
}

/**
 * Rewrites the sections of the Markdown file at `path`; with `partial` (one benchmark run alone),
 * the doc's other sections keep their figures.
 */
export function writeSections(path: string, sections: Sections, partial = false): void {
  writeFileSync(path, fillSections(readFileSync(path, 'utf8'), sections, partial));
}

/** A Markdown table; columns whose header starts with '>' are right-aligned (the '>' is dropped). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const right = header.map((h) => h.startsWith('>'));
  const titles = header.map((h) => h.replace(/^>/, ''));
  const widths = titles.map((t, i) => Math.max(3, t.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (right[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(titles), rule, ...rows.map(line)].join('\n');
}

/** 1234.5 → '1,235'; `digits` after the point when given. */
export const formatNumber = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Milliseconds as seconds: 1234 → '1.2 s' (`digits` after the point, default 1). */
export const seconds = (ms: number, digits = 1): string => `${formatNumber(ms / 1000, digits)} s`;
