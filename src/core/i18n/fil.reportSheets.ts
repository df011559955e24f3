import type { enReportSheets } from './en.reportSheets';

/** Filipino messages of report sheets (issue #14: sizes, formats, charts, names) (the keys of en.reportSheets.ts). */
export const filReportSheets: Record<keyof typeof enReportSheets, string> = {
  'reportSheet.audience': 'Ulat ng madla',
  'reportSheet.abcXyz': 'Ulat ng ABC-XYZ',
  'reportSheet.reliability': 'Ulat ng pagiging maaasahan',
  'reportSheet.relationships': 'Ulat ng mga ugnayan',
  'reportSheet.claims': 'Ulat ng mga reklamo',
  'reportSheet.obligations': 'Ulat ng mga obligasyon',
  'reportSheet.freshness': 'Ulat ng kasariwaan',
  'reportSheet.leadSources': 'Ulat ng pinagmulan ng lead',
  'reportSheet.campaigns': 'Ulat ng mga paraan ng kampanya',
  'reportSheet.competitors': 'Ulat ng mga kakumpitensiya',
  'reportSheet.recommendations': 'Ulat ng susunod na hakbang',
  'settings.group.reports': 'Mga sheet ng ulat',
  'settings.reports.currencySymbol': 'Simbolo ng pera (iwanang blangko kung wala)',
  'settings.error.notCurrency':
    '{field}: isulat ang simbolo ng pera gaya ng ₱, $ o €, hanggang 5 titik, walang digit o puwang, o iwanang blangko.',
};
