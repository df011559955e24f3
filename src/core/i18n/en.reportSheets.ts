/** English messages of report sheets (issue #14: sizes, formats, charts, names), spread into en.ts. */
export const enReportSheets = {} as const;
