/**
 * Builds what clasp pushes: dist/Code.js (the server bundle with one top-level forwarder per export),
 * dist/<Page>.html (each sidebar page with its JS and CSS inlined: one per form layout, one per other
 * folder of src/ui/pages) and dist/appsscript.json. First it regenerates the menu functions of the report
 * catalog and the form layouts (src/server/reportCommands.ts, formCommands.ts) if they changed.
 * Run with `npm run build`; exits non-zero with esbuild's message on any error.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { FORM_LAYOUTS } from '../src/core/forms/formLayouts';
import { catalogCommandFiles, forwarderSource, serverExportNames } from './serverBundle';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const SERVER_ENTRY = join(root, 'src/server/main.ts');
const PAGES_DIR = join(root, 'src/ui/pages');
/** The one sidebar page of every form, built once per form layout with its table key injected. */
const FORM_PAGE = join(root, 'src/ui/formPage.tsx');
/** The size limit of a sidebar page (gzipped): sidebars load on every open, so a bigger page fails the build. */
const PAGE_GZIP_LIMIT = 25 * 1024;

async function buildServer(): Promise<string> {
  const exports = await serverExportNames(SERVER_ENTRY);
  const result = await build({
    entryPoints: [SERVER_ENTRY],
    bundle: true,
    format: 'iife',
    globalName: '__suki',
    target: 'es2020',
    platform: 'neutral',
    // Packages published for Node and browsers (papaparse) name their entry in these fields.
    mainFields: ['module', 'main'],
    // Papa Parse requires Node's stream only for its duplex streamer, which Suki never uses.
    external: ['stream'],
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return `${code}\n${forwarderSource('__suki', exports)}`;
}

/** Closes nothing early: a `</script` inside the bundle would end the inline script tag. */
function inlineSafe(code: string): string {
  return code.replace(/<\/(script|style)/gi, '<\\/$1');
}

/** A page to build: its dist/<name>.html name, its entry, and the constants injected into it. */
interface PageBuild {
  readonly name: string;
  readonly entry: string;
  readonly define?: Record<string, string>;
}

/**
 * Every page: one per form layout (the generic form page, told its table by `SUKI_FORM_TABLE`, or the
 * folder of src/ui/pages the layout names as its own page, under the layout's page name), then each
 * other folder of src/ui/pages. Two pages of one name, or a missing own page, fail the build.
 */
function pagesToBuild(): PageBuild[] {
  const forms = Object.entries(FORM_LAYOUTS).map(([key, form]): PageBuild => {
    if (!form.ownPage) {
      return { name: form.page, entry: FORM_PAGE, define: { SUKI_FORM_TABLE: JSON.stringify(key) } };
    }
    const entry = join(PAGES_DIR, form.ownPage, 'index.tsx');
    if (!existsSync(entry))
      throw new Error(`The form "${key}" names its own page ${entry}, which is missing.`);
    return { name: form.page, entry };
  });
  const ownPages = new Set(Object.values(FORM_LAYOUTS).map((form) => form.ownPage));
  const folders = readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !ownPages.has(d.name))
    .map((d) => ({ name: d.name, entry: join(PAGES_DIR, d.name, 'index.tsx') }));
  const pages = [...forms, ...folders];
  const names = pages.map((p) => p.name);
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length > 0) throw new Error(`Two pages are named ${twice.join(', ')}.`);
  return pages;
}

/** Writes the generated menu-function modules where they differ from what the catalogs say. */
function syncGeneratedSources(): void {
  for (const file of catalogCommandFiles()) {
    const path = join(root, file.path);
    if (existsSync(path) && readFileSync(path, 'utf8') === file.source) continue;
    writeFileSync(path, file.source);
    console.log(`  regenerated ${file.path} from the catalogs`);
  }
}

async function buildPage(page: PageBuild): Promise<string> {
  const result = await build({
    entryPoints: [page.entry],
    define: page.define ?? {},
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: join(dist, '.pages', page.name),
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    loader: { '.css': 'css' },
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  return [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<base target="_top">',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<style>${inlineSafe(css)}</style>`,
    '</head>',
    '<body>',
    '<div id="app"></div>',
    `<script>${inlineSafe(js)}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

function report(name: string, content: string): number {
  const gzipped = gzipSync(content).length;
  console.log(
    `  ${name.padEnd(24)} ${(content.length / 1024).toFixed(1).padStart(7)} KB  ${(gzipped / 1024).toFixed(1).padStart(6)} KB gzipped`,
  );
  return gzipped;
}

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  console.log('Building Suki into dist/');
  syncGeneratedSources();

  const server = await buildServer();
  writeFileSync(join(dist, 'Code.js'), server);
  report('Code.js', server);

  const oversized: string[] = [];
  for (const page of pagesToBuild()) {
    const html = await buildPage(page);
    writeFileSync(join(dist, `${page.name}.html`), html);
    if (report(`${page.name}.html`, html) > PAGE_GZIP_LIMIT) oversized.push(page.name);
  }
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  if (oversized.length > 0) {
    throw new Error(`Pages over ${PAGE_GZIP_LIMIT / 1024} KB gzipped: ${oversized.join(', ')}`);
  }
  console.log(`Done in ${Date.now() - started} ms.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
