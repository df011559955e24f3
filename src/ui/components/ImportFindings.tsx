import type { MessageKey } from '../../core/i18n/en';
import type { Translator } from '../../core/i18n/format';
import { IMPORTABLE_TABLES } from '../../core/tables/registry';
import { personColumns } from '../../core/tables/tableSpec';
import type { ImportAnswer } from '../../server/tableImport';

interface FindingsProps {
  readonly t: Translator;
  readonly report: ImportAnswer;
  readonly tables: readonly { key: string; label: string }[];
  readonly mapping: Record<number, string>;
  readonly include: readonly number[];
  readonly keepDuplicates: boolean;
  readonly busy: boolean;
  readonly onRemap: (mapping: Record<number, string>) => void;
  readonly onInclude: (lines: number[]) => void;
  readonly onHeaderLine: (line: number) => void;
  readonly onKeepDuplicates: (keep: boolean) => void;
  readonly onImport: () => void;
}

/** A list the page shows in part, saying how many more there are. */
function More({ t, shown, total }: { t: Translator; shown: number; total: number }) {
  return total > shown ? <li>{t('import.more', { count: total - shown })}</li> : null;
}

/**
 * What a check found, before anything is written: the banner, the column mapping (each source
 * column with its guess and how it was made, changeable), the first rows, and the refused,
 * duplicate and left-out rows by their own line numbers; then the Import button.
 */
export function ImportFindings(props: FindingsProps) {
  const { t, report, mapping, busy } = props;
  const table = IMPORTABLE_TABLES.find((candidate) => candidate.key === report.table);
  const columns = table ? personColumns(table) : [];
  const remap = (index: number, key: string) => {
    const next: Record<number, string> = {};
    for (const [source, target] of Object.entries(mapping)) {
      if (Number(source) !== index && target !== key) next[Number(source)] = target;
    }
    if (key) next[index] = key;
    props.onRemap(next);
  };
  const toggleInclude = (line: number, on: boolean) =>
    props.onInclude(on ? [...props.include, line] : props.include.filter((l) => l !== line));
  return (
    <div>
      <div class={`banner banner--${report.ok ? 'ok' : 'error'}`} role="status">
        {report.message}
      </div>
      {report.headerLine !== null && report.headers.length > 0 ? (
        <fieldset>
          <legend>{t('import.mapping')}</legend>
          <div class="field">
            <label for="import-header-line">{t('import.headerLine')}</label>
            <input
              id="import-header-line"
              type="number"
              min={1}
              value={report.headerLine}
              disabled={busy}
              onChange={(e) => {
                const line = Number(e.currentTarget.value);
                if (Number.isInteger(line) && line >= 1 && line !== report.headerLine)
                  props.onHeaderLine(line);
              }}
            />
          </div>
          {report.headers.map((header, index) => {
            const how = report.how[index];
            return (
              <div class="field" key={`${index}-${header}`}>
                <label for={`map-${index}`}>
                  {header || `#${index + 1}`}
                  {how && mapping[index] ? (
                    <span class="hint"> ({t(`import.how.${how}` as MessageKey)})</span>
                  ) : null}
                </label>
                <select
                  id={`map-${index}`}
                  value={mapping[index] ?? ''}
                  disabled={busy}
                  onChange={(e) => remap(index, e.currentTarget.value)}
                >
                  <option value="">{t('import.ignore')}</option>
                  {columns.map((column) => (
                    <option key={column.key} value={column.key}>
                      {t(column.label)}
                      {column.required ? ' *' : ''}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      {report.preview.length > 0 ? (
        <fieldset>
          <legend>{t('import.firstRows')}</legend>
          <ul>
            {report.preview.map((row) => (
              <li key={row.line}>
                {t('import.line', { line: row.line })}: {row.cells.filter((cell) => cell.trim()).join(' · ')}
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {report.rejectedCount > 0 ? (
        <fieldset>
          <legend>{t('import.rejected', { count: report.rejectedCount })}</legend>
          <ul>
            {report.rejected.map((row) => (
              <li key={row.line}>
                {t('import.line', { line: row.line })}: {row.reasons.join(' ')}
              </li>
            ))}
            <More t={t} shown={report.rejected.length} total={report.rejectedCount} />
          </ul>
        </fieldset>
      ) : null}
      {report.duplicateCount > 0 || props.keepDuplicates ? (
        <fieldset>
          <legend>{t('import.duplicates', { count: report.duplicateCount })}</legend>
          <ul>
            {report.duplicates.map((row) => (
              <li key={row.line}>
                {t('import.line', { line: row.line })}: {row.matches}
              </li>
            ))}
            <More t={t} shown={report.duplicates.length} total={report.duplicateCount} />
          </ul>
          <label>
            <input
              type="checkbox"
              checked={props.keepDuplicates}
              disabled={busy}
              onChange={(e) => props.onKeepDuplicates(e.currentTarget.checked)}
            />{' '}
            {t('import.keepDuplicates')}
          </label>
        </fieldset>
      ) : null}
      {report.leftOut.length > 0 || props.include.length > 0 ? (
        <fieldset>
          <legend>{t('import.leftOutTitle', { count: report.leftOut.length })}</legend>
          <ul>
            {report.leftOut.map((row) => (
              <li key={row.line}>
                <label>
                  <input
                    type="checkbox"
                    checked={false}
                    disabled={busy}
                    aria-label={t('import.leftOutInclude')}
                    onChange={(e) => toggleInclude(row.line, e.currentTarget.checked)}
                  />{' '}
                  {t('import.line', { line: row.line })} ({row.reason}): {row.text}
                </label>
              </li>
            ))}
            {props.include.map((line) => (
              <li key={`in-${line}`}>
                <label>
                  <input
                    type="checkbox"
                    checked
                    disabled={busy}
                    onChange={(e) => toggleInclude(line, e.currentTarget.checked)}
                  />{' '}
                  {t('import.line', { line })}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {report.ok && report.readyCount > 0 && report.imported === 0 ? (
        <div class="actions">
          <button type="button" class="primary" disabled={busy} onClick={props.onImport}>
            {t('import.run', { count: report.readyCount })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
