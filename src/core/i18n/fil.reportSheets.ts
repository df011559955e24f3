import type { enReportSheets } from './en.reportSheets';

/** Filipino messages of report sheets (issue #14: sizes, formats, charts, names) (the keys of en.reportSheets.ts). */
export const filReportSheets: Record<keyof typeof enReportSheets, string> = {};
