import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { type ServerClient, serverClient } from '../client/serverClient';

type Summary = Extract<Awaited<ReturnType<ServerClient['previewSchemeUpdate']>>, { ok: true }>['summary'];

interface OfferProps {
  readonly t: Translator;
  readonly scheme: string;
  /** Told once the update was written, to read the counts again. */
  readonly onDone: () => void;
  readonly onClose: () => void;
}

/**
 * The offer after a scheme was edited: what would change for the clients already on it (rows that
 * move, change, are cancelled or added, counted), then "Update them" writes it. Nothing changes
 * until the person confirms.
 */
export function SchemeOffer({ t, scheme, onDone, onClose }: OfferProps) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(true);
  const [applied, setApplied] = useState(false);
  useEffect(() => {
    setBusy(true);
    serverClient
      .previewSchemeUpdate(scheme)
      .then((answer) => {
        setSummary(answer.ok ? answer.summary : null);
        setMessage(answer.message);
      })
      .catch((error: unknown) => setMessage(error instanceof Error ? error.message : String(error)))
      .finally(() => setBusy(false));
  }, [scheme]);
  const apply = async () => {
    setBusy(true);
    try {
      const answer = await serverClient.applySchemeUpdate(scheme);
      setMessage(answer.message);
      if (answer.ok) {
        setApplied(true);
        onDone();
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="banner banner--confirm scheme-offer" aria-labelledby="scheme-offer-title">
      <h2 id="scheme-offer-title">{t('schemes.update.title')}</h2>
      <p role="status">{busy && !summary ? t('schemes.preview.checking') : message}</p>
      {summary && summary.clients > 0 && !applied ? (
        <button type="button" class="primary" disabled={busy} onClick={() => void apply()}>
          {t('schemes.update.apply')}
        </button>
      ) : null}{' '}
      <button type="button" onClick={onClose}>
        {t('form.cancel')}
      </button>
    </section>
  );
}
