import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { type ServerClient, serverClient } from '../client/serverClient';
import { EventInvite } from './EventInvite';
import { EventInvitees } from './EventInvitees';
import { EventLeadForm } from './EventLeadForm';
import { type BannerMessage, FormBanner } from './FormBanner';

type PageData = Extract<Awaited<ReturnType<ServerClient['getEventCampaign']>>, { ok: true }>;

const EVENTS = ['presentation', 'show', 'exhibition'];
const failureText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The fax part: open the printable invitations; send them through the gateway when one is set. */
function FaxActions({
  t,
  campaignId,
  gateway,
  onSent,
}: {
  t: Translator;
  campaignId: string;
  gateway: boolean;
  onSent: () => void;
}) {
  const [banner, setBanner] = useState<BannerMessage>(null);
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<{ ok: boolean; message: string }>) => {
    setBusy(true);
    try {
      const answer = await call();
      setBanner({ kind: answer.ok ? 'ok' : 'error', text: answer.message });
      if (answer.ok) onSent();
    } catch (error) {
      setBanner({ kind: 'error', text: failureText(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="actions">
      <FormBanner banner={banner} />
      <button
        type="button"
        disabled={busy}
        onClick={() => void run(() => serverClient.showFaxInvitations(campaignId))}
      >
        {t('events.fax.printButton')}
      </button>
      {gateway ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => serverClient.sendFaxInvitations(campaignId))}
        >
          {t('events.fax.sendButton')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A presentation, show, exhibition or fax campaign: pick it, see its invitees by status, invite
 * clients, mark attendance (attending puts the client on the campaign's follow-up scheme), add a lead
 * met there, and print or send the fax invitations.
 */
export function EventCampaignPage({ t }: { readonly t: Translator }) {
  const [data, setData] = useState<PageData | null>(null);
  const [campaignId, setCampaignId] = useState('');
  const [banner, setBanner] = useState<BannerMessage>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    serverClient.getEventCampaign(campaignId || null).then(
      (answer) => {
        if (!current) return;
        if (answer.ok) {
          setData(answer);
          setBanner(null);
        } else setBanner({ kind: 'error', text: answer.message });
      },
      (error: unknown) => current && setBanner({ kind: 'error', text: failureText(error) }),
    );
    return () => {
      current = false;
    };
  }, [campaignId, version]);
  const reload = () => setVersion((v) => v + 1);
  if (!data) return banner ? <FormBanner banner={banner} /> : <p aria-busy="true">…</p>;
  const campaign = data.campaign;
  return (
    <div>
      <h1>{t('events.title')}</h1>
      <FormBanner banner={banner} />
      {data.campaigns.length === 0 ? <p class="muted">{t('events.empty')}</p> : null}
      <div class="field">
        <label for="event-campaign">{t('events.pick')}</label>
        <select id="event-campaign" value={campaignId} onChange={(e) => setCampaignId(e.currentTarget.value)}>
          <option value="">{t('events.pickNone')}</option>
          {data.campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {`${c.name} (${t(`choice.channel.${c.channel}` as Parameters<Translator>[0])}${c.date ? `, ${c.date}` : ''})`}
            </option>
          ))}
        </select>
      </div>
      {campaign ? (
        <div key={campaign.id}>
          <p role="status">{t('events.counts', data.counts)}</p>
          {EVENTS.includes(campaign.channel) ? (
            <p class="muted">
              {campaign.followUpScheme
                ? t('events.followUpIs', { scheme: campaign.followUpScheme })
                : t('events.followUpNone')}
            </p>
          ) : null}
          <EventInvite
            t={t}
            campaignId={campaign.id}
            channel={campaign.channel}
            choices={data.choices}
            onInvited={reload}
          />
          <EventInvitees
            t={t}
            campaignId={campaign.id}
            invitees={data.invitees}
            attendance={EVENTS.includes(campaign.channel)}
            onSaved={reload}
          />
          {EVENTS.includes(campaign.channel) ? (
            <EventLeadForm t={t} campaignId={campaign.id} onAdded={reload} />
          ) : null}
          <FaxActions t={t} campaignId={campaign.id} gateway={data.faxGateway} onSent={reload} />
          <button type="button" class="link" onClick={reload}>
            {t('events.refresh')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
