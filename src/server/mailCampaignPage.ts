/**
 * The campaign e-mail page's menu item and what it loads: the e-mail campaigns the caller may send
 * (with their templates and any sending under way, marking the caller's own sendings that are not
 * finished: the page opens on them and continues them), the filter's choices, the merge fields and
 * the caller's quota today.
 */
import type { Translator } from '../core/i18n/translate';
import { FILTER_FIELDS, type FilterField } from '../core/outreach/mailAudience';
import { MERGE_FIELDS } from '../core/outreach/mailMerge';
import type { MailRun } from '../core/outreach/mailProgress';
import { done, type PageResult, refused } from '../core/pageResult';
import { isArchived } from '../core/tables/clientsTable';
import { choiceLabelKey, columnOf } from '../core/tables/tableSpec';
import { CAMPAIGNS_TABLE } from '../core/tables/workTables';
import type { Caller } from '../core/team/caller';
import { emailKey } from '../core/team/members';
import { activeStore } from '../gas/activeDocument';
import { showSidebarPage } from '../gas/ui';
import { currentCaller, currentTeamView } from './access';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';
import {
  assertMaySendMail,
  campaignRefusal,
  type MailBook,
  mayMailOwner,
  quotaLeft,
  readMailBook,
} from './mailCampaignData';
import { FIELD_COLUMNS } from './mailCampaignPrepare';
import { storedRuns } from './mailCampaignRun';

/** A filter field and the values the page offers for it. */
interface FilterChoice {
  readonly field: FilterField;
  readonly label: string;
  readonly values: readonly { readonly value: string; readonly label: string }[];
}

/** What the page needs to start: the campaigns the caller may e-mail, the filter, the merge fields. */
interface MailPageData {
  readonly campaigns: readonly {
    readonly id: string;
    readonly name: string;
    readonly subject: string;
    readonly body: string;
    readonly state: MailRun['state'] | null;
    /**
     * The caller's own sending of it is not finished (paused, or cut off): the page opens on it,
     * and continues it unless only the person can decide (a changed message).
     */
    readonly waiting: boolean;
  }[];
  readonly filters: readonly FilterChoice[];
  readonly mergeFields: readonly string[];
  readonly quota: number;
}

/** Menu: open the campaign e-mail page. */
export function showCampaignMail(): void {
  showSidebarPage('CampaignMail', currentTranslator()('mail.title'));
}

/** The values the page offers for one filter field. */
function filterChoice(t: Translator, field: FilterField, book: MailBook, caller: Caller): FilterChoice {
  const [table, key] = FIELD_COLUMNS[field];
  const column = columnOf(table, key);
  const choices = column.choices;
  let values: { value: string; label: string }[];
  if (field === 'abcClass') values = ['A', 'B', 'C'].map((value) => ({ value, label: value }));
  else if (choices) values = choices.map((value) => ({ value, label: t(choiceLabelKey(column, value)) }));
  else if (field === 'owner')
    values = book.team.filter((m) => m.active).map((m) => ({ value: m.email, label: m.name || m.email }));
  else {
    const mayMail = mayMailOwner(caller);
    const mine = book.clients.filter((client) => !isArchived(client) && mayMail(emailKey(client.owner)));
    const segments = [...new Set(mine.map((client) => String(client.segment ?? '').trim()).filter(Boolean))];
    values = segments.sort().map((value) => ({ value, label: value }));
  }
  return { field, label: t(column.label), values };
}

/** Page: the campaigns the caller may e-mail (with their templates), the filter's choices, the quota. */
export function getCampaignMailPage(): PageResult<MailPageData> {
  const t = currentTranslator();
  try {
    const caller = currentCaller();
    assertMaySendMail(caller);
    const store = activeStore();
    const book = readMailBook(store, currentTeamView().team);
    const runs = storedRuns();
    const campaigns = store
      .readAll(CAMPAIGNS_TABLE)
      .map(({ record }) => record)
      .filter((record) => campaignRefusal(record, caller) === null)
      .map((record) => {
        const run = runs.get(String(record.id ?? '')) ?? null;
        return {
          id: String(record.id ?? ''),
          name: String(record.name ?? ''),
          subject: String(record.mailSubject ?? ''),
          body: String(record.mailBody ?? ''),
          state: run?.state ?? null,
          waiting:
            run !== null &&
            run.sender === caller.email &&
            (run.state === 'paused' || run.state === 'sending'),
        };
      });
    const filters = FILTER_FIELDS.map((field) => filterChoice(t, field, book, caller));
    return done('', { campaigns, filters, mergeFields: [...MERGE_FIELDS], quota: quotaLeft() });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
