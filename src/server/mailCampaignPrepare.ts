/**
 * What the preview, the test message and the start of a campaign's e-mail share: the caller (a
 * person Google confirmed), the campaign they may send, its template and the filter checked (a
 * UserFacingError names what is wrong), the records read once, the audience; and one recipient's
 * message exactly as it is sent.
 */

import { hasOwn } from '../core/objects';
import {
  type Audience,
  type FilterField,
  type MailFilter,
  mailAudience,
  type Recipient,
  readMailFilter,
} from '../core/outreach/mailAudience';
import { type RenderedMail, renderMail, templateProblems } from '../core/outreach/mailMerge';
import { type MailRun, mailedBefore, mailedInLeftBlock } from '../core/outreach/mailProgress';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import { columnOf, type TableSpec } from '../core/tables/tableSpec';
import type { Caller } from '../core/team/caller';
import { UserFacingError } from '../core/userError';
import { activeStore } from '../gas/activeDocument';
import type { TableStore } from '../gas/tableStore';
import { currentCaller, currentTeamView } from './access';
import { currentLocale } from './locale';
import {
  assertMaySendMail,
  campaignForMail,
  type MailBook,
  type MailCampaign,
  mayMailOwner,
  memberName,
  mergeDataFor,
  optOutLine,
  readerLocale,
  readMailBook,
  templateProblemError,
} from './mailCampaignData';
import { storedRun } from './mailCampaignRun';

/** One message of the preview. */
export interface PreviewMessage extends RenderedMail {
  readonly to: string;
  readonly name: string;
}

/** The column each filter field reads, for its label and its choices. */
export const FIELD_COLUMNS: Readonly<Record<FilterField, readonly [TableSpec, string]>> = {
  segment: [CLIENTS_TABLE, 'segment'],
  tier: [CLIENTS_TABLE, 'tier'],
  abcClass: [CLIENTS_TABLE, 'abcClass'],
  status: [CLIENTS_TABLE, 'status'],
  owner: [CLIENTS_TABLE, 'owner'],
  reliabilityBand: [CLIENTS_TABLE, 'reliabilityBand'],
  buyingRole: [PEOPLE_TABLE, 'buyingRole'],
};

/** Everything the preview, the test and the start share, checked. */
export interface Prepared {
  readonly caller: Caller;
  readonly store: TableStore;
  readonly campaign: MailCampaign;
  readonly filter: MailFilter;
  readonly book: MailBook;
  readonly audience: Audience;
  /** The campaign's stored run (its last sending), or null. */
  readonly run: MailRun | null;
}

/**
 * Checks the caller, the campaign, its template and the filter (a UserFacingError names what is
 * wrong, and nothing has been written), then reads the records and works out the audience.
 */
export function prepare(campaignId: unknown, filterInput: unknown): Prepared {
  const caller = currentCaller();
  assertMaySendMail(caller);
  const store = activeStore();
  const campaign = campaignForMail(store, campaignId, caller);
  const problem = templateProblems(campaign.template)[0];
  if (problem) throw templateProblemError(problem);
  const read = readMailFilter(filterInput);
  if (!read.ok) {
    const { field, value, kind } = read;
    throw new UserFacingError(
      kind === 'unknownField' ? 'mail.error.filterField' : 'mail.error.filterValue',
      (t) => ({
        field:
          kind !== 'unknownField' && hasOwn(FIELD_COLUMNS, field)
            ? t(filterLabel(field as FilterField))
            : field,
        value,
      }),
    );
  }
  const book = readMailBook(store, currentTeamView().team);
  const run = storedRun(campaign.id);
  // A cut-off block a stopped run still holds is not in the log yet: those people count as mailed.
  const alreadyMailed = new Set([...mailedBefore(book.log, campaign.id), ...mailedInLeftBlock(run)]);
  const audience = mailAudience(read.filter, {
    people: book.people,
    clients: book.clients,
    mayMail: mayMailOwner(caller),
    alreadyMailed,
  });
  return { caller, store, campaign, filter: read.filter, book, audience, run };
}

function filterLabel(field: FilterField) {
  const [table, key] = FIELD_COLUMNS[field];
  return columnOf(table, key).label;
}

/** One recipient's message as the preview shows it and the send sends it. */
export function messageTo(prepared: Prepared, recipient: Recipient): PreviewMessage {
  const { book, campaign, caller } = prepared;
  const person = book.personById.get(recipient.personId);
  const line = optOutLine(readerLocale(person, currentLocale()), memberName(book.team, caller.email));
  const mail = renderMail(campaign.template, mergeDataFor(book, recipient, campaign, caller.email), line);
  return { ...mail, to: recipient.email, name: recipient.name };
}
