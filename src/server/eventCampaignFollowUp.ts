/**
 * "Attending creates a follow-up": an attendee's client is put on the campaign's follow-up scheme
 * (the Campaigns sheet's Follow-up scheme column), through the schemes' own enrolment: a client
 * already on the scheme gets nothing new, so marking attended twice plans nothing twice. The rows go
 * in one block append with one audit entry, inside the caller's lock.
 */
import { parseIsoDay } from '../core/analysis/days';
import { enrolClients, plannedStepRecord } from '../core/outreach/schemeEnrolment';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import { activeMember } from '../core/team/members';
import type { TableStore, WriteStamp } from '../gas/tableStore';
import { currentTeamView } from './access';
import type { EventCampaign } from './eventCampaignData';
import { appendInBlocks, auditRun } from './importWrite';
import { companyCalendar, readSchemeBook, readSchemeContacts, schemeNamed } from './schemesData';

/** What the follow-up did. */
interface FollowUpResult {
  /** The scheme named, '' when the campaign names none. */
  readonly scheme: string;
  /** The campaign names a scheme the Schemes sheet does not have (nothing planned). */
  readonly missing: boolean;
  readonly enrolled: number;
  readonly rows: number;
}

/**
 * Puts the clients of `attendees` on the campaign's follow-up scheme from `today` (each row the
 * client owner's; a client whose owner is not on the team is left out), writing the rows and one
 * audit entry. Nothing when the campaign names no scheme, or the scheme is not found.
 */
export function followUpAttendees(
  store: TableStore,
  stamp: WriteStamp,
  campaign: EventCampaign,
  attendees: readonly { readonly clientId: string; readonly owner: string }[],
  today: string,
): FollowUpResult {
  const none = { scheme: campaign.followUpScheme, missing: false, enrolled: 0, rows: 0 };
  if (campaign.followUpScheme === '' || attendees.length === 0) return none;
  const scheme = schemeNamed(readSchemeBook(store), campaign.followUpScheme);
  if (!scheme) return { ...none, missing: true };
  const startDay = parseIsoDay(today);
  if (startDay === null) return none;
  const { team } = currentTeamView();
  const clients = attendees
    .filter((attendee) => activeMember(team, attendee.owner))
    .map((attendee) => ({ id: attendee.clientId, owner: attendee.owner }));
  const { rows, enrolled } = enrolClients(
    scheme,
    clients,
    readSchemeContacts(store),
    startDay,
    companyCalendar(),
  );
  if (rows.length === 0) return { ...none, scheme: scheme.name };
  const ids = appendInBlocks(store, CONTACT_PLAN_TABLE, rows.map(plannedStepRecord), stamp);
  auditRun(store, stamp, {
    action: 'applyScheme',
    table: CONTACT_PLAN_TABLE.key,
    ids,
    after: { scheme: scheme.name, campaignId: campaign.id, enrolled: enrolled.length, start: today },
  });
  return { scheme: scheme.name, missing: false, enrolled: enrolled.length, rows: ids.length };
}
