/**
 * The daily digest in words (digest.ts computes it): the subject, the plain body and the HTML body
 * of a manager's digest and of a head's summary, in the reader's language. Both bodies are drawn
 * from the same sections; in the HTML every piece of text — the catalog's and the workbook's
 * (client names, obligations typed by hand) — is escaped with mailMerge's escapeHtml.
 */
import { dayToIso } from '../analysis/days';
import type { MessageKey } from '../i18n/en';
import type { Translator } from '../i18n/format';
import { choiceLabelKey, columnOf, type TableSpec } from '../tables/tableSpec';
import { CLAIMS_TABLE, CONTACT_PLAN_TABLE } from '../tables/workTables';
import {
  countsOf,
  type DigestCounts,
  type DigestItem,
  type DigestList,
  type HeadDigest,
  type HeadSummary,
  type PersonDigest,
} from './digest';
import { escapeHtml } from './mailMerge';

/** What every digest mail says besides its items. */
export interface DigestMailContext {
  readonly t: Translator;
  /** The workbook's name and address. */
  readonly workbook: string;
  readonly url: string;
  /** Today, YYYY-MM-DD. */
  readonly date: string;
  /** The setting of days within which a claim or obligation counts (digest.ts's dueDays). */
  readonly dueDays: number;
  /** Members' names by e-mail key (an e-mail not in it is said as itself). */
  readonly names: ReadonlyMap<string, string>;
  /** Whose account it goes from: the head who turned it on. */
  readonly sender: string;
}

/** One mail of the digest. */
export interface DigestMail {
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
}

/** A titled block of lines (a list when `list`). */
interface Section {
  readonly heading: string | null;
  readonly lines: readonly string[];
  readonly list: boolean;
}

const nameOf = (ctx: DigestMailContext, email: string | null) =>
  email === null ? ctx.t('digest.nobody') : (ctx.names.get(email) ?? email);

/** A stored choice's label, or the text as typed. */
function choiceText(t: Translator, table: TableSpec, key: string, value: string | null): string {
  if (value === null) return '—';
  const column = columnOf(table, key);
  return column.choices?.includes(value) ? t(choiceLabelKey(column, value)) : value;
}

function whenOf(t: Translator, daysLate: number): string {
  if (daysLate > 1) return t('digest.daysLate', { days: daysLate });
  if (daysLate === 1) return t('digest.dayLate');
  if (daysLate === 0) return t('digest.dueToday');
  return daysLate === -1 ? t('digest.dayLeft') : t('digest.daysLeft', { days: -daysLate });
}

type Kind = 'contact' | 'claim' | 'obligation';

function itemLine(ctx: DigestMailContext, kind: Kind, item: DigestItem): string {
  const what =
    kind === 'contact'
      ? choiceText(ctx.t, CONTACT_PLAN_TABLE, 'channel', item.what)
      : kind === 'claim'
        ? choiceText(ctx.t, CLAIMS_TABLE, 'category', item.what)
        : (item.what ?? '—');
  const params = {
    client: item.clientName,
    what,
    date: dayToIso(item.day),
    when: whenOf(ctx.t, item.daysLate),
  };
  const line = ctx.t(kind === 'contact' ? 'digest.lineContact' : 'digest.lineDue', params);
  return item.forManager
    ? `${line} — ${ctx.t('digest.forManager', { name: nameOf(ctx, item.forManager) })}`
    : line;
}

function listSection(
  ctx: DigestMailContext,
  heading: MessageKey,
  kind: Kind,
  list: DigestList,
): Section | null {
  if (list.count === 0) return null;
  const lines = list.items.map((item) => itemLine(ctx, kind, item));
  if (list.count > list.items.length)
    lines.push(ctx.t('digest.more', { count: list.count - list.items.length }));
  return { heading: ctx.t(heading, { count: list.count, days: ctx.dueDays }), lines, list: true };
}

/** A person's four lists, and the note of whom they cover. */
function personSections(ctx: DigestMailContext, digest: PersonDigest): Section[] {
  const sections: (Section | null)[] = [
    digest.covering.length > 0
      ? {
          heading: null,
          lines: [ctx.t('digest.covering', { names: digest.covering.map((e) => nameOf(ctx, e)).join(', ') })],
          list: false,
        }
      : null,
    listSection(ctx, 'digest.overdue', 'contact', digest.overdue),
    listSection(ctx, 'digest.today', 'contact', digest.today),
    listSection(ctx, 'digest.claims', 'claim', digest.claims),
    listSection(ctx, 'digest.obligations', 'obligation', digest.obligations),
  ];
  return sections.filter((s): s is Section => s !== null);
}

const countParams = (c: DigestCounts) => ({ ...c });

/** The heads' summary: a line per manager, the totals, who covers whom. */
function summarySections(ctx: DigestMailContext, summary: HeadSummary): Section[] {
  const lines = summary.lines.map((line) => {
    const text = ctx.t('digest.summaryLine', { name: nameOf(ctx, line.email), ...countParams(line.counts) });
    if (line.awayUntil === null) return text;
    return text + ctx.t('digest.awayLine', { until: line.awayUntil, deputy: nameOf(ctx, line.coveredBy) });
  });
  const covers = summary.lines
    .filter((line) => line.awayUntil !== null)
    .map((line) =>
      ctx.t('digest.coverLine', {
        deputy: nameOf(ctx, line.coveredBy),
        manager: nameOf(ctx, line.email),
        until: line.awayUntil ?? '',
      }),
    );
  return [
    {
      heading: ctx.t('digest.perManager'),
      lines: lines.length > 0 ? lines : [ctx.t('digest.noManagers')],
      list: lines.length > 0,
    },
    { heading: null, lines: [ctx.t('digest.totals', countParams(summary.totals))], list: false },
    {
      heading: ctx.t('digest.covers'),
      lines: covers.length > 0 ? covers : [ctx.t('digest.noCovers')],
      list: covers.length > 0,
    },
  ];
}

function textOf(intro: readonly string[], sections: readonly Section[], ctx: DigestMailContext): string {
  const blocks = [intro.join('\n')];
  for (const s of sections) {
    const lines = s.lines.map((line) => (s.list ? `- ${line}` : line));
    blocks.push([...(s.heading ? [s.heading] : []), ...lines].join('\n'));
  }
  blocks.push(`${ctx.t('digest.openLink', { workbook: ctx.workbook })}: ${ctx.url}`);
  blocks.push(ctx.t('digest.footer', { sender: ctx.sender }));
  return `${blocks.join('\n\n')}\n`;
}

function htmlOf(intro: readonly string[], sections: readonly Section[], ctx: DigestMailContext): string {
  const parts = [`<p>${intro.map(escapeHtml).join('<br>')}</p>`];
  for (const s of sections) {
    if (s.heading) parts.push(`<h3 style="margin:16px 0 4px">${escapeHtml(s.heading)}</h3>`);
    if (s.list) parts.push(`<ul>${s.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`);
    else parts.push(s.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(''));
  }
  const link = escapeHtml(ctx.t('digest.openLink', { workbook: ctx.workbook }));
  parts.push(`<p><a href="${escapeHtml(ctx.url)}">${link}</a></p>`);
  parts.push(
    `<p style="font-size:12px;color:#5f6368">${escapeHtml(ctx.t('digest.footer', { sender: ctx.sender }))}</p>`,
  );
  return parts.join('\n');
}

function mailOf(
  subject: string,
  intro: readonly string[],
  sections: readonly Section[],
  ctx: DigestMailContext,
): DigestMail {
  return { subject, textBody: textOf(intro, sections, ctx), htmlBody: htmlOf(intro, sections, ctx) };
}

const subjectParams = (ctx: DigestMailContext, c: DigestCounts) => ({
  date: ctx.date,
  overdue: c.overdue,
  today: c.today,
  urgent: c.claims + c.obligations,
});

/** A manager's digest as one mail, in `ctx.t`'s language. */
export function personDigestMail(digest: PersonDigest, ctx: DigestMailContext): DigestMail {
  const intro = [
    ctx.t('digest.greeting', { name: nameOf(ctx, digest.email) }),
    ctx.t('digest.intro', { workbook: ctx.workbook, date: ctx.date }),
  ];
  return mailOf(
    ctx.t('digest.subject', subjectParams(ctx, countsOf(digest))),
    intro,
    personSections(ctx, digest),
    ctx,
  );
}

/** A head's mail: the team's summary, then their own items when they have some. */
export function headDigestMail(summary: HeadSummary, head: HeadDigest, ctx: DigestMailContext): DigestMail {
  const intro = [
    ctx.t('digest.greeting', { name: nameOf(ctx, head.email) }),
    ctx.t('digest.headIntro', { workbook: ctx.workbook, date: ctx.date }),
  ];
  const own = head.own ? personSections(ctx, head.own) : [];
  const sections = [
    ...summarySections(ctx, summary),
    ...(own.length > 0 ? [{ heading: ctx.t('digest.yourOwn'), lines: [], list: false }, ...own] : []),
  ];
  return mailOf(ctx.t('digest.headSubject', subjectParams(ctx, summary.totals)), intro, sections, ctx);
}
