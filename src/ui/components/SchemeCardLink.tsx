import { useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { serverClient } from '../client/serverClient';

/**
 * The client card's "Apply a scheme…": opens the interaction schemes sidebar on this client (in
 * place of the card); a refusal (not on the team) is said beside the button.
 */
export function SchemeCardLink({ t, clientId }: { readonly t: Translator; readonly clientId: string }) {
  const [message, setMessage] = useState('');
  const open = async () => {
    const answer = await serverClient.showSchemesForClient(clientId);
    setMessage(answer.ok ? '' : answer.message);
  };
  return (
    <p>
      <button type="button" onClick={() => void open()}>
        {t('schemes.cardOpen')}
      </button>
      {message ? (
        <span class="field__error" role="alert">
          {' '}
          {message}
        </span>
      ) : null}
    </p>
  );
}
