import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Translator, translatorFor } from '../../core/i18n/translate';
import { type ServerClient, serverClient } from '../client/serverClient';

type PageContext = Awaited<ReturnType<ServerClient['getPageContext']>>;

interface PageShellProps {
  readonly children: (t: Translator, context: PageContext) => ComponentChildren;
}

/** Loads the page context (language, user) once, then draws the page in that language. */
export function PageShell({ children }: PageShellProps) {
  const [context, setContext] = useState<PageContext | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    serverClient
      .getPageContext()
      .then(setContext)
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, []);
  if (failure) {
    return (
      <div class="banner banner--error" role="alert">
        {failure}
      </div>
    );
  }
  if (!context) return <p aria-busy="true">{translatorFor('en')('form.loading')}</p>;
  return <>{children(translatorFor(context.locale), context)}</>;
}
