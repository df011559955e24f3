/**
 * The client picker's data: the clients the caller can add work to, ID and name. A workbook of up
 * to LISTED_WHOLE clients sends them all (about 50 bytes each) and the page searches them as the
 * person types; a larger one sends none, and the page asks the server for each search, which Sheets
 * answers without the Clients sheet being read (TextFinder), so neither grows with the clients.
 */

import { done, type PageResult, refused } from '../core/pageResult';
import { escapePattern, prefixCellPattern } from '../core/tables/cellSearch';
import {
  clientQuery,
  clientSearchKey,
  longestWord,
  matchesClientQuery,
  nameSearchPattern,
} from '../core/tables/clientSearch';
import { CLIENTS_TABLE, isArchived } from '../core/tables/clientsTable';
import type { TableRecord } from '../core/tables/tableSpec';
import type { Caller } from '../core/team/caller';
import { workCapacity } from '../core/team/workRights';
import { activeStore } from '../gas/activeDocument';
import { settleInterruptedWrites } from '../gas/documentLock';
import type { TableStore } from '../gas/tableStore';
import { currentCaller } from './access';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/** A client as the picker lists it; `coveringFor` names the absent manager a deputy works it for. */
export interface ClientChoice {
  readonly id: string;
  readonly name: string;
  readonly coveringFor?: string;
}

/** What the picker is sent: clients, and whether they are every one the caller may pick (that matches). */
interface ClientChoices {
  readonly clients: readonly ClientChoice[];
  /** False: there are more, and the page must ask the server as the person types. */
  readonly complete: boolean;
}

/** Up to this many rows the Clients sheet is sent whole: about 100 KB of JSON. */
const LISTED_WHOLE = 2_000;
/** A server search answers at most this many clients (the picker shows eight). */
const FOUND_AT_MOST = 8;
/** A server search reads at most this many rows (a manager's skips the clients not theirs). */
const EXAMINED_AT_MOST = 24;
const COLUMNS = ['id', 'name', 'owner', 'archivedAt'] as const;

/** The record as the caller may pick it, or null: archived, blank, or not theirs to add work to. */
function choiceOf(caller: Caller, record: TableRecord): ClientChoice | null {
  const id = String(record.id ?? '').trim();
  if (id === '' || isArchived(record)) return null;
  const name = String(record.name ?? '');
  if (caller.role !== 'manager') return { id, name };
  const right = workCapacity(caller, [record.owner]);
  if (right?.kind === 'deputy') return { id, name, coveringFor: right.forManager };
  return right ? { id, name } : null;
}

/** The choices among `records` the caller may pick, each ID once. */
function choicesAmong(caller: Caller, records: readonly TableRecord[]): ClientChoice[] {
  const choices: ClientChoice[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const choice = choiceOf(caller, record);
    if (!choice || seen.has(choice.id)) continue;
    seen.add(choice.id);
    choices.push(choice);
  }
  return choices;
}

/**
 * The clients the caller can add work to, in one read of four columns: everyone's for a head (and
 * for someone not on the team, who may only read), a manager's own and those of the managers they
 * cover today. Throws on failure. The page's call answers through pageCalls.ts.
 */
export function listClients(): ClientChoice[] {
  settleInterruptedWrites();
  return choicesAmong(currentCaller(), activeStore().readColumns(CLIENTS_TABLE, COLUMNS));
}

/**
 * The first FOUND_AT_MOST clients matching `typed` that the caller may pick, from the rows Sheets
 * finds: IDs starting with it or holding its longest word, then names holding its (longest three)
 * words in any order (case and accents aside); at most EXAMINED_AT_MOST rows read, each matched as
 * the page matches.
 */
function found(store: TableStore, typed: string): ClientChoice[] {
  const query = clientQuery(typed);
  const word = longestWord(query);
  const names = nameSearchPattern(query);
  const ids = [prefixCellPattern(typed), ...(word ? [escapePattern(word)] : [])]
    .map((p) => `(?:${p})`)
    .join('|');
  const searches = [
    { key: 'id', query: { pattern: ids, matchCase: false } },
    ...(names ? [{ key: 'name', query: { pattern: names, matchCase: false, ignoreDiacritics: true } }] : []),
  ];
  const caller = currentCaller();
  const seen = new Set<string>();
  const pickable = (record: TableRecord) => {
    const id = String(record.id ?? '').trim();
    const choice = choiceOf(caller, record);
    if (!choice || seen.has(id) || !matchesClientQuery(clientSearchKey(id, String(record.name ?? '')), query))
      return false;
    seen.add(id);
    return true;
  };
  return choicesAmong(
    caller,
    store.recordsFound(CLIENTS_TABLE, searches, EXAMINED_AT_MOST, pickable, FOUND_AT_MOST),
  );
}

/**
 * The client picker's data. Without `query`: every client the caller can add work to while the
 * Clients sheet has at most LISTED_WHOLE rows (`complete`), else none: the page then calls again
 * with what the person typed, and gets the first FOUND_AT_MOST matches the caller may pick, found
 * by Sheets (the same calls at 2,000 and 50,000 clients; a manager's search may miss clients whose
 * rows lie past the first EXAMINED_AT_MOST found: typing more finds them). The matching is the
 * page's own (core/tables/clientSearch.ts).
 */
export function clientChoices(query?: unknown): PageResult<ClientChoices> {
  try {
    settleInterruptedWrites();
    const typed = typeof query === 'string' ? query.trim().slice(0, 100) : '';
    const store = activeStore();
    const whole = store.readColumnsUpTo(CLIENTS_TABLE, COLUMNS, LISTED_WHOLE);
    if (whole) {
      const wanted = clientQuery(typed);
      const matching = typed
        ? whole.filter((r) =>
            matchesClientQuery(clientSearchKey(String(r.id ?? '').trim(), String(r.name ?? '')), wanted),
          )
        : whole;
      return done('', { clients: choicesAmong(currentCaller(), matching), complete: true });
    }
    const clients = typed ? found(store, typed) : [];
    return done('', { clients, complete: false });
  } catch (error) {
    return refused(describeFailure(currentTranslator(), error));
  }
}
