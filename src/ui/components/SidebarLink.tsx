import { useState } from 'preact/hooks';

interface SidebarLinkProps {
  readonly label: string;
  /** Asks the server to open another sidebar in place of this one; a refusal's message is shown. */
  readonly open: () => Promise<{ readonly ok: boolean; readonly message: string }>;
}

/** A button that opens another sidebar (the plan, the schemes) from the client card; a refusal is said beside it. */
export function SidebarLink({ label, open }: SidebarLinkProps) {
  const [message, setMessage] = useState('');
  const onClick = async () => {
    const answer = await open();
    setMessage(answer.ok ? '' : answer.message);
  };
  return (
    <p>
      <button type="button" onClick={() => void onClick()}>
        {label}
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
