/**
 * English messages of the cell budget (issue #15): the space used on the dashboard and the
 * settings page, its warning, and the refusal when a sheet needs room the spreadsheet has not.
 * Spread into en.ts.
 */
export const enSpace = {
  'report.kpi.cellsUsed': 'Cells used',
  'space.title': 'Space used',
  'space.summary': 'Space used: {used} of the {limit} cells Google Sheets allows ({percent}).',
  'space.fullInMonths': 'Full in about {months} months at the current rate ({perMonth} cells a month).',
  'space.fullSoon': 'Full within a month at the current rate ({perMonth} cells a month).',
  'space.fullLater': 'Not full for more than ten years at the current rate.',
  'space.notGrowing': 'Not growing at the current rate.',
  'space.rateUnknown': 'How fast it grows shows after a month of dashboard refreshes.',
  'space.warning':
    'The spreadsheet is {percent} full: Google Sheets stops at {limit} cells, empty ones included.',
  'space.warningAction':
    'Before it fills up, move old history to an archive spreadsheet and delete it here, or delete sheets no longer needed.',
  'space.sheet': 'Sheet',
  'space.cells': 'Cells',
  'space.share': 'Share of the limit',
  'space.reports': 'Report sheets ({sheets})',
  'space.otherSheets': 'Other sheets ({sheets})',
  'space.blockTitle': 'Space used by sheet (cells: rows × columns, empty ones included)',
  'error.cellLimit':
    'There is no room in this spreadsheet for “{sheet}”: it needed {needed} more cells, and the spreadsheet uses {used} of the {limit} cells Google Sheets allows ({percent}; empty cells count too). Nothing was written. Move old history to an archive spreadsheet (finished orders, done contacts, old audit-log entries) and delete it here, or delete sheets no longer needed; Reports › Analysis settings… shows which sheets use the space.',
  'error.cellLimitRaw':
    'There is no room left in this spreadsheet: it uses {used} of the {limit} cells Google Sheets allows ({percent}; empty cells count too), and this action needed more. Nothing was written. Move old history to an archive spreadsheet (finished orders, done contacts, old audit-log entries) and delete it here, or delete sheets no longer needed; Reports › Analysis settings… shows which sheets use the space.',
  'error.cellLimitUnmeasured':
    'There is no room left in this spreadsheet: Google Sheets allows {limit} cells, empty ones included, and this action needed more. Nothing was written. Move old history to an archive spreadsheet (finished orders, done contacts, old audit-log entries) and delete it here, or delete sheets no longer needed; Reports › Analysis settings… shows which sheets use the space.',
} as const;
