/**
 * The scale benchmark's workbook-level sections: the cells each sheet takes of Sheets' 10 million
 * at each size, the seed (did it fit, how long it took) and the .xlsx save and open times.
 */
import { formatNumber, markdownTable, seconds as s } from './docSections';
import { TARGET_SIZE } from './scaleActions';
import type { SizeResult } from './scaleBench';
import { CELL_TARGET, SHEETS_CELL_LIMIT } from './scaleWorkbook';

const XLSX_TARGET_SECONDS = 10;
/** `npm start -- --clients 50000` must start within this (issue #15). */
const START_TARGET_SECONDS = 60;

const totalOf = (r: SizeResult) => r.cells.reduce((n, c) => n + c.cells, 0);

/**
 * How a size measured past Sheets' limit is labelled wherever its figures appear, or null for a
 * size seeded with the limit on: the cells it needs are counted after the warm pass (every report
 * sheet present).
 */
export function liftedLabel(r: SizeResult): string | null {
  if (!r.limitLifted) return null;
  return `past Sheets’ limit: needs ${formatNumber(totalOf(r))} cells; measured with the emulator’s limit lifted`;
}

/** Each sheet's cells at each size, the total and its share of the limit. */
export function cellsSection(results: readonly SizeResult[]): string {
  const names: string[] = [];
  for (const r of results)
    for (const sheet of r.cells)
      if (sheet.table !== null && !names.includes(sheet.name)) names.push(sheet.name);
  const cellText = (cells: number, rows: number, columns: number) =>
    `${formatNumber(cells)} (${formatNumber(rows)} × ${columns})`;
  const rows: string[][] = names.map((name) => [
    name,
    ...results.map((r) => {
      const sheet = r.cells.find((c) => c.name === name);
      return sheet ? cellText(sheet.cells, sheet.rows, sheet.columns) : '—';
    }),
  ]);
  const others = (r: SizeResult) => r.cells.filter((c) => c.table === null);
  rows.push([
    'report and other sheets',
    ...results.map((r) => {
      if (!r.run) return '— (no report ran)';
      const sheets = others(r);
      const cells = sheets.reduce((n, c) => n + c.cells, 0);
      return `${formatNumber(cells)} (${sheets.length} sheets)`;
    }),
  ]);
  const total = totalOf;
  rows.push(['**total**', ...results.map((r) => `**${formatNumber(total(r))}**`)]);
  rows.push([
    'of Sheets’ 10,000,000',
    ...results.map((r) => `${formatNumber((100 * total(r)) / SHEETS_CELL_LIMIT, 1)}%`),
  ]);
  rows.push(['per client', ...results.map((r) => formatNumber(total(r) / r.clients))]);
  const header = results.map((r) => {
    const lifted = liftedLabel(r);
    if (lifted) return `>${formatNumber(r.clients)} clients (${lifted})`;
    return r.run ? `>${formatNumber(r.clients)} clients` : `>${formatNumber(r.clients)} clients (needed)`;
  });
  return markdownTable(['sheet', ...header], rows);
}

/** The seed's outcome at one size: seeded, refused by Sheets' limit (then measured lifted), or failed. */
function outcomeOf(r: SizeResult): string {
  if (r.seedFailure === null) return 'seeded';
  if (!r.limitLifted) return `**failed**: ${r.seedFailure}`;
  return `**refused with Sheets’ limit**: ${r.seedFailure} Then seeded with the emulator’s limit lifted, to measure every action (${liftedLabel(r)}).`;
}

/** Whether the seed fitted at each size, and how long it took. */
export function seedSection(results: readonly SizeResult[]): string {
  const rows = results.map((r) => {
    const cells = r.cells.reduce((n, c) => n + c.cells, 0);
    const seeded = Object.values(r.rows).reduce((n, x) => n + x, 0);
    const fits =
      cells <= CELL_TARGET ? 'yes' : cells > SHEETS_CELL_LIMIT ? '**no** (past Sheets’ 10M too)' : '**no**';
    return [
      formatNumber(r.clients),
      `${formatNumber(r.rows.orders ?? 0)} / ${formatNumber(r.rows.contacts ?? 0)} / ${formatNumber(r.rows.claims ?? 0)}`,
      formatNumber(seeded),
      `${s(r.generateSeconds * 1000)} + ${s(r.seedSeconds * 1000)}`,
      r.run ? formatNumber(cells) : `${formatNumber(cells)} needed`,
      fits,
      outcomeOf(r),
    ];
  });
  const target = results.find((r) => r.clients === TARGET_SIZE);
  const start = target
    ? target.seedFailure
      ? `At ${formatNumber(TARGET_SIZE)} clients the seed does not fit, so \`npm start -- --clients ${TARGET_SIZE}\` (which seeds 30 months of orders, more than these 12) cannot start: it stops before writing a row, naming the cell limit (target: within ${START_TARGET_SECONDS} s; **not met**).`
      : `At ${formatNumber(TARGET_SIZE)} clients generating and seeding took ${s((target.generateSeconds + target.seedSeconds) * 1000)} (target for \`npm start\`: within ${START_TARGET_SECONDS} s; ${target.generateSeconds + target.seedSeconds <= START_TARGET_SECONDS ? 'met' : '**not met**'}).`
    : '';
  return [
    markdownTable(
      [
        '>clients',
        '>orders / contacts / claims',
        '>rows seeded',
        '>generated + seeded',
        '>cells (after the reports)',
        `within ${formatNumber(CELL_TARGET / 1e6)}M`,
        'outcome',
      ],
      rows,
    ),
    '',
    start,
  ].join('\n');
}

/** The .xlsx save and open times (at 10,000 clients). */
export function xlsxSection(results: readonly SizeResult[]): string {
  const r = results.find((x) => x.xlsx !== null);
  if (!r?.xlsx) return 'Not measured (the 10,000-client workbook was not seeded).';
  const { saveSeconds, openSeconds, megabytes, sheets } = r.xlsx;
  const judge = (x: number) => (x < XLSX_TARGET_SECONDS ? 'met' : '**not met**');
  return (
    `At ${formatNumber(r.clients)} clients, after the actions: saved in ${formatNumber(saveSeconds, 1)} s ` +
    `(${formatNumber(megabytes, 1)} MB, ${sheets} sheets opened again), opened in ${formatNumber(openSeconds, 1)} s ` +
    `(targets: under ${XLSX_TARGET_SECONDS} s each; save ${judge(saveSeconds)}, open ${judge(openSeconds)}).`
  );
}
