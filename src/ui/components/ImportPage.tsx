import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { importTextTooLong } from '../../core/import/importLimits';
import { refusedImport } from '../../core/import/importReport';
import { refusedWith } from '../../core/pageResult';
import { CLIENTS_TABLE } from '../../core/tables/clientsTable';
import { personColumns } from '../../core/tables/tableSpec';
import type { ImportAnswer } from '../../server/clientImport';
import { serverClient } from '../client/serverClient';

type Source = { csv: string } | { sheetName: string };

/** A refusal the page gives itself, shaped like the server's answer (nothing is sent or written). */
function refusal(message: string): ImportAnswer {
  const { ok: _ok, message: _message, ...figures } = refusedImport(message);
  return refusedWith(figures, message);
}

/**
 * Import clients from pasted CSV or another sheet: check first (a preview that writes nothing,
 * with the column mapping to adjust), then import the ready rows in one block. Refused rows are
 * listed with their reasons, never dropped silently.
 */
export function ImportPage({ t }: { readonly t: Translator }) {
  const [csv, setCsv] = useState('');
  const [sheetName, setSheetName] = useState('');
  const [sheets, setSheets] = useState<string[]>([]);
  const [report, setReport] = useState<ImportAnswer | null>(null);
  const [mapping, setMapping] = useState<Record<number, string>>({});
  const [keepDuplicates, setKeepDuplicates] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    serverClient.listImportSheets().then(
      (answer) => setSheets(answer.ok ? [...answer.sheets] : []),
      () => setSheets([]),
    );
  }, []);

  const source = (): Source => (sheetName ? { sheetName } : { csv });
  const run = async (write: boolean, withMapping: Record<number, string> | null) => {
    // Text over the limit is refused whole here too (the server refuses it as well), never cut.
    const tooLong = sheetName ? null : importTextTooLong(csv);
    if (tooLong) {
      setReport(refusal(tooLong.describe(t)));
      return;
    }
    setBusy(true);
    try {
      const next = write
        ? await serverClient.importClients(source(), withMapping, {
            keepDuplicates,
            headers: report?.headers ?? [],
          })
        : await serverClient.previewClientImport(source(), withMapping ?? undefined);
      setReport(next);
      setMapping({ ...next.mapping });
    } finally {
      setBusy(false);
    }
  };
  const remap = (index: number, key: string) => {
    const next = { ...mapping };
    if (key) next[index] = key;
    else delete next[index];
    setMapping(next);
    void run(false, next);
  };

  return (
    <div>
      <h1>{t('import.title')}</h1>
      <div class="field">
        <label for="import-csv">{t('import.paste')}</label>
        <textarea
          id="import-csv"
          rows={6}
          value={csv}
          onInput={(e) => {
            setCsv(e.currentTarget.value);
            setReport(null); // a new source needs a new check and mapping
          }}
        />
      </div>
      <div class="field">
        <label for="import-sheet">{t('import.fromSheet')}</label>
        <select
          id="import-sheet"
          value={sheetName}
          onChange={(e) => {
            setSheetName(e.currentTarget.value);
            setReport(null);
          }}
        >
          <option value="">—</option>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void run(false, null)}>
          {t('import.check')}
        </button>
      </div>
      {report ? (
        <div>
          <div class={`banner banner--${report.ok ? 'ok' : 'error'}`} role="status">
            {report.message}
          </div>
          {report.headers.length > 0 ? (
            <fieldset>
              <legend>{t('import.mapping')}</legend>
              {report.headers.map((header, index) => (
                <div class="field" key={`${index}-${header}`}>
                  <label for={`map-${index}`}>{header || `#${index + 1}`}</label>
                  <select
                    id={`map-${index}`}
                    value={mapping[index] ?? ''}
                    onChange={(e) => remap(index, e.currentTarget.value)}
                  >
                    <option value="">{t('import.ignore')}</option>
                    {personColumns(CLIENTS_TABLE).map((column) => (
                      <option key={column.key} value={column.key}>
                        {t(column.label)}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </fieldset>
          ) : null}
          {report.rejected.length > 0 ? (
            <fieldset>
              <legend>{t('import.rejected')}</legend>
              <ul>
                {report.rejected.map((row) => (
                  <li key={row.line}>
                    {t('import.line', { line: row.line })}: {row.reasons.join(' ')}
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : null}
          {report.duplicates.length > 0 ? (
            <fieldset>
              <legend>{t('import.duplicates')}</legend>
              <ul>
                {report.duplicates.map((row) => (
                  <li key={row.line}>
                    {t('import.line', { line: row.line })}: {row.matches}
                  </li>
                ))}
              </ul>
              <label>
                <input
                  type="checkbox"
                  checked={keepDuplicates}
                  onChange={(e) => setKeepDuplicates(e.currentTarget.checked)}
                />{' '}
                {t('import.keepDuplicates')}
              </label>
            </fieldset>
          ) : null}
          {report.ok && report.readyCount > 0 && report.imported === 0 ? (
            <div class="actions">
              <button type="button" class="primary" disabled={busy} onClick={() => void run(true, mapping)}>
                {t('import.run', { count: report.readyCount })}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
