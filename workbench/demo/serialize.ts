import type { DemoWorkbook } from './index';

/** Records stringified together: large enough for JSON.stringify's fast path, small enough to stream. */
const BATCH = 4096;

/**
 * The JSON text of `workbook`, exactly as JSON.stringify writes it, in chunks of a few thousand
 * records, so a workbook larger than one string can hold still reaches a file.
 */
export function* workbookJsonChunks(workbook: DemoWorkbook): Generator<string> {
  yield `{"asOf":${JSON.stringify(workbook.asOf)},"tables":{`;
  let firstTable = true;
  for (const [key, records] of Object.entries(workbook.tables)) {
    yield `${firstTable ? '' : ','}${JSON.stringify(key)}:[`;
    firstTable = false;
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = JSON.stringify(records.slice(start, start + BATCH));
      yield `${start === 0 ? '' : ','}${batch.slice(1, -1)}`;
    }
    yield ']';
  }
  yield '}}';
}
