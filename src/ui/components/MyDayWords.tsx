/** What My day's components share: the types of the server's answers, and days and channels in words. */
import type { Translator } from '../../core/i18n/format';
import { choiceLabelKey, columnOf } from '../../core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../../core/tables/workTables';
import type { ServerClient } from '../client/serverClient';

/** My day as the server answers it. */
export type DayAnswer = Awaited<ReturnType<ServerClient['getMyDay']>>;
export type DayView = Extract<DayAnswer, { ok: true }>;
/** One entry of My day, as the server lists it. */
export type DayEntry = DayView['overdue'][number];
/** What logging an outcome answered. */
export type Logged = Extract<Awaited<ReturnType<ServerClient['logContactOutcome']>>, { ok: true }>;

const CHANNEL = columnOf(CONTACT_PLAN_TABLE, 'channel');

/** A channel in the reader's words. */
export const channelWords = (t: Translator, channel: string | null): string =>
  channel && CHANNEL.choices?.includes(channel) ? t(choiceLabelKey(CHANNEL, channel)) : (channel ?? '');

/** A day as a heading says it ("Fri 18 Dec"), in the page's language; the ISO date when Intl cannot. */
export function dayLabel(locale: string, iso: string): string {
  try {
    const format = new Intl.DateTimeFormat(locale === 'fil' ? 'fil-PH' : 'en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    return format.format(new Date(`${iso}T00:00:00Z`));
  } catch {
    return iso;
  }
}
