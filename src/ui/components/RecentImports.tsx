import { useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import type { ListedImport } from '../../server/importPage';
import { serverClient } from '../client/serverClient';

/** The recent imports as listImportSources answers them. */
export type RecentImportsList = readonly ListedImport[];

/**
 * The recent imports, each undoable as a whole by the person who ran it or a head: the first press
 * asks, the second archives its records (nothing is deleted).
 */
export function RecentImports(props: {
  readonly t: Translator;
  readonly imports: RecentImportsList;
  readonly onUndone: () => void;
}) {
  const { t, imports } = props;
  const [asking, setAsking] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  if (imports.length === 0) return null;
  const undo = async (id: string) => {
    if (asking !== id) {
      setAsking(id);
      return;
    }
    setBusy(true);
    try {
      const answer = await serverClient.undoImport(id);
      setMessage(answer.message);
      setAsking('');
      if (answer.ok) props.onUndone();
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset>
      <legend>{t('import.recent')}</legend>
      {message ? <p role="status">{message}</p> : null}
      <ul>
        {imports.map((run) => (
          <li key={run.id}>
            {t('import.recentLine', {
              at: run.at.slice(0, 16).replace('T', ' '),
              count: run.count,
              table: run.tableLabel,
              source: run.source,
              by: run.by,
            })}
            {run.undone ? ` (${t('import.undoneMark')})` : null}
            {run.mayUndo ? (
              <div>
                {asking === run.id ? (
                  <p>{t('import.undoConfirm', { count: run.count, table: run.tableLabel })}</p>
                ) : null}
                <button type="button" disabled={busy} onClick={() => void undo(run.id)}>
                  {t('import.undo')}
                  {asking === run.id ? '' : '…'}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
