/**
 * ExcelJS is CommonJS and its typings declare no default export; Node's ESM loader exposes it only as
 * `default`. This resolves the one real module object whichever loader ran us.
 */
import * as ExcelJSModule from 'exceljs';

type ExcelModule = typeof ExcelJSModule;

/** The ExcelJS module object (Workbook, ValueType…). */
export const Excel: ExcelModule =
  (ExcelJSModule as unknown as { default?: ExcelModule }).default ?? ExcelJSModule;

import type { DataValidation as ExcelValidation, Worksheet } from 'exceljs';

export type {
  CellValue as ExcelCellValue,
  DataValidation as ExcelValidation,
  Workbook,
  Worksheet,
} from 'exceljs';

/** The per-sheet dropdown store ExcelJS has at run time but leaves out of its typings. */
interface ValidationStore {
  /** Rules by cell address ('C2'); a range rule read from a file is spread over its cells. */
  model: Record<string, ExcelValidation | undefined>;
  add(address: string, validation: ExcelValidation): void;
}

/** The dropdown store of a worksheet. */
export function validationsOf(worksheet: Worksheet): ValidationStore {
  return (worksheet as unknown as { dataValidations: ValidationStore }).dataValidations;
}
