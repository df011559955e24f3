/**
 * Marking attendance after a presentation, show or exhibition: each invitee's status (invited,
 * registered, attended, no-show) and, with it, the invitation's contact-plan row (done on the event's
 * day for an attendee, missed for a no-show, planned again when a mark is undone); every attendee's
 * client put on the campaign's follow-up scheme, once. A manager marks only the invitees of their
 * own clients and of those they cover: any other refuses the whole request, nothing written.
 *
 * The contact row's change is decided from the row itself: a planned row takes the mark, a row the
 * attendance set follows a corrected mark, and a row someone logged (done or missed, in My day or by
 * hand) or cancelled is left as it is, the answer saying how many. The contact rows, then the
 * statuses, go in one write per status (TableStore.updateWhere, over all the rows of it, audited just
 * before), after the follow-up's journalled append: a run cut off anywhere is finished by saving
 * again, which writes only what still differs and plans nothing twice.
 */
import type { Translator } from '../core/i18n/translate';
import {
  type ContactAfterMark,
  type InvitationContact,
  type InviteeStatus,
  invitationContactChange,
  isEventChannel,
} from '../core/outreach/eventInvites';
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
  textOf,
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
  /** Per new status, each contact row to move with the status it was planned from. */
  readonly contacts: Map<ContactAfterMark, Map<string, string>>;
  /** The invitees whose mark writes anything (their status, their contact row): audited. */
  readonly touched: string[];
  /** Contact rows of invitees marked anew that someone logged or cancelled: left as they are. */
  logged: number;
  readonly attendees: { clientId: string; owner: string }[];
}

/** The contact-plan rows by ID: status (blank read as planned, its default) and outcome. */
function readContactRows(store: TableStore): Map<string, InvitationContact> {
  const rows = new Map<string, InvitationContact>();
  for (const record of store.readColumns(CONTACT_PLAN_TABLE, ['id', 'status', 'outcome']))
    if (textOf(record.id) !== '')
      rows.set(textOf(record.id), {
        status: textOf(record.status) || 'planned',
        outcome: textOf(record.outcome),
      });
  return rows;
}

/** Adds one valid mark to the plan: the invitee's status when it changes, the contact row's by its own state. */
function planMark(
  plan: MarkPlan,
  mark: Mark,
  row: InviteeRow,
  contacts: ReadonlyMap<string, InvitationContact>,
): void {
  const contactId = row.contactId ?? '';
  const contact = contacts.get(contactId);
  const change = contact ? invitationContactChange(mark.status, row.status, contact) : null;
  const statusChanges = mark.status !== row.status;
  const contactMoves = contact !== undefined && change !== null && change !== 'logged';
  if (statusChanges) plan.byStatus.set(mark.status, [...(plan.byStatus.get(mark.status) ?? []), row.id]);
  if (statusChanges && change === 'logged') plan.logged++;
  if (contactMoves) {
    const moves = plan.contacts.get(change) ?? new Map<string, string>();
    plan.contacts.set(change, moves.set(contactId, contact.status));
  }
  if (statusChanges || contactMoves) plan.touched.push(row.id);
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
  const contacts = readContactRows(store);
  const plan: MarkPlan = { byStatus: new Map(), contacts: new Map(), touched: [], logged: 0, attendees: [] };
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
      planMark(plan, mark, row, contacts);
    }
  });
  return errors.length > 0 ? errors : plan;
}

/**
 * Writes the invitations' contact rows (one write per outcome), then the statuses (one per status).
 * Contacts first: a run cut off between leaves each moved row at its mark and the invitee's status
 * still to write, which saving again (or marking anew) writes; the row is not moved twice.
 */
function writeMarks(store: TableStore, stamp: WriteStamp, plan: MarkPlan, doneDate: string): void {
  for (const [status, moves] of plan.contacts) {
    // Only a row still as it was read moves (the same lock: a guard, not a race).
    const select = (record: Record<string, unknown>) =>
      moves.get(textOf(record.id)) === (textOf(record.status) || 'planned');
    const values = { status, doneDate: status === 'done' ? doneDate : null };
    store.updateWhere(CONTACT_PLAN_TABLE, select, values, stamp);
  }
  for (const [status, ids] of plan.byStatus) {
    const picked = new Set(ids);
    store.updateWhere(
      INVITEES_TABLE,
      (record) => picked.has(String(record.id ?? '').trim()),
      { status },
      stamp,
    );
  }
}

/** The answer's line: statuses changed, and the follow-up planned (or why not). */
function markedLine(
  t: Translator,
  campaign: EventCampaign,
  plan: MarkPlan,
  follow: ReturnType<typeof followUpAttendees>,
) {
  const changed = [...plan.byStatus.values()].flat().length;
  const parts = [t('events.marked', { count: changed, name: campaign.name })];
  if (plan.logged > 0) parts.push(t('events.marked.logged', { count: plan.logged }));
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
      const changed = [...plan.byStatus.values()].flat().length;
      if (plan.touched.length > 0) {
        const counts = Object.fromEntries([...plan.byStatus].map(([status, list]) => [status, list.length]));
        const contacts = Object.fromEntries(
          [...plan.contacts].map(([status, moves]) => [status, moves.size]),
        );
        auditAhead(store, stamp, {
          action: 'markAttendance',
          table: INVITEES_TABLE.key,
          ids: plan.touched,
          after: { campaignId: campaign.id, ...counts, contacts },
        });
      }
      writeMarks(store, stamp, plan, eventDay(campaign, today));
      return done(markedLine(t, campaign, plan, follow), { changed, followUpRows: follow.rows });
    });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
