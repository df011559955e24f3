import { ALL_TABLES } from '../core/tables/registry';
import { withDocumentLock } from '../gas/documentLock';
import { locateTable } from '../gas/tableLocator';
import { ensureTable } from '../gas/tableSetup';
import { alertMessage, toast } from '../gas/ui';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/** Menu: create every Suki table, or repair the ones people changed. Never touches data rows. */
export function setUpWorkbook(): void {
  const t = currentTranslator();
  try {
    const outcomes = withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const outcomes = ALL_TABLES.map((table) => ensureTable(spreadsheet, table, t));
      // Remember each table's place now, so the first save of the day does not pay for the search.
      for (const table of ALL_TABLES) locateTable(spreadsheet, table);
      return outcomes;
    });
    const created = outcomes.filter((o) => o === 'created').length;
    const repaired = outcomes.filter((o) => o === 'repaired').length;
    toast(t('toast.setUpDone', { created, repaired }), t('app.name'));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}
