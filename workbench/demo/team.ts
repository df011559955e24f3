import type { TableRecord } from '../../src/core/tables/tableSpec';
import { TEAM_TABLE } from '../../src/core/tables/teamTables';
import type { Rng } from './random';
import { Drafts } from './records';

/** The demo's e-mail domain: example addresses that belong to nobody. */
const DEMO_DOMAIN = 'suki-demo.ph';

/** The team of the demo: its rows, the head's e-mail and the managers' e-mails. */
interface DemoTeam {
  readonly records: TableRecord[];
  readonly head: string;
  readonly managers: readonly string[];
}

const PEOPLE = [
  { name: 'Ligaya Santos', role: 'head', daysBefore: 1620 },
  { name: 'Rafael Mendoza', role: 'manager', daysBefore: 1610 },
  { name: 'Carmela Villanueva', role: 'manager', daysBefore: 1580 },
  { name: 'Paolo Garcia', role: 'manager', daysBefore: 1550 },
] as const;

const emailOf = (name: string) => `${name.toLowerCase().replace(/ /g, '.')}@${DEMO_DOMAIN}`;

/** A head and three managers, appointed by the head over four years before `asOfDay`. */
export function buildTeam(rng: Rng, asOfDay: number): DemoTeam {
  const head = emailOf(PEOPLE[0].name);
  const drafts = new Drafts();
  for (const person of PEOPLE) {
    const day = asOfDay - person.daysBefore;
    drafts.add(
      {
        id: '',
        email: emailOf(person.name),
        name: person.name,
        role: person.role,
        status: 'active',
        appointedBy: head,
        appointedAt: null,
        dismissedAt: null,
        createdAt: '',
        createdBy: head,
        updatedAt: '',
        updatedBy: head,
        archivedAt: null,
      },
      day,
      day,
    );
  }
  const records = drafts.finalize(TEAM_TABLE, rng);
  for (const record of records) record.appointedAt = record.createdAt ?? null;
  const managers = records.filter((r) => r.role === 'manager').map((r) => r.email as string);
  return { records, head, managers };
}
