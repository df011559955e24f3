import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Translator, translatorOver } from '../../core/i18n/format';
import { type ServerClient, serverClient } from '../client/serverClient';

/** What the server tells a page on load. */
type PageContext = Extract<Awaited<ReturnType<ServerClient['getPageContext']>>, { ok: true }>;

interface PageShellProps {
  /** The table the page's form serves, so the server can hand over a pending edit. */
  readonly tableKey?: string;
  readonly children: (t: Translator, context: PageContext) => ComponentChildren;
}

/** Loads the page context (language, user, record to edit) once, then draws the page. */
export function PageShell({ tableKey, children }: PageShellProps) {
  const [context, setContext] = useState<PageContext | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    serverClient
      .getPageContext(tableKey)
      .then((answer) => (answer.ok ? setContext(answer) : setFailure(answer.message)))
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, [tableKey]);
  if (failure) {
    return (
      <div class="banner banner--error" role="alert">
        {failure}
      </div>
    );
  }
  if (!context) return <p aria-busy="true">…</p>;
  return <>{children(translatorOver(context.messages), context)}</>;
}
