/** English messages of importing lists into Suki's tables, spread into en.ts. */
export const enImport = {
  'menu.import': 'Import a list…',
  'import.title': 'Import a list',
  'import.intro':
    'Bring in a list you already keep: in Sheets use File › Import to put the .xlsx or .csv file in a new sheet of this spreadsheet, then choose that sheet here (or paste CSV text). Nothing is written until you press Import.',
  'import.table': 'Import into',
  'import.paste': 'Paste CSV text',
  'import.fromSheet': 'or take a sheet of this spreadsheet',
  'import.pastedText': 'pasted text',
  'import.check': 'Check',
  'import.checking': 'Reading the list…',
  'import.importing': 'Importing {count} rows…',
  'import.run': 'Import {count} rows',
  'import.keepDuplicates': 'Import the likely duplicates too',
  'import.mapping': 'Columns: which column of the list goes where',
  'import.headerLine': 'Header on line (change it if Suki found the wrong row)',
  'import.ignore': '— leave out —',
  'import.how.label': 'same name',
  'import.how.synonym': 'known word',
  'import.how.partial': 'contains a known word',
  'import.how.values': 'from its values',
  'import.how.remembered': 'as last time',
  'import.how.chosen': 'your choice',
  'import.firstRows': 'First rows',
  'import.line': 'Line {line}',
  'import.rejected': 'Refused rows ({count})',
  'import.duplicates': 'Likely duplicates ({count})',
  'import.duplicateOf': 'same {rule} as {record}',
  'import.leftOutTitle': 'Left out: not records ({count})',
  'import.leftOutInclude': 'Import this row after all',
  'import.leftOut.total': 'a totals row',
  'import.leftOut.repeatedHeader': 'the header again',
  'import.leftOut.note': 'a note',
  'import.leftOut.afterEnd': 'below the end of the list (a block of its own)',
  'import.more': 'and {count} more',
  'import.recent': 'Recent imports',
  'import.recentLine': '{at}: {count} rows into {table} from {source}, by {by}',
  'import.undo': 'Undo this import',
  'import.undoConfirm':
    'Undo the import of {count} rows into {table}? Its records are archived (nothing is deleted).',
  'import.undoneMark': 'undone',
  'import.preview':
    'Ready: {ready} rows into {table}. Refused: {rejected}. Likely duplicates: {duplicates}. Left out (not records): {leftOut}. Nothing is written until you press Import.',
  'import.done':
    'Imported {imported} rows into {table}. Refused: {rejected}. Likely duplicates not imported: {duplicates}. Left out: {leftOut}.',
  'import.undone': 'Import undone: {archived} records of {table} archived (nothing deleted).',
  'import.undoneKept':
    'Import undone: {archived} records of {table} archived (nothing deleted); {kept} kept, as they are someone else’s work now.',
  'import.nothing.empty': 'Nothing can be imported: the list is empty.',
  'import.nothing.unmapped':
    'Nothing can be imported yet: no column of the list is chosen for {fields}, which every row needs. Choose it under Columns.',
  'import.nothing.refused':
    'Nothing can be imported: none of the rows is ready (refused: {rejected}, likely duplicates: {duplicates}, left out: {leftOut}). The reasons are listed below.',
  'import.error.ambiguousDate':
    '{field}: {value} could be {dayFirst} (day first) or {monthFirst} (month first); write it as year-month-day.',
  'import.error.otherCurrency':
    '{field}: {value} is in another currency; this workbook’s amounts are in {currency}. Convert it before importing.',
  'import.error.currencyNone':
    '{field}: {value} names a currency; this workbook’s amounts have no currency sign. Write the amount without it before importing.',
  'import.error.unknownClient':
    '{field}: no client {value} in Suki (looked up by ID, tax number and name). Import or add the client first.',
  'import.error.nearClient':
    '{field}: no client {value} in Suki; the nearest is {near}. If it is the same company, give its ID.',
  'import.error.ambiguousClient':
    '{field}: several clients are called {value}; give the client’s ID instead.',
  'error.importNoSource': 'Paste CSV text or choose a sheet to import from.',
  'error.importNoSheet': 'There is no sheet "{sheet}" in this spreadsheet any more. Choose another.',
  'error.importSukiSheet':
    'The sheet "{sheet}" is one of Suki’s own tables or reports. Choose the sheet your list is in.',
  'error.importNoTable': 'Choose the table to import into.',
  'error.importUnknown': 'That import is not in Suki’s list of recent imports.',
  'error.importUndoneAlready': 'That import was undone already.',
  'error.importNotYours': 'Only {by}, who ran that import, or a head can undo it.',
  'error.importTooManyRows':
    'This import has {received} rows; at most {max} can be imported at once. Nothing was imported: split the list.',
  'error.importTextTooLong':
    'The pasted text has {received} characters; at most {max} can be imported at once. Nothing was imported: import it from a sheet, or split it.',
  'error.importChanged':
    'The list changed since it was checked (its header row is not the same). Check it again before importing.',
} as const;
