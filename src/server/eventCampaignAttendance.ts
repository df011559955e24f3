/**
 * Marking attendance after a presentation, show or exhibition: each invitee's status (invited,
 * registered, attended, no-show) and, with it, the invitation's contact-plan row (done on the event's
 * day for an attendee, missed for a no-show, planned again when a mark is undone); every attendee's
 * client put on the campaign's follow-up scheme, once. A manager marks only the invitees of their
 * own clients and of those they cover: any other refuses the whole request, nothing written.
 *
 * The statuses go in one write per status (TableStore.updateWhere, over all the rows of it, audited
 * just before), after the follow-up's journalled append: a run cut off between them is finished by
 * saving again, which writes only what still differs and plans nothing twice.
 */
import type { Translator } from '../core/i18n/translate';
import { contactAfterMark, type InviteeStatus, isEventChannel } from '../core/outreach/eventInvites';
import { done, type FieldMessage, type PageResult, refused } from '../core/pageResult';
import { INVITEE_STATUSES, INVITEES_TABLE } from '../core/tables/inviteeTable';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import { workCapacity } from '../core/team/workRights';
import { activeStore } from '../gas/activeDocument';
import { withDocumentLock } from '../gas/documentLock';
import type { TableStore, WriteStamp } from '../gas/tableStore';
import { callerStamp, currentCaller, currentTeamView } from './access';
import {
  type EventCampaign,
  eventDay,
  type InviteeRow,
  readEventCampaign,
  readInvitees,
} from './eventCampaignData';
import { followUpAttendees } from './eventCampaignFollowUp';
import { describeFailure } from './failures';
import { auditAhead } from './importWrite';
import { currentTranslator } from './locale';
import { clientOwnersOf } from './workAccess';

/** One mark the page sent. */
interface Mark {
  readonly inviteeId: string;
  readonly status: InviteeStatus;
}

const MAX_MARKS = 5_000;

/** The marks the page sent, checked by field (`marks.3.status`); the last mark of an invitee wins. */
function readMarks(t: Translator, input: unknown): Mark[] | FieldMessage[] {
  if (!Array.isArray(input) || input.length > MAX_MARKS)
    return [{ field: 'marks', message: t('events.marks.notList', { max: MAX_MARKS }) }];
  const errors: FieldMessage[] = [];
  const marks = new Map<string, Mark>();
  input.forEach((item: unknown, i) => {
    const source = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const id = typeof source.inviteeId === 'string' ? source.inviteeId.trim() : '';
    const status = INVITEE_STATUSES.find((s) => s === source.status);
    if (id === '' || id.length > 40)
      errors.push({ field: `marks.${i}.inviteeId`, message: t('events.marks.noInvitee') });
    else if (!status)
      errors.push({
        field: `marks.${i}.status`,
        message: t('events.marks.badStatus', { value: String(source.status).slice(0, 40) }),
      });
    else marks.set(id, { inviteeId: id, status });
  });
  return errors.length > 0 ? errors : [...marks.values()];
}

/** What the marks change: the invitees per new status, their contact rows, the attendees' clients. */
interface MarkPlan {
  readonly byStatus: Map<InviteeStatus, string[]>;
  readonly contacts: Map<'planned' | 'done' | 'missed', string[]>;
  readonly attendees: { clientId: string; owner: string }[];
}

/** Sorts the marks against the invitees as read now; a refusal names an unknown or not-yours invitee. */
function planMarks(
  t: Translator,
  store: TableStore,
  invitees: readonly InviteeRow[],
  marks: readonly Mark[],
): MarkPlan | FieldMessage[] {
  const byId = new Map(invitees.map((row) => [row.id, row]));
  const owners = clientOwnersOf(store);
  const caller = currentCaller();
  const plan: MarkPlan = { byStatus: new Map(), contacts: new Map(), attendees: [] };
  const errors: FieldMessage[] = [];
  marks.forEach((mark, i) => {
    const row = byId.get(mark.inviteeId);
    const owner = row ? (owners().get(row.clientId) ?? '') : '';
    if (!row)
      errors.push({
        field: `marks.${i}.inviteeId`,
        message: t('events.marks.unknown', { id: mark.inviteeId }),
      });
    else if (!workCapacity(caller, [owner]))
      errors.push({
        field: `marks.${i}.inviteeId`,
        message: t('events.marks.notYours', { id: row.id, owner: owner || '—' }),
      });
    else {
      if (mark.status === 'attended') plan.attendees.push({ clientId: row.clientId, owner });
      if (mark.status === row.status) return;
      plan.byStatus.set(mark.status, [...(plan.byStatus.get(mark.status) ?? []), row.id]);
      const contact = contactAfterMark(mark.status, '').status;
      if (row.contactId) plan.contacts.set(contact, [...(plan.contacts.get(contact) ?? []), row.contactId]);
    }
  });
  return errors.length > 0 ? errors : plan;
}

/** Writes the statuses (one write per status) and the invitations' contact rows (one per outcome). */
function writeMarks(store: TableStore, stamp: WriteStamp, plan: MarkPlan, doneDate: string): void {
  for (const [status, ids] of plan.byStatus) {
    const picked = new Set(ids);
    store.updateWhere(
      INVITEES_TABLE,
      (record) => picked.has(String(record.id ?? '').trim()),
      { status },
      stamp,
    );
  }
  for (const [status, ids] of plan.contacts) {
    const picked = new Set(ids);
    // A contact someone cancelled stays cancelled.
    const select = (record: Record<string, unknown>) =>
      picked.has(String(record.id ?? '').trim()) && record.status !== 'cancelled';
    const values = { status, doneDate: status === 'done' ? doneDate : null };
    store.updateWhere(CONTACT_PLAN_TABLE, select, values, stamp);
  }
}

/** The answer's line: statuses changed, and the follow-up planned (or why not). */
function markedLine(
  t: Translator,
  campaign: EventCampaign,
  changed: number,
  follow: ReturnType<typeof followUpAttendees>,
) {
  const parts = [t('events.marked', { count: changed, name: campaign.name })];
  if (follow.missing) parts.push(t('events.followUp.missing', { scheme: follow.scheme }));
  else if (follow.rows > 0)
    parts.push(
      t('events.followUp.planned', { rows: follow.rows, clients: follow.enrolled, scheme: follow.scheme }),
    );
  return parts.join(' ');
}

/**
 * Saves the attendance of a presentation, show or exhibition: each invitee's status, their
 * invitation's contact row, and the follow-up scheme for each attendee's client (once, however often
 * attendance is saved). Bad input, an unknown invitee or another manager's: nothing is written.
 */
export function markAttendance(
  campaignId: unknown,
  marks: unknown,
): PageResult<{ changed: number; followUpRows: number }> {
  const t = currentTranslator();
  const checked = readMarks(t, marks);
  if (checked.some((item) => 'field' in item)) {
    const errors = checked as FieldMessage[];
    return refused(errors[0]?.message ?? t('form.fixErrors'), errors);
  }
  try {
    return withDocumentLock(() => {
      const store = activeStore();
      const campaign = readEventCampaign(store, t, campaignId);
      if ('ok' in campaign) return campaign;
      if (!isEventChannel(campaign.channel)) {
        const message = t('events.noAttendance', { name: campaign.name });
        return refused(message, [{ field: 'campaignId', message }]);
      }
      const plan = planMarks(t, store, readInvitees(store, campaign.id), checked as Mark[]);
      if (Array.isArray(plan)) return refused(plan[0]?.message ?? t('form.fixErrors'), plan);
      const stamp = callerStamp();
      const today = currentTeamView().today;
      const follow = followUpAttendees(store, stamp, campaign, plan.attendees, today);
      const ids = [...plan.byStatus.values()].flat();
      if (ids.length > 0) {
        const counts = Object.fromEntries([...plan.byStatus].map(([status, list]) => [status, list.length]));
        auditAhead(store, stamp, {
          action: 'markAttendance',
          table: INVITEES_TABLE.key,
          ids,
          after: { campaignId: campaign.id, ...counts },
        });
      }
      writeMarks(store, stamp, plan, eventDay(campaign, today));
      return done(markedLine(t, campaign, ids.length, follow), {
        changed: ids.length,
        followUpRows: follow.rows,
      });
    });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
