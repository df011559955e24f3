/**
 * The most rows a report block lists. A report is read by a person, not exported: past a few
 * thousand rows nobody reads on, and at 50,000 clients the lists of every client (the forecast,
 * account health, the ABC classes) would take some 2.4M of the spreadsheet's 10M cells
 * (docs/SCALING.md). Each builder orders its rows most important first, so the first rows are the
 * ones kept; every client's forecast and classes stay in the Clients sheet's computed columns.
 */
import type { Translator } from '../i18n/translate';
import type { ReportSheetModel } from './reportModel';

/** Rows a block keeps; the ones past it are counted in the block's note. */
const MAX_BLOCK_ROWS = 2_000;

/**
 * The model with each block cut to `limit` rows; a cut block's note says how many it lists of how
 * many. Blocks within the limit, and charts, are left as they are.
 */
export function withRowLimit(
  model: ReportSheetModel,
  t: Translator,
  limit = MAX_BLOCK_ROWS,
): ReportSheetModel {
  if (model.blocks.every((block) => block.rows.length <= limit)) return model;
  return {
    ...model,
    blocks: model.blocks.map((block) => {
      if (block.rows.length <= limit) return block;
      const said = t('report.rowLimit', { shown: limit, total: block.rows.length });
      return {
        ...block,
        rows: block.rows.slice(0, limit),
        note: block.note ? `${block.note} ${said}` : said,
      };
    }),
  };
}
