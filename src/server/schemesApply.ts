/**
 * Applying an interaction scheme to one client or a filtered set: the preview (writes nothing) and
 * the write. Each table is read once; the rows go in one block append per IMPORT_BLOCK_ROWS
 * (importWrite.ts, journalled: all or nothing) with one audit entry for the run, so the service calls
 * do not grow with the clients. Applying again writes nothing for a client already on the scheme.
 */
import { type Day, dayToIso, parseIsoDay } from '../core/analysis/days';
import type { Translator } from '../core/i18n/translate';
import {
  clientsOnScheme,
  enrolClients,
  type PlannedStep,
  plannedStepRecord,
} from '../core/outreach/schemeEnrolment';
import type { Scheme } from '../core/outreach/schemes';
import { done, type PageResult, type Refusal, refused } from '../core/pageResult';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import type { Caller } from '../core/team/caller';
import { activeMember } from '../core/team/members';
import { workCapacity } from '../core/team/workRights';
import { activeStore } from '../gas/activeDocument';
import { settleInterruptedWrites, withDocumentLock } from '../gas/documentLock';
import type { TableStore, WriteStamp } from '../gas/tableStore';
import { callerStamp, currentCaller, currentTeamView } from './access';
import { describeFailure } from './failures';
import { appendInBlocks, auditRun } from './importWrite';
import { currentTranslator } from './locale';
import {
  companyCalendar,
  dayInWords,
  readSchemeBook,
  readSchemeClients,
  readSchemeContacts,
  schemeNamed,
} from './schemesData';
import { filterAccepts, readFilter, type SchemeFilter } from './schemesFilter';

/** What applying would do, or did: clients matched and why some get nothing, rows and their first days. */
export interface ApplySummary {
  readonly scheme: string;
  readonly matched: number;
  /** Clients that get the scheme's rows now. */
  readonly enrolled: number;
  readonly alreadyOn: number;
  /** Clients the caller may not plan contacts for (another manager's, not covered today). */
  readonly notYours: number;
  /** Clients whose owner is not an active member of the team (a head gives them one first). */
  readonly noOwner: number;
  readonly rows: number;
  /** The first days rows fall on, ISO, at most five. */
  readonly firstDates: readonly string[];
  /** The summary in a line, in the person's words. */
  readonly line: string;
}

/** A checked request to apply a scheme. */
interface ApplyRequest {
  readonly name: string;
  readonly filter: SchemeFilter;
  readonly startDay: Day;
}

/** The scheme's name, the filter and the start date the page sent, checked by field. */
function readRequest(
  t: Translator,
  name: unknown,
  filter: unknown,
  startDate: unknown,
): ApplyRequest | Refusal {
  const checked = readFilter(filter, t);
  if ('ok' in checked) return checked;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 200)
    return refused(t('schemes.pickScheme'), [{ field: 'scheme', message: t('schemes.pickScheme') }]);
  const startDay = typeof startDate === 'string' ? parseIsoDay(startDate.trim()) : null;
  if (startDay === null)
    return refused(t('schemes.badStart'), [{ field: 'startDate', message: t('schemes.badStart') }]);
  return { name, filter: checked, startDay };
}

/** What applying decides: the summary, the rows to write and the right each client is worked in. */
interface ApplyPlan {
  readonly scheme: Scheme;
  readonly rows: readonly PlannedStep[];
  readonly deputyFor: readonly string[];
  readonly counts: Omit<ApplySummary, 'line' | 'scheme' | 'rows' | 'firstDates'>;
}

/** Sorts the matched clients: already on the scheme, not the caller's, without an owner, or to enrol. */
function planApply(store: TableStore, caller: Caller, request: ApplyRequest): ApplyPlan | 'noScheme' {
  const scheme = schemeNamed(readSchemeBook(store), request.name);
  if (!scheme) return 'noScheme';
  const matched = readSchemeClients(store).filter((client) => filterAccepts(request.filter, client));
  const contacts = readSchemeContacts(store);
  const on = clientsOnScheme(scheme, contacts);
  const { team } = currentTeamView();
  let alreadyOn = 0;
  let notYours = 0;
  let noOwner = 0;
  const deputyFor = new Set<string>();
  const enrol: { id: string; owner: string }[] = [];
  for (const client of matched) {
    if (on.has(client.id)) alreadyOn++;
    else {
      const right = workCapacity(caller, [client.owner]);
      // A client nobody owns is a head's to give: the contacts are the head's until then.
      const owner = client.owner || (right?.kind === 'head' ? caller.email : '');
      if (!right) notYours++;
      else if (!activeMember(team, owner)) noOwner++;
      else {
        if (right.kind === 'deputy') deputyFor.add(right.forManager);
        enrol.push({ id: client.id, owner });
      }
    }
  }
  const { rows, enrolled } = enrolClients(scheme, enrol, contacts, request.startDay, companyCalendar());
  const counts = { matched: matched.length, enrolled: enrolled.length, alreadyOn, notYours, noOwner };
  return { scheme, rows, deputyFor: [...deputyFor], counts };
}

/** The plan's figures with its line in words. */
function summaryOf(t: Translator, plan: ApplyPlan): ApplySummary {
  const days = [...new Set(plan.rows.map((row) => row.plannedDay))].sort((a, b) => a - b);
  const { counts } = plan;
  const parts = [t('schemes.preview.new', { count: counts.enrolled })];
  if (counts.alreadyOn > 0) parts.push(t('schemes.preview.alreadyOn', { count: counts.alreadyOn }));
  if (counts.notYours > 0) parts.push(t('schemes.preview.notYours', { count: counts.notYours }));
  if (counts.noOwner > 0) parts.push(t('schemes.preview.noOwner', { count: counts.noOwner }));
  const first = days[0];
  const rows =
    first === undefined
      ? t('schemes.preview.noRows')
      : t('schemes.preview.rows', { count: plan.rows.length, date: dayInWords(t, first) });
  const line = t('schemes.preview.line', { count: counts.matched, parts: parts.join(', '), rows });
  return {
    ...counts,
    scheme: plan.scheme.name,
    rows: plan.rows.length,
    firstDates: days.slice(0, 5).map(dayToIso),
    line,
  };
}

/** `work` with the request checked, its failures said in the person's words. */
function withRequest<T extends object>(
  args: readonly [unknown, unknown, unknown],
  work: (t: Translator, request: ApplyRequest) => PageResult<T>,
): PageResult<T> {
  const t = currentTranslator();
  const request = readRequest(t, ...args);
  if ('ok' in request) return request;
  try {
    return work(t, request);
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

const noScheme = (t: Translator, name: string) =>
  refused(t('schemes.notFound', { name: name.slice(0, 100) }), [
    { field: 'scheme', message: t('schemes.notFound', { name: name.slice(0, 100) }) },
  ]);

/**
 * What applying `name` to the clients `filter` picks from `startDate` would do, writing nothing:
 * clients matched, already on it, not the caller's, the rows and the first days they fall on.
 */
export function previewApplyScheme(
  name: unknown,
  filter: unknown,
  startDate: unknown,
): PageResult<{ summary: ApplySummary }> {
  return withRequest([name, filter, startDate], (t, request) => {
    settleInterruptedWrites();
    const plan = planApply(activeStore(), currentCaller(), request);
    if (plan === 'noScheme') return noScheme(t, request.name);
    const summary = summaryOf(t, plan);
    return done(summary.line, { summary });
  });
}

/** The caller's stamp for a run over many clients, "deputy for …" each absent manager whose clients it touched. */
export function runStamp(deputyFor: readonly string[]): WriteStamp {
  const stamp = callerStamp();
  const deputy = deputyFor.length > 0 ? `deputy for ${deputyFor.join(', ')}` : '';
  return { ...stamp, as: [stamp.as ?? '', deputy].filter((part) => part !== '').join('; ') };
}

/**
 * Applies the scheme `name` to the clients `filter` picks, from `startDate`: every step of it a
 * contact-plan row for each client not on it yet that the caller may work on, on the step's day
 * moved off weekends and the company's holidays, owned by the client's owner. One block append per
 * 5,000 rows inside the document lock, one audit entry. Applying again writes nothing new.
 */
export function applyScheme(
  name: unknown,
  filter: unknown,
  startDate: unknown,
): PageResult<{ summary: ApplySummary }> {
  return withRequest([name, filter, startDate], (t, request) =>
    withDocumentLock(() => {
      const store = activeStore();
      const plan = planApply(store, currentCaller(), request);
      if (plan === 'noScheme') return noScheme(t, request.name);
      const summary = summaryOf(t, plan);
      if (plan.rows.length === 0) return done(t('schemes.applied.none', { line: summary.line }), { summary });
      const stamp = runStamp(plan.deputyFor);
      const ids = appendInBlocks(store, CONTACT_PLAN_TABLE, plan.rows.map(plannedStepRecord), stamp);
      const { line: _line, firstDates: _dates, ...figures } = summary;
      auditRun(store, stamp, {
        action: 'applyScheme',
        table: CONTACT_PLAN_TABLE.key,
        ids,
        after: { ...figures, start: dayToIso(request.startDay), filter: request.filter },
      });
      const message = t('schemes.applied', {
        rows: ids.length,
        clients: summary.enrolled,
        scheme: plan.scheme.name,
      });
      return done(message, { summary });
    }),
  );
}
