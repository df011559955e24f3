import { useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { CLIENTS_TABLE } from '../../core/tables/clientsTable';
import { choiceLabelKey, columnOf } from '../../core/tables/tableSpec';
import { serverClient } from '../client/serverClient';
import { ClientPicker } from './ClientPicker';
import { type BannerMessage, FormBanner } from './FormBanner';

/** The filter lists the invitation offers (a small subset of the schemes sidebar's), by Clients column. */
const FILTERS = [
  { key: 'segments', column: 'segment', choices: 'segments' },
  { key: 'tiers', column: 'tier', choices: 'tiers' },
  { key: 'statuses', column: 'status', choices: 'statuses' },
  { key: 'owners', column: 'owner', choices: 'owners' },
] as const;

type FilterKey = (typeof FILTERS)[number]['key'];

interface InviteProps {
  readonly t: Translator;
  readonly campaignId: string;
  /** The campaign's own channel: an event's invitations may go by it or by fax; a fax campaign's by fax. */
  readonly channel: string;
  readonly choices: Readonly<Record<(typeof FILTERS)[number]['choices'], readonly string[]>>;
  readonly onInvited: () => void;
}

const failureText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A filter value as the person reads it. */
function choiceText(t: Translator, columnKey: string, value: string): string {
  const column = columnOf(CLIENTS_TABLE, columnKey);
  return column.choices?.includes(value) ? t(choiceLabelKey(column, value)) : value;
}

/** Inviting: one client or the clients a filter picks, whom at each, by which channel. */
export function EventInvite({ t, campaignId, channel, choices, onInvited }: InviteProps) {
  const [clientId, setClientId] = useState('');
  const [filter, setFilter] = useState<Record<FilterKey, string>>({
    segments: '',
    tiers: '',
    statuses: '',
    owners: '',
  });
  const [personChoice, setPersonChoice] = useState('primary');
  const [by, setBy] = useState(channel);
  const [banner, setBanner] = useState<BannerMessage>(null);
  const [busy, setBusy] = useState(false);
  const channels = channel === 'fax' ? ['fax'] : [channel, 'fax'];

  const invite = async () => {
    setBusy(true);
    setBanner({ kind: 'ok', text: t('events.invite.working') });
    const lists = Object.fromEntries(FILTERS.map((f) => [f.key, filter[f.key] ? [filter[f.key]] : []]));
    try {
      const answer = await serverClient.inviteToCampaign(
        campaignId,
        { filter: { ...lists, clientIds: clientId ? [clientId] : [] }, personChoice },
        channels.includes(by) ? by : channel,
      );
      setBanner({ kind: answer.ok ? 'ok' : 'error', text: answer.message });
      if (answer.ok) onInvited();
    } catch (error) {
      setBanner({ kind: 'error', text: failureText(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset>
      <legend>{t('events.invite.title')}</legend>
      <div class="field">
        <label for="invite-client">{t('events.invite.client')}</label>
        <ClientPicker
          id="invite-client"
          name="clientId"
          value={clientId}
          invalid={false}
          describedBy={undefined}
          t={t}
          onChange={setClientId}
        />
      </div>
      {clientId
        ? null
        : FILTERS.map((f) => (
            <div class="field" key={f.key}>
              <label for={`invite-${f.key}`}>{t(columnOf(CLIENTS_TABLE, f.column).label)}</label>
              <select
                id={`invite-${f.key}`}
                value={filter[f.key]}
                onChange={(e) => setFilter({ ...filter, [f.key]: e.currentTarget.value })}
              >
                <option value="">{t('schemes.filter.any')}</option>
                {choices[f.choices].map((value) => (
                  <option key={value} value={value}>
                    {choiceText(t, f.column, value)}
                  </option>
                ))}
              </select>
            </div>
          ))}
      <div class="field">
        <label for="invite-person">{t('events.invite.personChoice')}</label>
        <select
          id="invite-person"
          value={personChoice}
          onChange={(e) => setPersonChoice(e.currentTarget.value)}
        >
          <option value="primary">{t('events.invite.primary')}</option>
          <option value="decisionMakers">{t('events.invite.decisionMakers')}</option>
        </select>
      </div>
      <div class="field">
        <label for="invite-channel">{t('events.invite.channel')}</label>
        <select id="invite-channel" value={by} onChange={(e) => setBy(e.currentTarget.value)}>
          {channels.map((c) => (
            <option key={c} value={c}>
              {t(`choice.channel.${c}` as Parameters<Translator>[0])}
            </option>
          ))}
        </select>
      </div>
      <FormBanner banner={banner} />
      <button type="button" class="primary" disabled={busy} onClick={() => void invite()}>
        {busy ? t('events.invite.working') : t('events.invite.button')}
      </button>
    </fieldset>
  );
}
