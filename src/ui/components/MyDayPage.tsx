import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { serverClient } from '../client/serverClient';
import { MyDayEntry } from './MyDayEntry';
import { type DayAnswer, type DayEntry, type DayView, dayLabel } from './MyDayWords';

/** The entries of one group, in the order the server gave (date, then client). */
function EntryList({ t, locale, entries }: { t: Translator; locale: string; entries: readonly DayEntry[] }) {
  return (
    <ul class="myday-list">
      {entries.map((entry) => (
        <MyDayEntry key={entry.id} t={t} locale={locale} entry={entry} />
      ))}
    </ul>
  );
}

/** The next seven days, one small heading per day. */
function AheadByDay({ t, locale, entries }: { t: Translator; locale: string; entries: readonly DayEntry[] }) {
  const days = [...new Set(entries.map((entry) => entry.plannedDate))];
  return (
    <>
      {days.map((day) => (
        <div key={day}>
          <h3 class="myday-day">{dayLabel(locale, day)}</h3>
          <EntryList t={t} locale={locale} entries={entries.filter((entry) => entry.plannedDate === day)} />
        </div>
      ))}
    </>
  );
}

/** One group: its title with the count, its entries, and how many more the sheet holds. */
function Group(props: {
  t: Translator;
  id: string;
  title: string;
  count: number;
  children: preact.ComponentChildren;
  listed: number;
}) {
  const { t, id, title, count, children, listed } = props;
  if (count === 0) return null;
  return (
    <section class="myday-group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      {count > listed ? <p class="muted">{t('myDay.more', { count: count - listed })}</p> : null}
    </section>
  );
}

/** My day read from the server, again on `refresh` (what is shown stays meanwhile). */
function useMyDay() {
  const [answer, setAnswer] = useState<DayAnswer | null>(null);
  const [loading, setLoading] = useState(true);
  // Grows with every answer: the entries are drawn afresh, so one logged before shows its actions again.
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => {
    setLoading(true);
    serverClient
      .getMyDay()
      .then(setAnswer, (error: Error) => setAnswer({ ok: false, message: error.message, fieldErrors: [] }))
      .finally(() => {
        setLoading(false);
        setVersion((n) => n + 1);
      });
  }, []);
  useEffect(refresh, []);
  return { answer, loading, refresh, version };
}

/**
 * My day: the person's contacts overdue, today and in the next seven days, each group counted, the
 * last by day; a deputy's entries for an absent manager marked. Each entry logs its outcome in place
 * and shows the proposed next step. Refresh reads it again.
 */
export function MyDayPage({ t, locale }: { t: Translator; locale: string }) {
  const { answer, loading, refresh, version } = useMyDay();
  const view: DayView | null = answer?.ok ? answer : null;
  const total = view ? view.counts.overdue + view.counts.today + view.counts.ahead : 0;
  return (
    <div class="card myday">
      <div class="myday-top">
        <h1>{t('myDay.title')}</h1>
        <button type="button" onClick={refresh} disabled={loading} aria-busy={loading}>
          {t('myDay.refresh')}
        </button>
      </div>
      {!answer ? <p aria-busy="true">{t('form.loading')}</p> : null}
      {answer && !answer.ok ? (
        <div class="banner banner--error" role="alert">
          {answer.message}
        </div>
      ) : null}
      {view && view.forOthers > 0 ? (
        <p class="banner banner--confirm">{t('myDay.forOthers', { count: view.forOthers })}</p>
      ) : null}
      {view && total === 0 ? <p class="muted">{t('myDay.empty', { days: view.aheadDays })}</p> : null}
      {view ? (
        <div key={version}>
          <Group
            t={t}
            id="myday-overdue"
            title={t('myDay.overdue', { count: view.counts.overdue })}
            count={view.counts.overdue}
            listed={view.overdue.length}
          >
            <EntryList t={t} locale={locale} entries={view.overdue} />
          </Group>
          <Group
            t={t}
            id="myday-today"
            title={t('myDay.today', { count: view.counts.today })}
            count={view.counts.today}
            listed={view.today.length}
          >
            <EntryList t={t} locale={locale} entries={view.today} />
          </Group>
          <Group
            t={t}
            id="myday-ahead"
            title={t('myDay.ahead', { days: view.aheadDays, count: view.counts.ahead })}
            count={view.counts.ahead}
            listed={view.ahead.length}
          >
            <AheadByDay t={t} locale={locale} entries={view.ahead} />
          </Group>
        </div>
      ) : null}
    </div>
  );
}
