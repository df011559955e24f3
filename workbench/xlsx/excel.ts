/**
 * ExcelJS is CommonJS and its typings declare no default export; Node's ESM loader exposes it only as
 * `default`. This resolves the one real module object whichever loader ran us. The workbench reads
 * and writes its own .xlsx without it (sheetXml.ts, xlsxPackage.ts); the backtest's fixtures use it.
 */
import * as ExcelJSModule from 'exceljs';

type ExcelModule = typeof ExcelJSModule;

/** The ExcelJS module object (Workbook, ValueType…). */
export const Excel: ExcelModule =
  (ExcelJSModule as unknown as { default?: ExcelModule }).default ?? ExcelJSModule;

export type { CellValue as ExcelCellValue, Worksheet } from 'exceljs';
