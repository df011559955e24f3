/**
 * The scale benchmark's figures as Markdown sections of docs/PERFORMANCE.md: the Targets table
 * (calls and modelled time per action, warm and cold, at each size, with the target and whether it
 * is met), the lock holds, the wall clock, the naive and careful-minimum figures, the cells per
 * sheet, the seed and the .xlsx times.
 */
import { LATENCY_MODEL } from '../workbench/emulator/callCounter';
import { formatNumber, markdownTable, type Sections, seconds } from './docSections';
import { floorFormulas } from './floors';
import {
  HAND_EDIT_LOCK_WAIT_SECONDS,
  LOCK_TARGET,
  SCALE_ACTIONS,
  TARGET_SIZE,
  type Target,
} from './scaleActions';
import type { SizeResult } from './scaleBench';
import type { Measured } from './scaleRun';
import { cellsSection, liftedLabel, seedSection, xlsxSection } from './workbookTables';

/** How many shares of an action's modelled time the costs table names. */
const COST_PARTS = 4;

type Temperature = 'warm' | 'cold';
const TEMPERATURES: readonly Temperature[] = ['warm', 'cold'];

const s = seconds;
const kb = (bytes: number) => `${formatNumber(bytes / 1024)} KB`;

/** Footnotes (failure messages, a size measured past Sheets' limit), numbered once each. */
class Notes {
  private readonly texts: string[] = [];
  mark(text: string): string {
    let at = this.texts.indexOf(text);
    if (at < 0) at = this.texts.push(text) - 1;
    return `[${at + 1}]`;
  }
  /** One paragraph per footnote: a line break by trailing spaces is what Biome's formatter strips. */
  paragraphs(): string[] {
    return this.texts.flatMap((text, i) => ['', `[${i + 1}] ${text}`]);
  }
}

/** ` [n]` after a figure of a size measured with the emulator's cell limit lifted, else nothing. */
function liftedMark(r: SizeResult, notes: Notes): string {
  const label = liftedLabel(r);
  return label === null ? '' : ` ${notes.mark(label)}`;
}

const columnsOf = (results: readonly SizeResult[], notes: Notes) =>
  results.flatMap((r) => TEMPERATURES.map((t) => `>${formatNumber(r.clients)} ${t}${liftedMark(r, notes)}`));

/** A table with its footnotes below it, one paragraph each. */
const withNotes = (table: string, notes: Notes) => [table, ...notes.paragraphs()].join('\n');

function measuredAt(result: SizeResult, temperature: Temperature, index: number): Measured | undefined {
  return result.run?.[temperature][index];
}

/** Whether one measurement meets `target`. */
function meets(m: Measured, target: Target): boolean {
  if (m.failure) return false;
  if (m.ms > target.maxSeconds * 1000) return false;
  return target.maxKb === undefined || (m.bytes ?? 0) <= target.maxKb * 1024;
}

/** The verdict at the target size, or at the largest size measured when that one was not. */
function verdict(
  results: readonly SizeResult[],
  notes: Notes,
  judge: (r: SizeResult, t: Temperature) => boolean | null,
): string {
  const measured = results.filter((r) => r.run !== null);
  const largest = measured[measured.length - 1];
  if (!largest) return 'not measured';
  const misses = TEMPERATURES.filter((t) => judge(largest, t) === false);
  const said = `${misses.length === 0 ? 'met' : `**not met** (${misses.join(', ')})`}${liftedMark(largest, notes)}`;
  return largest.clients >= TARGET_SIZE ? said : `${formatNumber(largest.clients)}: ${said}`;
}

function targetsTable(results: readonly SizeResult[], notes: Notes): string {
  const rows = SCALE_ACTIONS.map((action, i) => [
    action.label,
    action.target.text,
    ...results.flatMap((r) =>
      TEMPERATURES.map((t) => {
        const m = measuredAt(r, t, i);
        if (!m) return '—';
        const figure = `${formatNumber(m.calls)} · ${s(m.ms)}`;
        return m.failure ? `${figure} failed ${notes.mark(m.failure)}` : figure;
      }),
    ),
    verdict(results, notes, (r, t) => {
      const m = measuredAt(r, t, i);
      return m ? meets(m, action.target) : null;
    }),
  ]);
  const picker = SCALE_ACTIONS.findIndex((a) => a.target.maxKb !== undefined);
  const pickerTarget = SCALE_ACTIONS[picker]?.target;
  if (pickerTarget?.maxKb !== undefined) {
    const maxKb = pickerTarget.maxKb;
    rows.push([
      "the picker's JSON answer",
      `< ${formatNumber(maxKb)} KB`,
      ...results.flatMap((r) => TEMPERATURES.map((t) => kbOf(measuredAt(r, t, picker)))),
      verdict(results, notes, (r, t) => {
        const m = measuredAt(r, t, picker);
        return m ? (m.bytes ?? 0) <= maxKb * 1024 : null;
      }),
    ]);
  }
  rows.push([
    'longest document-lock hold (any action)',
    `${LOCK_TARGET.text} (a hand edit waits ${HAND_EDIT_LOCK_WAIT_SECONDS} s)`,
    ...results.flatMap((r) =>
      TEMPERATURES.map((t) => {
        const longest = longestHold(r, t);
        return longest ? `${s(longest.ms)} ${notes.mark(`longest hold: ${longest.label}`)}` : '—';
      }),
    ),
    verdict(results, notes, (r, t) => {
      const longest = longestHold(r, t);
      return longest ? longest.ms <= LOCK_TARGET.maxSeconds * 1000 : null;
    }),
  ]);
  return markdownTable(['action', 'target at 50,000', ...columnsOf(results, notes), 'met'], rows);
}

const kbOf = (m: Measured | undefined) => (m?.bytes === undefined ? '—' : kb(m.bytes));

function longestHold(r: SizeResult, t: Temperature): { ms: number; label: string } | null {
  const measured = r.run?.[t];
  if (!measured) return null;
  let best: { ms: number; label: string } | null = null;
  for (const [i, m] of measured.entries())
    if (!best || m.lockMs > best.ms) best = { ms: m.lockMs, label: SCALE_ACTIONS[i]?.label ?? '' };
  return best;
}

/** One figure per action, size and temperature (lock hold, wall clock), with its footnotes. */
function perActionTable(results: readonly SizeResult[], figure: (m: Measured) => string): string {
  const notes = new Notes();
  const table = markdownTable(
    ['action', ...columnsOf(results, notes)],
    SCALE_ACTIONS.map((action, i) => [
      action.label,
      ...results.flatMap((r) =>
        TEMPERATURES.map((t) => {
          const m = measuredAt(r, t, i);
          return m ? figure(m) : '—';
        }),
      ),
    ]),
  );
  return withNotes(table, notes);
}

/** Where an action's modelled time goes: each kind's calls at its fixed cost, and the cells of bulk reads and writes. */
function costsOf(m: Measured): string {
  const parts = Object.entries(m.byKind).map(([kind, n]) => ({
    what: `${n}× \`${kind}\``,
    ms: n * (LATENCY_MODEL.perKind[kind] ?? LATENCY_MODEL.otherMs),
  }));
  const fixed = parts.reduce((sum, p) => sum + p.ms, 0);
  parts.push({ what: 'cells read and written', ms: m.ms - fixed });
  return parts
    .sort((a, b) => b.ms - a.ms)
    .slice(0, COST_PARTS)
    .map((p) => `${p.what} ${s(p.ms)}`)
    .join('; ');
}

function costsSection(results: readonly SizeResult[]): string {
  const measured = results.filter((r) => r.run !== null);
  const r = measured[measured.length - 1];
  if (!r?.run) return 'Not measured.';
  const run = r.run;
  const lifted = liftedLabel(r);
  return [
    `Where the modelled time of each action goes at ${formatNumber(r.clients)} clients, warm: the ${COST_PARTS} largest shares.${lifted ? ` At ${formatNumber(r.clients)} clients: ${lifted}.` : ''}`,
    '',
    markdownTable(
      ['action', '>modelled', 'largest shares'],
      SCALE_ACTIONS.map((action, i) => {
        const m = run.warm[i];
        return [action.label, m ? s(m.ms) : '—', m ? costsOf(m) : '—'];
      }),
    ),
  ].join('\n');
}

function floorsSection(results: readonly SizeResult[]): string {
  const notes = new Notes();
  const index = (label: string) => SCALE_ACTIONS.findIndex((a) => a.label.startsWith(label));
  const rows = results.flatMap((r) =>
    r.floors.map((f) => {
      const i = index(f.label);
      const warm = measuredAt(r, 'warm', i);
      const cold = measuredAt(r, 'cold', i);
      return [
        f.label,
        `${formatNumber(r.clients)}${liftedMark(r, notes)}`,
        warm ? s(warm.ms) : '—',
        cold ? s(cold.ms) : '—',
        s(f.naiveMs),
        s(f.minimumMs),
      ];
    }),
  );
  const largest = results[results.length - 1];
  return [
    withNotes(
      markdownTable(
        ['action', '>clients', '>Suki warm', '>Suki cold', '>naive (tables read whole)', '>careful minimum'],
        rows,
      ),
      notes,
    ),
    '',
    `The careful minimum, step by step (modelled at ${formatNumber(largest?.clients ?? 0)} clients):`,
    '',
    ...(largest ? floorFormulas(largest.rows) : []),
  ].join('\n');
}

function warmSaveSection(results: readonly SizeResult[]): string {
  const r = results.find((x) => x.run !== null);
  const warm = r?.run?.warm[0];
  if (!r || !warm) return 'Not measured.';
  const lifted = liftedLabel(r);
  return [
    `A warm save from the client form at ${formatNumber(r.clients)} clients${lifted ? ` (${lifted})` : ''}, by kind of call, in the order each kind is first made (${warm.calls} calls):`,
    '',
    markdownTable(
      ['call', '>count'],
      Object.entries(warm.byKind).map(([kind, n]) => [`\`${kind}\``, String(n)]),
    ),
  ].join('\n');
}

/** The scale benchmark's sections from its results; `seconds` is how long it ran. */
export function scaleSections(results: readonly SizeResult[], seconds: number): Sections {
  const notes = new Notes();
  const scale = [
    'Each cell: service calls · modelled Apps Script time (the emulator’s latency model above, ' +
      'workbench/emulator/callCounter.ts). _Warm_: after set-up and a few saves; _cold_: the emulated clock ' +
      'moved past CacheService’s six hours and a person inserted a column into the sheet of each table the ' +
      'action touches. The targets are issue #15’s, at 50,000 clients.',
    '',
    withNotes(targetsTable(results, notes), notes),
    '',
    `The scale benchmark ran for ${formatNumber(seconds / 60, 1)} min on the machine above.`,
  ].join('\n');
  return {
    scale,
    costs: costsSection(results),
    locks: perActionTable(results, (m) => (m.lockMs > 0 ? s(m.lockMs, 2) : '—')),
    wall: perActionTable(results, (m) => s(m.wallMs, 2)),
    floors: floorsSection(results),
    cells: cellsSection(results),
    seed: seedSection(results),
    xlsx: xlsxSection(results),
    'warm-save': warmSaveSection(results),
  };
}
