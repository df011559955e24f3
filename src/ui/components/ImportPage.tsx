import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { importTextTooLong } from '../../core/import/importLimits';
import { refusedImport } from '../../core/import/importReport';
import { refusedWith } from '../../core/pageResult';
import type { ImportAnswer } from '../../server/tableImport';
import { serverClient } from '../client/serverClient';
import { ImportFindings } from './ImportFindings';
import { RecentImports, type RecentImportsList } from './RecentImports';

type Source = { csv: string } | { sheetName: string };

/** A refusal the page gives itself, shaped like the server's answer (nothing is sent or written). */
function refusal(message: string): ImportAnswer {
  const { ok: _ok, message: _message, ...figures } = refusedImport(message);
  return refusedWith(figures, message);
}

/**
 * Import a list into any table a person fills, from a sheet of this spreadsheet or pasted CSV:
 * check first (a preview that writes nothing: the header row found, the column mapping to adjust,
 * every refused, duplicate and left-out row), then import the ready rows; recent imports can be
 * undone as a whole.
 */
export function ImportPage({ t }: { readonly t: Translator }) {
  const [tables, setTables] = useState<{ key: string; label: string }[]>([]);
  const [table, setTable] = useState('clients');
  const [csv, setCsv] = useState('');
  const [sheetName, setSheetName] = useState('');
  const [sheets, setSheets] = useState<string[]>([]);
  const [recent, setRecent] = useState<RecentImportsList>([]);
  const [report, setReport] = useState<ImportAnswer | null>(null);
  const [mapping, setMapping] = useState<Record<number, string> | null>(null);
  const [include, setInclude] = useState<number[]>([]);
  const [keepDuplicates, setKeepDuplicates] = useState(false);
  const [headerLine, setHeaderLine] = useState<number | null>(null);
  const [busy, setBusy] = useState('');

  const loadSources = () =>
    serverClient.listImportSources().then(
      (answer) => {
        if (!answer.ok) return;
        setTables([...answer.tables]);
        setSheets([...answer.sheets]);
        setRecent([...answer.imports]);
      },
      () => setSheets([]),
    );
  useEffect(() => {
    void loadSources();
  }, []);

  const source = (): Source => (sheetName ? { sheetName } : { csv });
  const restart = () => {
    setReport(null); // a new source or table needs a new check and mapping
    setMapping(null);
    setInclude([]);
    setHeaderLine(null);
  };
  const run = async (
    write: boolean,
    choices: {
      mapping?: Record<number, string> | null;
      include?: number[];
      keepDuplicates?: boolean;
      headerLine?: number | null;
    },
  ) => {
    const tooLong = sheetName ? null : importTextTooLong(csv);
    if (tooLong) {
      setReport(refusal(tooLong.describe(t)));
      return;
    }
    const chosenMapping = choices.mapping === undefined ? mapping : choices.mapping;
    const request = {
      table,
      source: source(),
      mapping: chosenMapping,
      include: choices.include ?? include,
      keepDuplicates: choices.keepDuplicates ?? keepDuplicates,
      headerLine: choices.headerLine === undefined ? headerLine : choices.headerLine,
      headers: report?.headers ?? [],
    };
    setBusy(write ? t('import.importing', { count: report?.readyCount ?? 0 }) : t('import.checking'));
    try {
      const next = write ? await serverClient.runImport(request) : await serverClient.previewImport(request);
      setReport(next);
      setMapping({ ...next.mapping });
      if (write && next.ok) void loadSources();
    } finally {
      setBusy('');
    }
  };

  return (
    <div aria-busy={busy ? true : undefined}>
      <h1>{t('import.title')}</h1>
      <p class="hint">{t('import.intro')}</p>
      <div class="field">
        <label for="import-table">{t('import.table')}</label>
        <select
          id="import-table"
          value={table}
          onChange={(e) => {
            setTable(e.currentTarget.value);
            restart();
          }}
        >
          {tables.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="import-sheet">{t('import.fromSheet')}</label>
        <select
          id="import-sheet"
          value={sheetName}
          onChange={(e) => {
            setSheetName(e.currentTarget.value);
            restart();
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
      <div class="field">
        <label for="import-csv">{t('import.paste')}</label>
        <textarea
          id="import-csv"
          rows={5}
          value={csv}
          disabled={sheetName !== ''}
          onInput={(e) => {
            setCsv(e.currentTarget.value);
            restart();
          }}
        />
      </div>
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={busy !== ''}
          onClick={() => void run(false, { mapping: null })}
        >
          {t('import.check')}
        </button>
      </div>
      {busy ? <p role="status">{busy}</p> : null}
      {report ? (
        <ImportFindings
          t={t}
          report={report}
          tables={tables}
          mapping={mapping ?? {}}
          include={include}
          keepDuplicates={keepDuplicates}
          busy={busy !== ''}
          onRemap={(next) => void run(false, { mapping: next })}
          onInclude={(next) => {
            setInclude(next);
            void run(false, { include: next });
          }}
          onHeaderLine={(line) => {
            // Another header means other columns: a new guess at the mapping, nothing included.
            setHeaderLine(line);
            setInclude([]);
            void run(false, { headerLine: line, mapping: null, include: [] });
          }}
          onKeepDuplicates={(keep) => {
            setKeepDuplicates(keep);
            void run(false, { keepDuplicates: keep });
          }}
          onImport={() => void run(true, {})}
        />
      ) : null}
      <RecentImports t={t} imports={recent} onUndone={() => void loadSources()} />
    </div>
  );
}
