/**
 * `npm run bench`: runs every benchmark and writes its figures into docs/PERFORMANCE.md between the
 * `<!-- bench:<section>:start/end -->` markers (bench/docSections.ts), with the date and the machine
 * they were measured on. `npm run bench -- --dry-run` prints the sections and leaves the doc alone;
 * `npm run bench -- --only=import` (or scale, analysis, pages) runs one benchmark;
 * `npm run bench -- --only=scale --sizes=1000` runs the scale benchmark at other sizes and, since its
 * figures are then not the doc's, leaves the doc alone too.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { LATENCY_MODEL } from '../workbench/emulator/callCounter';
import { formatNumber, markdownTable, type Sections, writeSections } from './docSections';

const DOC = resolve(import.meta.dirname, '../docs/PERFORMANCE.md');

const loadNow = () =>
  loadavg()
    .map((n) => formatNumber(n, 1))
    .join(' / ');

/** The machine, its load (other work on it slows the wall-clock figures) and how long the run took. */
function machineSection(startLoad: string, seconds: number): string {
  const cpu = cpus();
  return (
    `Measured on ${new Date().toISOString().slice(0, 10)} by \`npm run bench\`: ${cpu.length} cores ` +
    `(${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${formatNumber(totalmem() / 2 ** 30)} GB of memory, ` +
    `Node ${process.version} on ${process.platform}; load average ${startLoad} (1 / 5 / 15 min) when it started ` +
    `and ${loadNow()} when it ended; the whole run took ${formatNumber(seconds / 60, 1)} min.`
  );
}

/** The emulator's latency model (workbench/emulator/callCounter.ts), grouped by cost. */
function latencySection(): string {
  const perCell = new Set<string>(LATENCY_MODEL.perCellKinds);
  const groups = new Map<string, { ms: number; cells: boolean; kinds: string[] }>();
  for (const [kind, ms] of Object.entries(LATENCY_MODEL.perKind)) {
    const cells = perCell.has(kind);
    const group = groups.get(`${ms} ${cells}`) ?? { ms, cells, kinds: [] };
    group.kinds.push(kind);
    groups.set(`${ms} ${cells}`, group);
  }
  const rows = [...groups.values()]
    .sort((a, b) => b.ms - a.ms || Number(b.cells) - Number(a.cells))
    .map((g) => [
      g.kinds.map((k) => `\`${k}\``).join(', '),
      `${g.ms} ms${g.cells ? ` + ${LATENCY_MODEL.perCellMs} ms per cell` : ''}`,
    ]);
  rows.push(['any other call', `${LATENCY_MODEL.otherMs} ms`]);
  return markdownTable(['call', '>modelled'], rows);
}

const started = Date.now();
const startLoad = loadNow();
// `--only=<bench>` runs one benchmark and rewrites its sections alone (the machine line stays).
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const sections: Sections = only ? {} : { latency: latencySection() };
// Each loaded only when it runs: `--only=<bench>` needs none of the others' modules.
const benches: Record<string, () => Sections | Promise<Sections>> = {
  scale: async () => {
    const scale = await import('./scaleBench');
    return scale.runScaleBench(scale.scaleSizes(process.argv));
  },
  analysis: async () => (await import('./analysisBench')).runAnalysisBench(),
  pages: async () => (await import('./pagesBench')).runPagesBench(),
  import: async () => (await import('./importBench')).runImportBench(),
};
for (const [name, bench] of Object.entries(benches)) {
  if (only && only !== name) continue;
  const made = await bench();
  for (const [name, markdown] of Object.entries(made)) console.log(`\n## ${name}\n\n${markdown}`);
  Object.assign(sections, made);
}
if (!only) {
  sections.machine = machineSection(startLoad, (Date.now() - started) / 1000);
  console.log(`\n## machine\n\n${sections.machine}`);
}
if (process.argv.includes('--dry-run') || process.argv.some((arg) => arg.startsWith('--sizes='))) {
  console.log('\n--dry-run: docs/PERFORMANCE.md left as it was.');
} else {
  writeSections(DOC, sections, only !== undefined);
  console.log(`\nWrote ${Object.keys(sections).length} sections into docs/PERFORMANCE.md.`);
}
console.log(`(${formatNumber((Date.now() - started) / 1000)} s)`);
