/**
 * Prints a demo workbook as JSON: `npx tsx workbench/demo/cli.ts --clients 5000 --seed 7 > out.json`.
 * Options: --clients N, --seed N, --as-of YYYY-MM-DD, --history-months N (months of orders, default
 * 13; 25 for two years), and the per-client averages and counts of
 * DemoSize in kebab case (--orders-per-client 4, --contacts-per-client 10, --competitors 12, …).
 * A one-line summary of counts goes to stderr.
 */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { type DemoSize, type DemoWorkbook, generateDemoWorkbook } from './index';
import { workbookJsonChunks } from './serialize';

const SIZE_FLAGS = {
  'orders-per-client': 'ordersPerClient',
  'contacts-per-client': 'contactsPerClient',
  'claims-per-client': 'claimsPerClient',
  'deals-per-client': 'dealsPerClient',
  'obligations-per-client': 'obligationsPerClient',
  competitors: 'competitors',
  campaigns: 'campaigns',
} as const satisfies Record<string, keyof DemoSize>;

const { values } = parseArgs({
  options: {
    clients: { type: 'string' },
    seed: { type: 'string' },
    'as-of': { type: 'string' },
    'history-months': { type: 'string' },
    ...Object.fromEntries(Object.keys(SIZE_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
  },
});

const size: DemoSize = { clients: values.clients === undefined ? 120 : Number(values.clients) };
for (const [flag, key] of Object.entries(SIZE_FLAGS)) {
  const value: unknown = (values as Record<string, unknown>)[flag];
  if (typeof value === 'string') size[key] = Number(value);
}

const started = performance.now();
let workbook: DemoWorkbook;
try {
  workbook = generateDemoWorkbook({
    ...(values.seed !== undefined && { seed: Number(values.seed) }),
    ...(values['as-of'] !== undefined && { asOf: values['as-of'] }),
    ...(values['history-months'] !== undefined && { historyMonths: Number(values['history-months']) }),
    size,
  });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const generated = performance.now();

for (const chunk of workbookJsonChunks(workbook)) {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

const counts = Object.entries(workbook.tables)
  .map(([key, records]) => `${key} ${records.length}`)
  .join(', ');
const seconds = (ms: number) => (ms / 1000).toFixed(2);
process.stderr.write(
  `Suki demo as of ${workbook.asOf}: ${counts}; generated in ${seconds(generated - started)} s, ` +
    `written in ${seconds(performance.now() - generated)} s\n`,
);
