/**
 * The log of cells the analyses could not use. Junk typed by hand never stops an analysis: the value is
 * read as blank (or its row skipped) and recorded here, so a report can show what to fix and where.
 */
import type { RecordValue } from '../tables/tableSpec';

export type InputProblem =
  | 'missing'
  | 'notNumber'
  | 'notDate'
  | 'outOfRange'
  | 'unknownChoice'
  | 'duplicateId'
  | 'unknownClient';

/** One unusable cell. `rowSkipped` says whether the whole row was left out because of it. */
export interface InputIssue {
  readonly table: string;
  readonly recordId: string | null;
  readonly column: string;
  readonly problem: InputProblem;
  readonly value: RecordValue;
  readonly rowSkipped: boolean;
}

/** The serialisable summary: totals per table and problem, and the first issues in full. */
export interface InputIssueSummary {
  readonly total: number;
  readonly rowsSkipped: number;
  /** `${table}.${column}.${problem}` → count. */
  readonly counts: Record<string, number>;
  readonly sample: readonly InputIssue[];
}

/** Collects issues; keeps every count but only the first `sampleSize` issues, so junk cannot blow up memory. */
export class IssueLog {
  private total = 0;
  private skipped = 0;
  private readonly counts = new Map<string, number>();
  private readonly sample: InputIssue[] = [];

  constructor(private readonly sampleSize = 200) {}

  /** Records one issue. */
  add(issue: InputIssue): void {
    this.total++;
    if (issue.rowSkipped) this.skipped++;
    const key = `${issue.table}.${issue.column}.${issue.problem}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.sample.length < this.sampleSize) this.sample.push(issue);
  }

  /** A plain object of everything logged so far. */
  summary(): InputIssueSummary {
    return {
      total: this.total,
      rowsSkipped: this.skipped,
      counts: Object.fromEntries([...this.counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
      sample: [...this.sample],
    };
  }
}
