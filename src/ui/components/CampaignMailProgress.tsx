import type { Translator } from '../../core/i18n/format';
import type { MailStatus } from '../../server/mailCampaignStatus';

interface ProgressProps {
  readonly t: Translator;
  readonly status: MailStatus;
  readonly busy: boolean;
  readonly onContinue: (acceptTemplate: boolean) => void;
  readonly onCancel: () => void;
  readonly onResolve: (which: 'resendUnknown' | 'resendFailed' | 'unknownWasSent') => void;
}

/** A list of addresses with the action that sends to them again (none once the sending was stopped). */
function Addresses(props: {
  title: string;
  hint?: string;
  emails: readonly string[];
  action?: string;
  onAct?: () => void;
  /** A second action, e.g. noting the messages as sent. */
  other?: string;
  onOther?: () => void;
  busy: boolean;
  mine: boolean;
}) {
  if (props.emails.length === 0) return null;
  return (
    <div class="card">
      <h3>{props.title}</h3>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <ul>
        {props.emails.map((email) => (
          <li key={email}>{email}</li>
        ))}
      </ul>
      {props.mine && (props.action || props.other) ? (
        <div class="actions">
          {props.action && props.onAct ? (
            <button type="button" disabled={props.busy} onClick={props.onAct}>
              {props.action}
            </button>
          ) : null}
          {props.other && props.onOther ? (
            <button type="button" disabled={props.busy} onClick={props.onOther}>
              {props.other}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/**
 * What happens next to a paused sending: it goes on when its sender opens the page again (their
 * account, their quota: nobody else can continue it), or only after they decide (a changed message).
 */
function whatNext(t: Translator, status: MailStatus): string {
  const sender = status.sender;
  if (status.resumesOnOpen)
    return status.mayContinue ? t('mail.resumesOnOpenYours') : t('mail.resumesOnOpenOther', { sender });
  return status.mayContinue ? t('mail.pressContinue') : t('mail.senderDecides', { sender });
}

/** How the sending stands: progress, why it paused, what happens next, and what the person can do. */
export function CampaignMailProgress({ t, status, busy, onContinue, onCancel, onResolve }: ProgressProps) {
  const { counts } = status;
  const handled = counts.sent + counts.failed + counts.skipped + counts.unknown;
  const total = handled + counts.pending;
  const mine = status.quota !== null;
  // A stopped sending sends nothing more: its lists are shown, with no "send again".
  const resend = status.mayResend;
  const stopped = status.state === 'cancelled';
  return (
    <section aria-label={t(`mail.state.${status.state}`)} aria-live="polite">
      <h3>{t(`mail.state.${status.state}`)}</h3>
      <progress max={Math.max(total, 1)} value={handled} />
      <p>{t('mail.progress', { sent: counts.sent, total: status.total })}</p>
      <p class="muted">{t('mail.counts', { ...counts })}</p>
      <p class="muted">{t('mail.sender', { sender: status.sender })}</p>
      {status.state === 'paused' && status.pause ? (
        <p class="banner banner--confirm">{t(`mail.pause.${status.pause}`, { error: status.error })}</p>
      ) : null}
      {status.state === 'cancelled' && status.error ? (
        <p class="banner banner--error">{status.error}</p>
      ) : null}
      {status.state === 'paused' ? <p>{whatNext(t, status)}</p> : null}
      {status.quota !== null && status.state !== 'done' ? (
        <p>{t('mail.quota', { quota: status.quota })}</p>
      ) : null}
      <div class="actions">
        {status.mayContinue ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => onContinue(status.pause === 'templateChanged')}
          >
            {status.pause === 'templateChanged' ? t('mail.acceptTemplate') : t('mail.continue')}
          </button>
        ) : null}
        {status.mayCancel ? (
          <button type="button" disabled={busy} onClick={onCancel}>
            {t('mail.cancel')}
          </button>
        ) : null}
      </div>
      <Addresses
        title={t('mail.unknownHeading')}
        hint={stopped ? t('mail.stoppedHint') : t('mail.unknownHint')}
        emails={status.unknown}
        action={resend ? t('mail.requeueUnknown') : undefined}
        onAct={() => onResolve('resendUnknown')}
        other={t('mail.markUnknownSent')}
        onOther={() => onResolve('unknownWasSent')}
        busy={busy}
        mine={mine}
      />
      <Addresses
        title={t('mail.failedHeading')}
        hint={stopped && status.unknown.length === 0 ? t('mail.stoppedHint') : undefined}
        emails={status.failed}
        action={resend ? t('mail.requeueFailed') : undefined}
        onAct={() => onResolve('resendFailed')}
        busy={busy}
        mine={mine}
      />
    </section>
  );
}
