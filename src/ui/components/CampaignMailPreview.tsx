import type { Translator } from '../../core/i18n/format';
import type { MailPreview } from '../../server/mailCampaign';

/** One message as it will arrive: its subject, its recipient, its HTML in a sandbox that runs nothing. */
function MessageView({ t, message }: { t: Translator; message: MailPreview['messages'][number] }) {
  return (
    <div class="card">
      <p class="muted">{t('mail.to', { name: message.name, to: message.to })}</p>
      <p>
        <strong>{message.subject}</strong>
      </p>
      {/* An empty sandbox: no scripts, no forms, no navigation, whatever the message holds. */}
      <iframe
        title={message.subject}
        sandbox=""
        srcdoc={message.htmlBody}
        style={{ width: '100%', height: '16rem', border: '1px solid #dadce0' }}
      />
      {message.emptyFields.length > 0 ? (
        <p class="hint">{t('mail.emptyFields', { fields: message.emptyFields.join(', ') })}</p>
      ) : null}
    </div>
  );
}

interface PreviewProps {
  readonly t: Translator;
  readonly preview: MailPreview;
  readonly confirmed: boolean;
  readonly onConfirm: (on: boolean) => void;
  readonly onSend: () => void;
  readonly busy: boolean;
}

/** The preview: the count against the quota, who is skipped and why, the first messages, the confirmation. */
export function CampaignMailPreview({ t, preview, confirmed, onConfirm, onSend, busy }: PreviewProps) {
  const count = preview.recipientCount;
  const mayStart = count > 0 && preview.status === null;
  return (
    <section aria-label={t('mail.preview')}>
      <p class="summary">{t('mail.recipients', { count })}</p>
      <p>{t('mail.quota', { quota: preview.quota })}</p>
      {count > preview.quota ? (
        <p class="banner banner--confirm">{t('mail.overQuota', { count, quota: preview.quota })}</p>
      ) : null}
      {preview.skipped.length > 0 ? (
        <>
          <h3>{t('mail.skippedHeading')}</h3>
          <ul>
            {preview.skipped.map((skip) => (
              <li key={skip.reason}>
                {skip.label}: {skip.count}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {preview.notYours > 0 ? <p class="muted">{t('mail.notYours', { count: preview.notYours })}</p> : null}
      <h3>{t('mail.messagesHeading')}</h3>
      {preview.messages.map((message) => (
        <MessageView key={message.to} t={t} message={message} />
      ))}
      {mayStart ? (
        <div class="actions">
          <label>
            <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.currentTarget.checked)} />{' '}
            {t('mail.confirmCheck', { count })}
          </label>
          <button type="button" disabled={!confirmed || busy} onClick={onSend}>
            {t('mail.send', { count })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
