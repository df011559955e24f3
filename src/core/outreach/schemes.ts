/**
 * Interaction schemes as Suki uses them: the Schemes sheet's rows (edited by hand or in the sidebar)
 * read into ordered steps per scheme, each row checked on use by the one validation path of forms, so
 * a step typed wrong by hand is named, not silently skipped.
 */
import type { SCHEME_STOPS } from '../tables/schemeTable';
import { SCHEMES_TABLE } from '../tables/schemeTable';
import { personColumns, type TableRecord } from '../tables/tableSpec';
import type { CONTACT_CHANNELS } from '../tables/workTables';
import { type FieldError, validateRecord } from '../validation/recordValidation';

const PERSON_COLUMNS = personColumns(SCHEMES_TABLE);

/** A channel a contact-plan row can have. */
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
/** What ends a scheme for a client from a step on. */
export type SchemeStop = (typeof SCHEME_STOPS)[number];

/** One step of a scheme. */
export interface SchemeStep {
  /** The row's ID in the Schemes sheet (null for a step not saved yet). */
  readonly id: string | null;
  readonly step: number;
  /** Days after the scheme's start for this client (0: the start day itself). */
  readonly dayOffset: number;
  readonly channel: ContactChannel;
  readonly purpose: string;
  readonly note: string;
  readonly stopWhen: SchemeStop | null;
}

/** A scheme: its name as typed first, the key it is matched by, and its steps by step number. */
export interface Scheme {
  readonly name: string;
  readonly key: string;
  readonly steps: readonly SchemeStep[];
}

/** A row of the Schemes sheet that cannot be used, and why. */
export type SchemeProblem =
  | { readonly kind: 'invalid'; readonly id: string | null; readonly errors: readonly FieldError[] }
  | {
      readonly kind: 'sameStepTwice';
      readonly id: string | null;
      readonly scheme: string;
      readonly step: number;
    };

/**
 * The key a scheme's name is matched by, in the Schemes sheet and in the contact plan's Scheme
 * column: trimmed, inner spaces collapsed, case-blind ("New  client welcome " is "new client welcome").
 */
export function schemeKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** A scheme step from a checked record. */
function stepOf(record: TableRecord): SchemeStep {
  return {
    id: typeof record.id === 'string' && record.id ? record.id : null,
    step: Number(record.step),
    dayOffset: Number(record.dayOffset),
    channel: record.channel as ContactChannel,
    purpose: textOf(record.purpose),
    note: textOf(record.note),
    stopWhen: record.stopWhen ? (record.stopWhen as SchemeStop) : null,
  };
}

/** True when a record holds nothing a person typed (a blank row inside the sheet). */
function isBlankRow(record: TableRecord): boolean {
  return ['scheme', 'step', 'dayOffset', 'channel', 'purpose', 'note', 'stopWhen'].every(
    (key) => record[key] === null || record[key] === undefined || record[key] === '',
  );
}

/**
 * The schemes of the Schemes sheet's records (archived ones left out by the caller), each with its
 * steps in step order, and every row that cannot be used: a value the form would refuse, or a step
 * number a scheme already has (the first row keeps it). Schemes are listed by name.
 */
export function schemesOf(records: readonly TableRecord[]): {
  schemes: Scheme[];
  problems: SchemeProblem[];
} {
  const byKey = new Map<string, { name: string; steps: SchemeStep[] }>();
  const problems: SchemeProblem[] = [];
  for (const record of records) {
    if (isBlankRow(record)) continue;
    const id = typeof record.id === 'string' && record.id ? record.id : null;
    // Only what a person writes is checked: the ID and the stamps are Suki's, read back as they are.
    const typed: TableRecord = {};
    for (const column of PERSON_COLUMNS) typed[column.key] = record[column.key] ?? null;
    const checked = validateRecord(SCHEMES_TABLE, typed, 'create');
    if (!checked.ok) {
      problems.push({ kind: 'invalid', id, errors: checked.errors });
      continue;
    }
    const name = textOf(checked.record.scheme).replace(/\s+/g, ' ');
    const key = schemeKey(name);
    const scheme = byKey.get(key) ?? { name, steps: [] };
    byKey.set(key, scheme);
    const step = stepOf({ ...checked.record, id });
    if (scheme.steps.some((s) => s.step === step.step)) {
      problems.push({ kind: 'sameStepTwice', id, scheme: name, step: step.step });
      continue;
    }
    scheme.steps.push(step);
  }
  const schemes = [...byKey.entries()].map(([key, { name, steps }]) => ({
    name,
    key,
    steps: steps.sort((a, b) => a.step - b.step),
  }));
  schemes.sort((a, b) => a.key.localeCompare(b.key));
  return { schemes, problems };
}
