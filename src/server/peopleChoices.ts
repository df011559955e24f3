import { done, type PageResult, refused } from '../core/pageResult';
import { isArchived } from '../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import { activeStore } from '../gas/activeDocument';
import { settleInterruptedWrites } from '../gas/documentLock';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/** A person a form may pick as whom a contact is with. */
export interface PersonChoice {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly buyingRole: string;
  /** 'left' for a person no longer at the client: listed, so a saved row still shows its person. */
  readonly status: string;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/**
 * The people at one client, for the person picker of a form (the contact plan's "With"): one read
 * of five People columns, whatever the client; archived people left out, those who left marked.
 */
export function peopleChoicesAnswer(clientId: unknown): PageResult<{ people: readonly PersonChoice[] }> {
  try {
    const id = typeof clientId === 'string' ? clientId.trim() : '';
    if (id === '') return done('', { people: [] });
    settleInterruptedWrites();
    const columns = ['id', 'clientId', 'name', 'position', 'buyingRole', 'status', 'archivedAt'];
    const people: PersonChoice[] = [];
    for (const record of activeStore().readColumns(PEOPLE_TABLE, columns)) {
      if (text(record.clientId).trim() !== id || isArchived(record) || text(record.id) === '') continue;
      people.push({
        id: text(record.id),
        name: text(record.name),
        position: text(record.position),
        buyingRole: text(record.buyingRole),
        status: text(record.status) || 'active',
      });
    }
    people.sort(
      (a, b) => Number(a.status === 'left') - Number(b.status === 'left') || a.name.localeCompare(b.name),
    );
    return done('', { people });
  } catch (error) {
    return refused(describeFailure(currentTranslator(), error));
  }
}
