/** Bundles the workbench page (workbench/page, TypeScript) with esbuild when the server starts. */
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** The page's script and stylesheet. */
export interface PageBundle {
  js: string;
  css: string;
}

const PAGE_ENTRY = resolve(import.meta.dirname, '../page/main.ts');

/** Builds workbench/page/main.ts and the CSS it imports, in memory. */
export async function bundlePage(): Promise<PageBundle> {
  const result = await build({
    entryPoints: [PAGE_ENTRY],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    outdir: join(import.meta.dirname, '.page-out'),
    logLevel: 'silent',
    legalComments: 'none',
    loader: { '.css': 'css' },
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '';
  return { js, css };
}

/** The page's HTML shell. */
export function pageHtml(title: string): string {
  const safeTitle = title.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${safeTitle}</title>`,
    '<link rel="stylesheet" href="/page.css">',
    '</head>',
    '<body>',
    '<div id="app"></div>',
    '<script src="/page.js"></script>',
    '</body>',
    '</html>',
  ].join('\n');
}
