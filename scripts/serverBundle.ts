/**
 * The two-pass recipe that makes an esbuild bundle work as an Apps Script project. Apps Script only
 * calls top-level functions (menus, triggers, google.script.run), and an IIFE bundle has none, so
 * pass 1 learns the entry's export names from esbuild's metafile and the build appends a forwarder
 * for each to the IIFE of pass 2.
 */
import { build } from 'esbuild';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The names the server entry exports, read from an ESM build's metafile (nothing written). */
export async function serverExportNames(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // Packages published for Node and browsers (papaparse) name their entry in these fields.
    mainFields: ['module', 'main'],
    // Papa Parse requires Node's stream only for its duplex streamer, which Suki never uses.
    external: ['stream'],
    metafile: true,
    write: false,
    outdir: 'out',
    logLevel: 'silent',
  });
  const outputs = Object.values(result.metafile.outputs);
  const names = outputs.flatMap((output) => output.exports);
  for (const name of names) {
    if (!IDENTIFIER.test(name) || name === 'default') {
      throw new Error(
        `The server entry exports "${name}", which cannot be a top-level Apps Script function.`,
      );
    }
  }
  return [...new Set(names)].sort();
}

/** One top-level function per export that forwards `this` and every argument to the bundle. */
export function forwarderSource(globalName: string, names: readonly string[]): string {
  return names
    .map((name) => `function ${name}() { return ${globalName}.${name}.apply(this, arguments); }`)
    .join('\n');
}
