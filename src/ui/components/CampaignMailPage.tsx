import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import type { MailPreview } from '../../server/mailCampaign';
import type { MailStatus } from '../../server/mailCampaignStatus';
import { type ServerClient, serverClient } from '../client/serverClient';
import { FilterFields, TemplateFields } from './CampaignMailFields';
import { CampaignMailPreview } from './CampaignMailPreview';
import { CampaignMailProgress } from './CampaignMailProgress';

type PageData = Extract<Awaited<ReturnType<ServerClient['getCampaignMailPage']>>, { ok: true }>;
type Banner = { kind: 'ok' | 'error'; text: string } | null;
type Filter = Record<string, string[]>;

const POLL_MS = 3000;

/**
 * E-mail a campaign: choose it, write the message with merge fields, choose who receives it,
 * preview the first messages as they will arrive, send a test to oneself, confirm the count against
 * the day's quota, then follow the sending. The page keeps it going while it is open, and a sending
 * of the person's own that stopped early (the quota, the time, a cut-off) goes on when they open the
 * page again: it opens on that campaign and continues it. Nothing else continues it: the mail goes
 * from the sender's account, on their quota.
 */
export function CampaignMailPage({ t }: { readonly t: Translator }) {
  const [data, setData] = useState<PageData | null>(null);
  const [campaignId, setCampaignId] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [saved, setSaved] = useState({ subject: '', body: '' });
  const [filter, setFilter] = useState<Filter>({});
  const [throttle, setThrottle] = useState('0');
  const [preview, setPreview] = useState<MailPreview | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [status, setStatus] = useState<MailStatus | null>(null);
  const [banner, setBanner] = useState<Banner>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);

  // Loads once, when the page opens.
  useEffect(() => {
    serverClient.getCampaignMailPage().then(
      (answer) => {
        if (!answer.ok) {
          setBanner({ kind: 'error', text: answer.message });
          return;
        }
        setData(answer);
        // The person's own sending that is not finished: open on it (and continue it, see choose).
        const waiting = answer.campaigns.find((campaign) => campaign.waiting);
        if (waiting) choose(waiting.id, answer.campaigns);
      },
      (error: Error) => setBanner({ kind: 'error', text: error.message }),
    );
  }, []);

  // While a sending call runs, poll how far it got; the call itself may take minutes.
  useEffect(() => {
    if (!busy || !campaignId) return undefined;
    const timer = setInterval(() => {
      if (!sending.current) return;
      void serverClient.getCampaignMailStatus(campaignId).then((answer) => {
        if (answer.ok && answer.status) setStatus(answer.status);
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [busy, campaignId]);

  /**
   * Shows campaign `id` and how its sending stands; when that is the person's own sending that
   * stopped early and can go on now (quota left, nothing else sending it), continues it.
   */
  const choose = (id: string, campaigns: PageData['campaigns'] = data?.campaigns ?? []) => {
    const campaign = campaigns.find((c) => c.id === id);
    setCampaignId(id);
    setSubject(campaign?.subject ?? '');
    setBody(campaign?.body ?? '');
    setSaved({ subject: campaign?.subject ?? '', body: campaign?.body ?? '' });
    setPreview(null);
    setConfirmed(false);
    setStatus(null);
    if (!id) return;
    void serverClient.getCampaignMailStatus(id).then((answer) => {
      if (!answer.ok) return;
      setStatus(answer.status);
      if (answer.status?.continueNow) {
        const notice = t('mail.continuingOnOpen', { name: campaign?.name ?? id });
        void proceed(false, id, { kind: 'ok', text: notice });
      }
    });
  };

  const run = async <R extends { ok: boolean; message: string }>(
    call: () => Promise<R>,
    after: (r: R) => void,
    first: Banner = null,
  ) => {
    setBusy(true);
    setBanner(first);
    try {
      const answer = await call();
      if (answer.message) setBanner({ kind: answer.ok ? 'ok' : 'error', text: answer.message });
      after(answer);
    } catch (error) {
      setBanner({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const saveTemplate = () =>
    run(
      () =>
        serverClient.updateRecord(
          'campaigns',
          campaignId,
          { mailSubject: subject, mailBody: body },
          {
            mailSubject: saved.subject,
            mailBody: saved.body,
          },
        ),
      (answer) => {
        if (!answer.ok) return;
        setSaved({ subject, body });
        setBanner({ kind: 'ok', text: t('mail.templateSaved') });
      },
    );
  const doPreview = () =>
    run(
      () => serverClient.previewCampaignMail(campaignId, filter),
      (answer) => {
        setConfirmed(false);
        setPreview(answer.ok ? answer : null);
        if (answer.ok) setStatus(answer.status);
      },
    );
  const keepSending = (answer: { ok: boolean; status?: MailStatus }) => {
    if (!answer.ok || !answer.status) return;
    setStatus(answer.status);
    setPreview(null);
    // A run that used its time goes on in a new execution while the page is open.
    if (answer.status.state === 'paused' && answer.status.pause === 'time')
      void proceed(false, answer.status.campaignId);
  };
  const sendCall = <R extends { ok: boolean; message: string }>(
    call: () => Promise<R>,
    after: (r: R) => void,
    first: Banner = null,
  ) => {
    sending.current = true;
    return run(call, after, first).finally(() => {
      sending.current = false;
    });
  };
  const start = () =>
    sendCall(
      () =>
        serverClient.startCampaignMail(campaignId, filter, preview?.recipientCount ?? -1, {
          throttleSeconds: throttle,
        }),
      keepSending,
    );
  /** Continues campaign `id`'s sending (named, as a call may come from an earlier render). */
  const proceed = (acceptTemplate: boolean, id: string = campaignId, first: Banner = null): Promise<void> =>
    sendCall(() => serverClient.continueCampaignMail(id, acceptTemplate), keepSending, first);

  if (!data) return banner ? <p class="banner banner--error">{banner.text}</p> : <p aria-busy="true">…</p>;
  const changed = subject !== saved.subject || body !== saved.body;
  return (
    <main>
      <h2>{t('mail.title')}</h2>
      {banner ? (
        <p class={`banner banner--${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'}>
          {banner.text}
        </p>
      ) : null}
      {data.campaigns.length === 0 ? <p>{t('mail.noCampaigns')}</p> : null}
      <label class="field">
        {t('mail.campaign')}
        <select value={campaignId} onChange={(e) => choose(e.currentTarget.value)}>
          <option value="">{t('mail.chooseCampaign')}</option>
          {data.campaigns.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.name} ({campaign.id}){campaign.waiting ? ` — ${t('mail.waitingMark')}` : ''}
            </option>
          ))}
        </select>
      </label>
      {campaignId ? (
        <>
          <TemplateFields
            t={t}
            fields={data.mergeFields}
            subject={subject}
            body={body}
            onSubject={setSubject}
            onBody={setBody}
          />
          <div class="actions">
            <button type="button" disabled={busy || !changed} onClick={saveTemplate}>
              {t('mail.saveTemplate')}
            </button>
          </div>
          <FilterFields
            t={t}
            data={data}
            filter={filter}
            onChange={(f) => {
              setFilter(f);
              setPreview(null);
            }}
          />
          <label class="field">
            {t('mail.throttle')}
            <input
              type="number"
              min={0}
              max={10}
              value={throttle}
              onInput={(e) => setThrottle(e.currentTarget.value)}
            />
            <span class="hint">{t('mail.throttleHint')}</span>
          </label>
          <div class="actions">
            <button type="button" disabled={busy || changed} onClick={doPreview}>
              {busy ? t('mail.working') : t('mail.preview')}
            </button>
            <button
              type="button"
              disabled={busy || changed}
              onClick={() =>
                run(
                  () => serverClient.sendTestMail(campaignId, filter),
                  () => {},
                )
              }
            >
              {t('mail.testSend')}
            </button>
          </div>
          {preview ? (
            <CampaignMailPreview
              t={t}
              preview={preview}
              confirmed={confirmed}
              onConfirm={setConfirmed}
              onSend={start}
              busy={busy}
            />
          ) : null}
          {status ? (
            <CampaignMailProgress
              t={t}
              status={status}
              busy={busy}
              onContinue={(accept) => void proceed(accept)}
              onCancel={() =>
                run(
                  () => serverClient.cancelCampaignMail(campaignId),
                  (a) => a.ok && setStatus(a.status),
                )
              }
              onResolve={(which) =>
                run(
                  () => serverClient.resolveCampaignMail(campaignId, which),
                  (a) => a.ok && setStatus(a.status),
                )
              }
            />
          ) : null}
        </>
      ) : null}
    </main>
  );
}
