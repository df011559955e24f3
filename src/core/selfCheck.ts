/**
 * The in-spreadsheet self-check, the pure half: which values to probe, what should come back, the
 * verdict on each check, the text write mode that follows, and the report a person reads. The
 * probes themselves (every service call) are in src/gas/selfCheckProbes.ts; the menu entry point
 * is src/server/selfCheck.ts.
 *
 * Checks, and what passes:
 * - plainText: each of TEXT_PROBES written into a plain-text ('@') cell reads back as exactly the
 *   same string, with no formula.
 * - apostropheText: the same behind a leading apostrophe in an automatic-format cell reads back as
 *   the probe without that apostrophe, with no formula.
 * - dates: the start of each of probeDates() (today, New Year days, the days around every DST change
 *   of this year and the next) written as a Date reads back as a Date on the same calendar day in
 *   the spreadsheet's time zone.
 * - metadata: after each step of METADATA_PROBE (tag, insert before, move, delete another column)
 *   exactly one tag is found, on the column holding the tagged marker; deleting that column leaves
 *   no tag.
 * - lock: the document lock exists, is taken within LOCK_PROBE_WAIT_MS and is let go.
 * - authorization: Sheets says no further authorisation is required (AuthMode.FULL).
 * - scope (one per manifest scope): the scope is among those Sheets says were granted.
 * A probe Sheets refused (an exception) is "could not check", never a crash.
 */
import manifest from '../../appsscript.json';
import { isDate, isoDateInZone, startOfDateInZone, zoneOffsetMinutes } from './dates';
import type { MessageKey } from './i18n/en';
import type { MessageParams, Translator } from './i18n/translate';
import { hasOwn } from './objects';
import { TEXT_WRITE_MODE_UNSAFE, type TextWriteMode } from './tables/textWriteMode';

/** Text a careless cell would turn into a formula, a number, a date or something else. */
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
/** The number format of the date probe cells (the one Suki's date columns use). */
export const PROBE_DATE_FORMAT = 'yyyy-mm-dd';
/** How long the lock check waits for the document lock before calling it busy. */
export const LOCK_PROBE_WAIT_MS = 5000;

export { TEXT_WRITE_MODE_UNSAFE };
/** Sheet-level metadata on the probe sheet: its creation time in epoch ms. */
export const PROBE_SHEET_METADATA_KEY = 'suki.selfCheckSheet';
/** Every probe sheet's name starts with this. */
export const PROBE_SHEET_PREFIX = 'Suki check ';
/** A probe sheet older than this was left by an execution that died; the next check removes it. */
export const STALE_PROBE_SHEET_MS = 60 * 60 * 1000;

/** The scopes Suki's manifest (appsscript.json) asks for. */
export const MANIFEST_SCOPES: readonly string[] = manifest.oauthScopes;

/** One text probe: what goes into the cell, and what must come back. */
export interface TextProbe {
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

/** What a probe saw, or the message of the exception Sheets threw instead. */
export type Observed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

/** A date probe: the calendar day and the instant it begins in the zone. */
export interface DateProbe {
  readonly isoDate: string;
  readonly instant: Date;
}

/** A date probe as read back. */
export interface DateReading {
  readonly isoDate: string;
  readonly value: unknown;
}

/** One structural step of the metadata probe. */
export type MetadataStep =
  | { readonly kind: 'tag'; readonly column: number }
  | { readonly kind: 'insertBefore'; readonly column: number }
  | { readonly kind: 'moveTagged'; readonly destination: number }
  | { readonly kind: 'delete'; readonly column: number }
  | { readonly kind: 'deleteTagged' };

/**
 * The metadata probe: markers in row 1, a tag on the column of `tagged`, then the steps. Positions
 * in `moveTagged` follow Sheet.moveColumns (the index before the move); "Tagged" steps act on the
 * column that holds the tagged marker, wherever it is.
 */
export const METADATA_PROBE = {
  key: 'suki.selfCheck',
  value: 'probe',
  markers: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'] as readonly string[],
  tagged: 'm3',
  /** Columns read back after each step: the markers plus room for the inserted column. */
  width: 8,
  steps: [
    { kind: 'tag', column: 3 },
    { kind: 'insertBefore', column: 3 },
    { kind: 'moveTagged', destination: 7 },
    { kind: 'delete', column: 1 },
    { kind: 'deleteTagged' },
  ] as readonly MetadataStep[],
};

/** What the sheet looked like after one metadata step, or the step Sheets refused. */
export type MetadataStepReading =
  | {
      readonly step: MetadataStep['kind'];
      /** The column of each tag with the probe's key (0 when a tag is not on a column). */
      readonly tagColumns: readonly number[];
      /** Row 1, columns 1 to METADATA_PROBE.width. */
      readonly row1: readonly unknown[];
    }
  | { readonly step: MetadataStep['kind']; readonly error: string };

/** What the lock check saw. */
export type LockReading = 'released' | 'busy' | 'noLock' | 'stuck';

/** What ScriptApp said about authorisation. */
export interface AuthorizationReading {
  readonly status: 'required' | 'notRequired' | 'other';
  /** The granted scopes, or null when this Apps Script cannot say (no getAuthorizedScopes). */
  readonly authorizedScopes: readonly string[] | null;
}

/** Everything the probes saw in one run. */
export interface SelfCheckObservations {
  /** The spreadsheet's time zone ('' when it could not be read). */
  readonly timeZone: string;
  readonly plainText: Observed<readonly CellReading[]>;
  readonly apostropheText: Observed<readonly CellReading[]>;
  readonly dates: Observed<readonly DateReading[]>;
  readonly metadata: Observed<readonly MetadataStepReading[]>;
  readonly lock: Observed<LockReading>;
  readonly authorization: Observed<AuthorizationReading>;
  /** The temporary sheet and whether it was removed; null when it could not be made. */
  readonly probeSheet: { readonly name: string; readonly removed: boolean } | null;
}

/** What a check found. `unknown` is "could not check". */
export type CheckStatus = 'passed' | 'failed' | 'unknown';
/** The checks, in the order the report lists them. */
export type CheckId =
  | 'plainText'
  | 'apostropheText'
  | 'dates'
  | 'metadata'
  | 'lock'
  | 'authorization'
  | 'scope';

/** A catalog message with its parameters, translated only when the report is written. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
  /** Parameters that are themselves catalog messages (a step's name), said in the same language. */
  readonly labels?: Readonly<Record<string, MessageKey>>;
}

/** One line of the report. */
export interface CheckOutcome {
  readonly id: CheckId;
  /** What was checked, in words a person understands. */
  readonly label: Message;
  readonly status: CheckStatus;
  /** What went wrong, one message per value or step. */
  readonly problems: readonly Message[];
  /** When failed: what this means for Suki, in plain words. */
  readonly explanation?: Message;
}

/** How Suki should write text here: a mode, no safe mode at all, or not enough known to say. */
export type TextDecision = TextWriteMode | 'unsafe' | 'inconclusive';

/** The whole verdict. */
export interface SelfCheckVerdict {
  readonly checks: readonly CheckOutcome[];
  readonly textDecision: TextDecision;
  /** The mode that keeps text exactly here, or null when none was shown to. */
  readonly textWriteMode: TextWriteMode | null;
  /** Probe values that at least one mode did not keep, when textDecision is 'unsafe'. */
  readonly unsafeValues: readonly string[];
}

// ─── Dates ────────────────────────────────────────────────────────────────────────────────────────

const DAY_MS = 86_400_000;

/**
 * The instants in `year` when `timeZone` changes its offset from UTC (DST starting or ending, or a
 * change of standard time), found by sampling the offset daily with Intl and bisecting to the minute.
 */
export function offsetChangesInYear(timeZone: string, year: number): Date[] {
  const changes: Date[] = [];
  const end = Date.UTC(year + 1, 0, 1, 12);
  let before = Date.UTC(year, 0, 1, 12) - DAY_MS;
  let beforeOffset = zoneOffsetMinutes(before, timeZone);
  for (let after = before + DAY_MS; after <= end; after += DAY_MS) {
    const afterOffset = zoneOffsetMinutes(after, timeZone);
    if (afterOffset !== beforeOffset) {
      let lo = before;
      let hi = after;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (zoneOffsetMinutes(mid, timeZone) === beforeOffset) lo = mid;
        else hi = mid;
      }
      const change = new Date(hi);
      if (isoDateInZone(change, timeZone).slice(0, 4) === String(year)) changes.push(change);
    }
    before = after;
    beforeOffset = afterOffset;
  }
  return changes;
}

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The calendar days the date check writes, sorted: today, the first and last day of this year, New
 * Year's day of the next, and around every offset change of this year and the next the day it
 * happens on (on both sides of the change) and the day after.
 */
export function probeDates(timeZone: string, now: Date): DateProbe[] {
  const today = isoDateInZone(now, timeZone);
  const year = Number(today.slice(0, 4));
  const days = new Set<string>([today, `${year}-01-01`, `${year}-12-31`, `${year + 1}-01-01`]);
  for (const y of [year, year + 1]) {
    for (const change of offsetChangesInYear(timeZone, y)) {
      const before = isoDateInZone(new Date(change.getTime() - 60_000), timeZone);
      const after = isoDateInZone(change, timeZone);
      days.add(before);
      days.add(after);
      days.add(addDays(after, 1));
    }
  }
  return Array.from(days)
    .sort()
    .map((isoDate) => ({ isoDate, instant: startOfDateInZone(isoDate, timeZone) }));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as the zone's wall clock, `YYYY-MM-DD hh:mm`, for the report. */
function wallTimeText(value: Date, timeZone: string): string {
  const minutes = zoneOffsetMinutes(value.getTime(), timeZone);
  const shifted = new Date(Math.floor(value.getTime() / 60_000) * 60_000 + minutes * 60_000);
  return `${shifted.toISOString().slice(0, 10)} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}

// ─── Names ────────────────────────────────────────────────────────────────────────────────────────

/**
 * The probe sheet's name: `Suki check <UTC timestamp>`, with ` (n)` added from the second attempt,
 * so it cannot be a person's sheet and two checks at once do not collide.
 */
export function probeSheetName(now: Date, attempt = 0): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `${PROBE_SHEET_PREFIX}${stamp}${attempt > 0 ? ` (${attempt + 1})` : ''}`;
}

/** True for a probe sheet left behind by a dead execution: our name, our tag, and over an hour old. */
export function isStaleProbeSheet(name: string, createdAt: string | null, now: Date): boolean {
  if (name.indexOf(PROBE_SHEET_PREFIX) !== 0 || createdAt === null || !/^\d+$/.test(createdAt)) return false;
  return now.getTime() - Number(createdAt) > STALE_PROBE_SHEET_MS;
}

// ─── Verdicts ─────────────────────────────────────────────────────────────────────────────────────

/** A cell value as a person would see it in the report. */
function valueText(value: unknown, timeZone: string): string {
  if (isDate(value)) return timeZone ? wallTimeText(value, timeZone) : value.toISOString();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The probes whose reading differs from what should have come back, with the problem in words. */
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

function refused(error: string): Message {
  return { key: 'selfCheck.problem.refused', params: { detail: error.slice(0, 200) } };
}

/** Passed or failed from the readings of one text mode; unknown when Sheets refused the probe. */
export function textCheckStatus(
  mode: TextWriteMode,
  observed: Observed<readonly CellReading[]>,
): CheckStatus {
  if (!observed.ok) return 'unknown';
  return textProbeProblems(mode, observed.value).length === 0 ? 'passed' : 'failed';
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

const EXPLANATIONS: Partial<Record<CheckId, MessageKey>> = {
  plainText: 'selfCheck.explain.plainText',
  apostropheText: 'selfCheck.explain.apostropheText',
  dates: 'selfCheck.explain.dates',
  metadata: 'selfCheck.explain.metadata',
  lock: 'selfCheck.explain.lock',
  authorization: 'selfCheck.explain.authorization',
  scope: 'selfCheck.explain.scope',
};

function outcome(
  id: CheckId,
  label: Message,
  status: CheckStatus,
  problems: readonly Message[],
): CheckOutcome {
  const explanation = EXPLANATIONS[id];
  return status === 'failed' && explanation
    ? { id, label, status, problems, explanation: { key: explanation } }
    : { id, label, status, problems };
}

function textOutcome(
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

function datesOutcome(observed: Observed<readonly DateReading[]>, timeZone: string): CheckOutcome {
  const label: Message = { key: 'selfCheck.check.dates', params: { timeZone: timeZone || '?' } };
  if (!observed.ok) return outcome('dates', label, 'unknown', [refused(observed.error)]);
  const problems: Message[] = [];
  for (const reading of observed.value) {
    const value = reading.value;
    if (!isDate(value)) {
      problems.push({
        key: 'selfCheck.problem.dateNotDate',
        params: { date: reading.isoDate, read: valueText(value ?? '', timeZone) },
      });
    } else if (isoDateInZone(value, timeZone) !== reading.isoDate) {
      problems.push({
        key: 'selfCheck.problem.dateMoved',
        params: { date: reading.isoDate, read: wallTimeText(value, timeZone) },
      });
    }
  }
  if (observed.value.length === 0) return outcome('dates', label, 'unknown', []);
  return outcome('dates', label, problems.length === 0 ? 'passed' : 'failed', problems);
}

const STEP_KEYS: Record<MetadataStep['kind'], MessageKey> = {
  tag: 'selfCheck.step.tag',
  insertBefore: 'selfCheck.step.insertBefore',
  moveTagged: 'selfCheck.step.moveTagged',
  delete: 'selfCheck.step.delete',
  deleteTagged: 'selfCheck.step.deleteTagged',
};

/** The problem with one metadata step's reading, or null when the tag did what Suki expects. */
function metadataStepProblem(reading: Exclude<MetadataStepReading, { error: string }>): Message | null {
  const labels = { step: STEP_KEYS[reading.step] };
  if (reading.step === 'deleteTagged') {
    return reading.tagColumns.length === 0 ? null : { key: 'selfCheck.problem.tagStayed' };
  }
  if (reading.tagColumns.length === 0) return { key: 'selfCheck.problem.tagLost', labels };
  if (reading.tagColumns.length > 1) return { key: 'selfCheck.problem.tagDuplicated', labels };
  const column = reading.tagColumns[0] ?? 0;
  if (reading.row1[column - 1] !== METADATA_PROBE.tagged) {
    return { key: 'selfCheck.problem.tagMoved', labels };
  }
  return null;
}

function metadataOutcome(observed: Observed<readonly MetadataStepReading[]>): CheckOutcome {
  const label: Message = { key: 'selfCheck.check.metadata' };
  if (!observed.ok) return outcome('metadata', label, 'unknown', [refused(observed.error)]);
  const problems: Message[] = [];
  let refusal: Message | null = null;
  for (const reading of observed.value) {
    if ('error' in reading) {
      refusal = {
        key: 'selfCheck.problem.stepRefused',
        params: { detail: reading.error.slice(0, 200) },
        labels: { step: STEP_KEYS[reading.step] },
      };
      break;
    }
    const problem = metadataStepProblem(reading);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0)
    return outcome('metadata', label, 'failed', refusal ? [...problems, refusal] : problems);
  if (refusal || observed.value.length < METADATA_PROBE.steps.length) {
    return outcome('metadata', label, 'unknown', refusal ? [refusal] : []);
  }
  return outcome('metadata', label, 'passed', []);
}

function lockOutcome(observed: Observed<LockReading>): CheckOutcome {
  const label: Message = { key: 'selfCheck.check.lock' };
  if (!observed.ok) return outcome('lock', label, 'failed', [refused(observed.error)]);
  switch (observed.value) {
    case 'released':
      return outcome('lock', label, 'passed', []);
    case 'busy':
      return outcome('lock', label, 'unknown', [
        { key: 'selfCheck.problem.lockBusy', params: { seconds: LOCK_PROBE_WAIT_MS / 1000 } },
      ]);
    case 'noLock':
      return outcome('lock', label, 'failed', [{ key: 'selfCheck.problem.noLock' }]);
    default:
      return outcome('lock', label, 'failed', [{ key: 'selfCheck.problem.lockStuck' }]);
  }
}

const SCOPE_LABELS: Readonly<Record<string, MessageKey>> = {
  'https://www.googleapis.com/auth/spreadsheets.currentonly': 'selfCheck.scope.spreadsheet',
  'https://www.googleapis.com/auth/script.container.ui': 'selfCheck.scope.ui',
  'https://www.googleapis.com/auth/script.scriptapp': 'selfCheck.scope.triggers',
  'https://www.googleapis.com/auth/userinfo.email': 'selfCheck.scope.email',
};

/** The report's label for a scope: a sentence for the ones Suki's manifest lists, else the scope itself. */
export function scopeLabel(scope: string): Message {
  const key = hasOwn(SCOPE_LABELS, scope) ? SCOPE_LABELS[scope] : undefined;
  return key ? { key, params: { scope } } : { key: 'selfCheck.scope.other', params: { scope } };
}

function authorizationOutcomes(
  observed: Observed<AuthorizationReading>,
  scopes: readonly string[],
): CheckOutcome[] {
  const label: Message = { key: 'selfCheck.check.authorization' };
  if (!observed.ok) {
    return [
      outcome('authorization', label, 'unknown', [refused(observed.error)]),
      ...scopes.map((scope) => outcome('scope', scopeLabel(scope), 'unknown', [])),
    ];
  }
  const { status, authorizedScopes } = observed.value;
  const main =
    status === 'notRequired'
      ? outcome('authorization', label, 'passed', [])
      : status === 'required'
        ? outcome('authorization', label, 'failed', [{ key: 'selfCheck.problem.authRequired' }])
        : outcome('authorization', label, 'unknown', []);
  const perScope = scopes.map((scope) => {
    if (!authorizedScopes) {
      return outcome('scope', scopeLabel(scope), 'unknown', [{ key: 'selfCheck.problem.scopesUnknown' }]);
    }
    return authorizedScopes.indexOf(scope) >= 0
      ? outcome('scope', scopeLabel(scope), 'passed', [])
      : outcome('scope', scopeLabel(scope), 'failed', [{ key: 'selfCheck.problem.scopeMissing' }]);
  });
  return [main, ...perScope];
}

/** Judges every observation, and decides the text write mode from the two text checks. */
export function evaluateSelfCheck(
  observations: SelfCheckObservations,
  scopes: readonly string[] = MANIFEST_SCOPES,
): SelfCheckVerdict {
  const tz = observations.timeZone;
  const plain = textOutcome('plainText', 'plain', observations.plainText, tz);
  const apostrophe = textOutcome('apostropheText', 'apostrophe', observations.apostropheText, tz);
  const checks = [
    plain,
    apostrophe,
    datesOutcome(observations.dates, tz),
    metadataOutcome(observations.metadata),
    lockOutcome(observations.lock),
    ...authorizationOutcomes(observations.authorization, scopes),
  ];
  const textDecision = decideTextWriteMode(plain.status, apostrophe.status);
  const unsafeValues: string[] = [];
  if (textDecision === 'unsafe') {
    const failing = new Set<string>();
    for (const [mode, observed] of [
      ['plain', observations.plainText],
      ['apostrophe', observations.apostropheText],
    ] as const) {
      if (observed.ok) for (const p of textProbeProblems(mode, observed.value)) failing.add(p.probe);
    }
    for (const probe of TEXT_PROBES) if (failing.has(probe)) unsafeValues.push(probe);
  }
  return {
    checks,
    textDecision,
    textWriteMode: textDecision === 'plain' || textDecision === 'apostrophe' ? textDecision : null,
    unsafeValues,
  };
}

// ─── The report ───────────────────────────────────────────────────────────────────────────────────

const MARKS: Record<CheckStatus, string> = { passed: '✓', failed: '✗', unknown: '?' };
const STATUS_KEYS: Record<CheckStatus, MessageKey> = {
  passed: 'selfCheck.passed',
  failed: 'selfCheck.failed',
  unknown: 'selfCheck.unknown',
};

/** A message in the language of `t`, its labelled parameters (a step's name) said in that language too. */
export function sayMessage(t: Translator, message: Message): string {
  const params: Record<string, string | number> = { ...message.params };
  const labels = message.labels ?? {};
  for (const name of Object.keys(labels)) params[name] = t(labels[name] as MessageKey);
  return t(message.key, params);
}

const quoteList = (values: readonly string[]) => values.map((v) => `“${v}”`).join(', ');

/**
 * The report a person reads: a summary, one line per check (passed, failed or could not check)
 * with what went wrong and what it means, the text verdict, and a word about the temporary sheet.
 */
export function selfCheckReport(
  verdict: SelfCheckVerdict,
  t: Translator,
  probeSheet: SelfCheckObservations['probeSheet'] = null,
): string {
  const failed = verdict.checks.filter((c) => c.status === 'failed').length;
  const unknown = verdict.checks.filter((c) => c.status === 'unknown').length;
  const lines: string[] = [];
  if (failed === 0 && unknown === 0) lines.push(t('selfCheck.summary.allPassed'));
  if (failed > 0) lines.push(t('selfCheck.summary.failed', { failed, total: verdict.checks.length }));
  if (unknown > 0) lines.push(t('selfCheck.summary.unknown', { count: unknown }));
  lines.push('');
  for (const check of verdict.checks) {
    lines.push(`${MARKS[check.status]} ${t(STATUS_KEYS[check.status])}: ${sayMessage(t, check.label)}`);
    for (const problem of check.problems) lines.push(`    – ${sayMessage(t, problem)}`);
    if (check.explanation) lines.push(`    ${sayMessage(t, check.explanation)}`);
  }
  lines.push('');
  switch (verdict.textDecision) {
    case 'plain':
      lines.push(t('selfCheck.verdict.plain'));
      break;
    case 'apostrophe':
      lines.push(
        t(
          verdict.checks[0]?.status === 'failed'
            ? 'selfCheck.verdict.apostrophe'
            : 'selfCheck.verdict.apostropheUnchecked',
        ),
      );
      break;
    case 'unsafe':
      lines.push(t('selfCheck.verdict.unsafe', { values: quoteList(verdict.unsafeValues) }));
      break;
    default:
      lines.push(t('selfCheck.verdict.inconclusive'));
  }
  lines.push('');
  if (!probeSheet) lines.push(t('selfCheck.footer.noSheet'));
  else if (probeSheet.removed) lines.push(t('selfCheck.footer.removed'));
  else lines.push(t('selfCheck.footer.left', { sheet: probeSheet.name }));
  return lines.join('\n');
}
