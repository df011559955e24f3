import { useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { INVITEE_STATUSES } from '../../core/tables/inviteeTable';
import { serverClient } from '../client/serverClient';
import { type BannerMessage, FormBanner } from './FormBanner';

/** An invitee as the page lists it. */
interface InviteeItem {
  readonly id: string;
  readonly clientName: string;
  readonly personName: string;
  readonly status: string;
  readonly channel: string;
}

interface InviteesProps {
  readonly t: Translator;
  readonly campaignId: string;
  readonly invitees: readonly InviteeItem[];
  /** Whether attendance is marked (a presentation, show or exhibition; not a fax campaign). */
  readonly attendance: boolean;
  readonly onSaved: () => void;
}

const failureText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The invitees with a status each (changed here, then saved together), or their channel for a fax campaign. */
export function EventInvitees({ t, campaignId, invitees, attendance, onSaved }: InviteesProps) {
  const [marks, setMarks] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<BannerMessage>(null);
  const [busy, setBusy] = useState(false);
  const changed = invitees.filter((row) => marks[row.id] !== undefined && marks[row.id] !== row.status);

  const save = async () => {
    setBusy(true);
    try {
      const answer = await serverClient.markAttendance(
        campaignId,
        changed.map((row) => ({ inviteeId: row.id, status: marks[row.id] })),
      );
      setBanner({ kind: answer.ok ? 'ok' : 'error', text: answer.message });
      if (answer.ok) {
        setMarks({});
        onSaved();
      }
    } catch (error) {
      setBanner({ kind: 'error', text: failureText(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset>
      <legend>{t('events.list.title')}</legend>
      {invitees.length === 0 ? <p class="muted">{t('events.list.empty')}</p> : null}
      <ul class="invitees" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {invitees.map((row) => (
          <li key={row.id} class="field">
            <label for={`invitee-${row.id}`}>
              {row.clientName}
              {row.personName ? ` — ${row.personName}` : ''}{' '}
              <span class="muted">({t(`choice.channel.${row.channel}` as Parameters<Translator>[0])})</span>
            </label>
            {attendance ? (
              <select
                id={`invitee-${row.id}`}
                name={row.id}
                value={marks[row.id] ?? row.status}
                onChange={(e) => setMarks({ ...marks, [row.id]: e.currentTarget.value })}
              >
                {INVITEE_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`choice.inviteeStatus.${status}`)}
                  </option>
                ))}
              </select>
            ) : null}
          </li>
        ))}
      </ul>
      <FormBanner banner={banner} />
      {attendance && invitees.length > 0 ? (
        <button
          type="button"
          class="primary"
          disabled={busy || changed.length === 0}
          onClick={() => void save()}
        >
          {busy ? t('events.list.saving') : t('events.list.save')}
        </button>
      ) : null}
    </fieldset>
  );
}
