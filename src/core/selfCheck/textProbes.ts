/**
 * The self-check's text probes: the values written, what must come back in each text write mode,
 * the verdict on each mode, and the text write mode that follows.
 *
 * - plainText: each of TEXT_PROBES written into a plain-text ('@') cell reads back as exactly the
 *   same string, with no formula.
 * - apostropheText: the same behind a leading apostrophe in an automatic-format cell reads back as
 *   the probe without that apostrophe, with no formula.
 */
import { TEXT_WRITE_MODE_UNSAFE, type TextWriteMode } from '../tables/textWriteMode';
import { valueText } from './cellText';
import {
  type CheckOutcome,
  type CheckStatus,
  type Message,
  type Observed,
  outcome,
  refused,
} from './checkOutcome';

/**
 * Text a careless cell would turn into a formula, a number, a date or something else.
 * @forTests The tests probe with exactly these values.
 */
export const TEXT_PROBES: readonly string[] = [
  '=1+1',
  '=IMPORTXML("x","y")',
  '+1',
  '007',
  '1e3',
  '2026-01-01',
  '-cmd',
  '@x',
  "'quoted",
];

/** The number format of a plain-text cell. */
export const PLAIN_TEXT_FORMAT = '@';

/** One text probe: what goes into the cell, and what must come back. */
interface TextProbe {
  readonly written: string;
  readonly expected: string;
}

/** The text probes for one write mode: raw into '@' cells, or behind an apostrophe. */
export function textProbes(mode: TextWriteMode): readonly TextProbe[] {
  return TEXT_PROBES.map((probe) => ({ written: mode === 'plain' ? probe : `'${probe}`, expected: probe }));
}

/** A cell as read back: its value (getValues) and its formula (getFormulas, '' for none). */
export interface CellReading {
  readonly value: unknown;
  readonly formula: string;
}

/** How Suki should write text here: a mode, no safe mode at all, or not enough known to say. */
export type TextDecision = TextWriteMode | 'unsafe' | 'inconclusive';

/**
 * The probes whose reading differs from what should have come back, with the problem in words.
 * @forTests The tests check each problem's wording.
 */
export function textProbeProblems(
  mode: TextWriteMode,
  readings: readonly CellReading[],
  timeZone = '',
): { readonly probe: string; readonly problem: Message }[] {
  const out: { probe: string; problem: Message }[] = [];
  textProbes(mode).forEach((probe, i) => {
    const reading = readings[i];
    const value = reading?.value;
    const formula = reading?.formula ?? '';
    if (reading && formula === '' && typeof value === 'string' && value === probe.expected) return;
    const written = probe.written;
    const read = valueText(value ?? '', timeZone);
    let problem: Message;
    if (formula !== '') problem = { key: 'selfCheck.problem.textBecameFormula', params: { written, read } };
    else if (value === '' || value === undefined || value === null)
      problem = { key: 'selfCheck.problem.textEmpty', params: { written } };
    else if (typeof value !== 'string')
      problem = { key: 'selfCheck.problem.textNotText', params: { written, read } };
    else problem = { key: 'selfCheck.problem.textChanged', params: { written, read } };
    out.push({ probe: probe.expected, problem });
  });
  return out;
}

/** Passed or failed from the readings of one text mode; unknown when Sheets refused the probe. */
export function textCheckStatus(
  mode: TextWriteMode,
  observed: Observed<readonly CellReading[]>,
): CheckStatus {
  if (!observed.ok) return 'unknown';
  return textProbeProblems(mode, observed.value).length === 0 ? 'passed' : 'failed';
}

/** The report line of one text mode's check, with a problem for each probe value not kept. */
export function textOutcome(
  id: 'plainText' | 'apostropheText',
  mode: TextWriteMode,
  observed: Observed<readonly CellReading[]>,
  timeZone: string,
): CheckOutcome {
  const label: Message = { key: `selfCheck.check.${id}` };
  if (!observed.ok) return outcome(id, label, 'unknown', [refused(observed.error)]);
  const problems = textProbeProblems(mode, observed.value, timeZone).map((p) => p.problem);
  return outcome(id, label, problems.length === 0 ? 'passed' : 'failed', problems);
}

/**
 * The text write mode that keeps text exactly here: 'plain' (the documented behaviour) when it
 * passed, else 'apostrophe' when that passed; 'unsafe' when both were tried and both failed;
 * 'inconclusive' when a mode that did not pass could not be tried.
 */
export function decideTextWriteMode(plain: CheckStatus, apostrophe: CheckStatus): TextDecision {
  if (plain === 'passed') return 'plain';
  if (apostrophe === 'passed') return 'apostrophe';
  if (plain === 'failed' && apostrophe === 'failed') return 'unsafe';
  return 'inconclusive';
}

/**
 * What to store under TEXT_WRITE_MODE_PROPERTY for a decision: the mode, TEXT_WRITE_MODE_UNSAFE
 * (which textWriteModeOf does not take for a mode), or null to leave what is stored unchanged.
 */
export function textWriteModeRecord(decision: TextDecision): string | null {
  if (decision === 'plain' || decision === 'apostrophe') return decision;
  return decision === 'unsafe' ? TEXT_WRITE_MODE_UNSAFE : null;
}

/** The probe values, in TEXT_PROBES order, that at least one mode read back did not keep. */
export function unsafeTextValues(
  plainText: Observed<readonly CellReading[]>,
  apostropheText: Observed<readonly CellReading[]>,
): string[] {
  const unsafeValues: string[] = [];
  const failing = new Set<string>();
  for (const [mode, observed] of [
    ['plain', plainText],
    ['apostrophe', apostropheText],
  ] as const) {
    if (observed.ok) for (const p of textProbeProblems(mode, observed.value)) failing.add(p.probe);
  }
  for (const probe of TEXT_PROBES) if (failing.has(probe)) unsafeValues.push(probe);
  return unsafeValues;
}
