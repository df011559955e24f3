/**
 * The self-check's metadata probe: after each step of METADATA_PROBE (tag, insert before, move,
 * delete another column) exactly one tag is found, on the column holding the tagged marker;
 * deleting that column leaves no tag.
 */
import type { MessageKey } from '../i18n/en';
import { type CheckOutcome, type Message, type Observed, outcome, refused } from './checkOutcome';

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

/**
 * The report line of the metadata check: a problem for each step where the tag did not follow its
 * column, and the step Sheets refused, if any (which leaves the check unknown unless one failed).
 */
export function metadataOutcome(observed: Observed<readonly MetadataStepReading[]>): CheckOutcome {
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
