import type { TableRecord } from '../../src/core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../../src/core/tables/workTables';
import { isoDate, isoInstant } from './days';
import type { ClientProfile } from './profiles';
import type { Rng } from './random';
import { creationOrder, recordId, updatedInstant } from './records';

/** One contact plan row as generated: client index, days as day numbers (-1 for none), texts as written. */
interface ContactRow {
  readonly client: number;
  readonly planned: number;
  readonly channel: string;
  readonly purpose: string;
  readonly scheme: string | null;
  readonly step: number | null;
  readonly status: string;
  readonly done: number;
  readonly outcome: string | null;
  readonly nextStep: string | null;
  readonly created: number;
  readonly updated: number;
}

/**
 * Contact plan rows as they are generated, one plain array per column, turned into records only
 * once their order and IDs are known (so each record is built once, with its ID and stamps).
 */
export class ContactColumns {
  private readonly client: number[] = [];
  private readonly planned: number[] = [];
  private readonly channel: string[] = [];
  private readonly purpose: string[] = [];
  private readonly scheme: (string | null)[] = [];
  private readonly step: number[] = [];
  private readonly status: string[] = [];
  private readonly done: number[] = [];
  private readonly outcome: (string | null)[] = [];
  private readonly nextStep: (string | null)[] = [];
  private readonly created: number[] = [];
  private readonly updated: number[] = [];

  /** How many rows were added. */
  get length(): number {
    return this.client.length;
  }

  /** Adds a row. */
  push(row: ContactRow): void {
    this.client.push(row.client);
    this.planned.push(row.planned);
    this.channel.push(row.channel);
    this.purpose.push(row.purpose);
    this.scheme.push(row.scheme);
    this.step.push(row.step ?? 0);
    this.status.push(row.status);
    this.done.push(row.done);
    this.outcome.push(row.outcome);
    this.nextStep.push(row.nextStep);
    this.created.push(row.created);
    this.updated.push(Math.max(row.created, row.updated));
  }

  /** The contact plan table: rows by the day they were entered, numbered and stamped. */
  records(profiles: readonly ClientProfile[], rng: Rng): TableRecord[] {
    const count = this.client.length;
    const { order, seconds } = creationOrder(this.created, count, rng);
    const records: TableRecord[] = [];
    for (let i = 0; i < count; i++) {
      const s = order[i] as number;
      const profile = profiles[this.client[s] as number] as ClientProfile;
      const created = this.created[s] as number;
      const done = this.done[s] as number;
      const step = this.step[s] as number;
      const createdAt = isoInstant(created, seconds[i] as number);
      records.push({
        id: recordId(CONTACT_PLAN_TABLE, i + 1),
        clientId: profile.id,
        // Whom it was with: filled in by withPeople (people.ts) once the client's people exist.
        personId: null,
        plannedDate: isoDate(this.planned[s] as number),
        channel: this.channel[s] as string,
        purpose: this.purpose[s] as string,
        scheme: this.scheme[s] ?? null,
        step: step === 0 ? null : step,
        schemeStart: null,
        owner: profile.owner,
        status: this.status[s] as string,
        doneDate: done < 0 ? null : isoDate(done),
        outcome: this.outcome[s] ?? null,
        nextStep: this.nextStep[s] ?? null,
        createdAt,
        createdBy: profile.owner,
        updatedAt: updatedInstant(created, createdAt, this.updated[s] as number, rng),
        updatedBy: profile.owner,
        archivedAt: null,
      });
    }
    return records;
  }
}
