import type { enImport } from './en.import';

/** Filipino messages of importing lists (the keys of en.import.ts). */
export const filImport: Record<keyof typeof enImport, string> = {
  'menu.import': 'Mag-import ng listahan…',
  'import.title': 'Mag-import ng listahan',
  'import.intro':
    'Ipasok ang listahang hawak mo na: sa Sheets, gamitin ang File › Import para ilagay ang .xlsx o .csv sa bagong sheet ng spreadsheet na ito, saka piliin dito ang sheet na iyon (o mag-paste ng CSV). Walang isusulat hangga’t hindi mo pinipindot ang I-import.',
  'import.table': 'I-import sa',
  'import.paste': 'I-paste ang CSV',
  'import.fromSheet': 'o kunin ang isang sheet ng spreadsheet na ito',
  'import.pastedText': 'idinikit na teksto',
  'import.check': 'Suriin',
  'import.checking': 'Binabasa ang listahan…',
  'import.importing': 'Ini-import ang {count} hilera…',
  'import.run': 'I-import ang {count} hilera',
  'import.keepDuplicates': 'Isama rin ang mga posibleng doble',
  'import.mapping': 'Mga hanay: saan mapupunta ang bawat hanay ng listahan',
  'import.headerLine': 'Header sa linya (palitan kung maling hilera ang nakita ng Suki)',
  'import.ignore': '— huwag isama —',
  'import.how.label': 'parehong pangalan',
  'import.how.synonym': 'kilalang salita',
  'import.how.partial': 'may kilalang salita',
  'import.how.values': 'ayon sa laman',
  'import.how.remembered': 'gaya noong huli',
  'import.how.chosen': 'pinili mo',
  'import.firstRows': 'Mga unang hilera',
  'import.line': 'Linya {line}',
  'import.rejected': 'Mga tinanggihang hilera ({count})',
  'import.duplicates': 'Posibleng doble ({count})',
  'import.duplicateOf': 'parehong {rule} ng {record}',
  'import.leftOutTitle': 'Hindi isinama: hindi rekord ({count})',
  'import.leftOutInclude': 'Isama pa rin ang hilera na ito',
  'import.leftOut.total': 'hilera ng kabuuan',
  'import.leftOut.repeatedHeader': 'inulit na header',
  'import.leftOut.note': 'isang tala',
  'import.leftOut.afterEnd': 'lampas sa dulo ng listahan (hiwalay na bahagi)',
  'import.more': 'at {count} pa',
  'import.recent': 'Mga huling import',
  'import.recentLine': '{at}: {count} hilera sa {table} mula sa {source}, ni {by}',
  'import.undo': 'Bawiin ang import na ito',
  'import.undoConfirm':
    'Bawiin ang import ng {count} hilera sa {table}? Ia-archive ang mga rekord nito (walang buburahin).',
  'import.undoneMark': 'binawi na',
  'import.preview':
    'Handa: {ready} hilera sa {table}. Tinanggihan: {rejected}. Posibleng doble: {duplicates}. Hindi isinama (hindi rekord): {leftOut}. Walang isusulat hangga’t hindi mo pinipindot ang I-import.',
  'import.done':
    'Na-import ang {imported} hilera sa {table}. Tinanggihan: {rejected}. Posibleng doble na hindi na-import: {duplicates}. Hindi isinama: {leftOut}.',
  'import.undone': 'Binawi ang import: {archived} rekord ng {table} ang na-archive (walang binura).',
  'import.undoneKept':
    'Binawi ang import: {archived} rekord ng {table} ang na-archive (walang binura); {kept} ang naiwan, dahil gawain na ito ng iba.',
  'import.nothing.empty': 'Walang maii-import: walang laman ang listahan.',
  'import.nothing.unmapped':
    'Wala pang maii-import: walang hanay ng listahan na pinili para sa {fields}, na kailangan ng bawat hilera. Piliin ito sa Mga hanay.',
  'import.nothing.refused':
    'Walang maii-import: walang handang hilera (tinanggihan: {rejected}, posibleng doble: {duplicates}, hindi isinama: {leftOut}). Nakalista sa ibaba ang mga dahilan.',
  'import.error.ambiguousDate':
    '{field}: ang {value} ay maaaring {dayFirst} (araw muna) o {monthFirst} (buwan muna); isulat ito bilang taon-buwan-araw.',
  'import.error.otherCurrency':
    '{field}: ang {value} ay nasa ibang salapi; nasa {currency} ang mga halaga sa workbook na ito. I-convert muna bago i-import.',
  'import.error.currencyNone':
    '{field}: may salapi ang {value}; walang simbolo ng salapi ang mga halaga sa workbook na ito. Isulat ang halaga nang wala ito bago i-import.',
  'import.error.unknownClient':
    '{field}: walang kliyenteng {value} sa Suki (hinanap ayon sa ID, TIN at pangalan). I-import o idagdag muna ang kliyente.',
  'import.error.nearClient':
    '{field}: walang kliyenteng {value} sa Suki; ang pinakamalapit ay {near}. Kung iisang kumpanya ito, ibigay ang ID nito.',
  'import.error.ambiguousClient':
    '{field}: may ilang kliyenteng ang pangalan ay {value}; ibigay na lang ang ID ng kliyente.',
  'error.importNoSource': 'Mag-paste ng CSV o pumili ng sheet na pagkukunan.',
  'error.importNoSheet': 'Wala na ang sheet na "{sheet}" sa spreadsheet na ito. Pumili ng iba.',
  'error.importSukiSheet':
    'Ang sheet na "{sheet}" ay isa sa mga talaan o ulat ng Suki. Piliin ang sheet na kinalalagyan ng listahan mo.',
  'error.importNoTable': 'Piliin ang talaang pag-iimportan.',
  'error.importUnknown': 'Wala ang import na iyon sa listahan ng Suki ng mga huling import.',
  'error.importUndoneAlready': 'Nabawi na ang import na iyon.',
  'error.importNotYours':
    'Si {by} lamang, na nagpatakbo ng import na iyon, o isang head ang makababawi nito.',
  'error.importTooManyRows':
    'May {received} hilera ang import na ito; hanggang {max} lamang ang maaaring i-import nang sabay. Walang na-import: hatiin ang listahan.',
  'error.importTextTooLong':
    'May {received} character ang idinikit na teksto; hanggang {max} lamang ang maaaring i-import nang sabay. Walang na-import: i-import ito mula sa isang sheet, o hatiin.',
  'error.importChanged':
    'Nagbago ang listahan mula nang suriin (hindi na pareho ang header nito). Suriin muli bago mag-import.',
};
