/**
 * The size of each sidebar page as built (dist/<Page>.html, its JS and CSS inlined), gzipped as a
 * browser fetches it. `npm run bench` builds first. Returns the `pages` section of docs/PERFORMANCE.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatNumber, markdownTable, type Sections } from './docSections';

const DIST = resolve(import.meta.dirname, '../dist');

/** Measures every page in dist/; section `pages`. */
export function runPagesBench(): Sections {
  const pages = readdirSync(DIST)
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const html = readFileSync(join(DIST, name));
      return { name: name.replace(/\.html$/, ''), raw: html.length, gzipped: gzipSync(html).length };
    });
  if (pages.length === 0) throw new Error('No pages in dist/: run `npm run build` first.');
  const kb = (bytes: number) => `${formatNumber(bytes / 1024, 1)} KB`;
  const sizes = pages.map((p) => p.gzipped);
  return {
    pages: [
      `${pages.length} pages, ${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))} gzipped:`,
      '',
      markdownTable(
        ['page', '>HTML', '>gzipped'],
        pages.map((p) => [p.name, kb(p.raw), kb(p.gzipped)]),
      ),
    ].join('\n'),
  };
}
