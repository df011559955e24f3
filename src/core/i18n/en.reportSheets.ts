/** English messages of report sheets (issue #14: sizes, formats, charts, names), spread into en.ts. */
export const enReportSheets = {
  // Each report's own sheet name: "… report" never names a table's sheet (the menu keeps report.*.sheet).
  'reportSheet.audience': 'Audience report',
  'reportSheet.abcXyz': 'ABC-XYZ report',
  'reportSheet.reliability': 'Reliability report',
  'reportSheet.relationships': 'Relationships report',
  'reportSheet.claims': 'Claims report',
  'reportSheet.obligations': 'Obligations report',
  'reportSheet.freshness': 'Freshness report',
  'reportSheet.leadSources': 'Lead sources report',
  'reportSheet.campaigns': 'Campaign channels report',
  'reportSheet.competitors': 'Competitors report',
  'reportSheet.recommendations': 'Next best actions report',
  'settings.group.reports': 'Report sheets',
  'settings.reports.currencySymbol': 'Currency sign for money (blank for none)',
  'settings.error.notCurrency':
    '{field}: type a currency sign such as ₱, $ or €, up to 5 characters, without digits or spaces, or leave it blank.',
} as const;
