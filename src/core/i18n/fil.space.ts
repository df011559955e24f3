import type { enSpace } from './en.space';

/** Filipino messages of the cell budget (issue #15) (the keys of en.space.ts). */
export const filSpace: Record<keyof typeof enSpace, string> = {
  'report.kpi.cellsUsed': 'Nagamit na cell',
  'space.title': 'Nagamit na espasyo',
  'space.summary':
    'Nagamit na espasyo: {used} sa {limit} na cell na pinapayagan ng Google Sheets ({percent}).',
  'space.fullInMonths':
    'Mapupuno sa loob ng mga {months} buwan sa kasalukuyang bilis ({perMonth} na cell bawat buwan).',
  'space.fullSoon':
    'Mapupuno bago matapos ang isang buwan sa kasalukuyang bilis ({perMonth} na cell bawat buwan).',
  'space.fullLater': 'Hindi mapupuno sa loob ng higit sampung taon sa kasalukuyang bilis.',
  'space.notGrowing': 'Hindi lumalaki sa kasalukuyang bilis.',
  'space.rateUnknown':
    'Makikita kung gaano kabilis ito lumalaki pagkatapos ng isang buwan ng pag-refresh ng Dashboard.',
  'space.warning':
    'Puno na ang spreadsheet nang {percent}: humihinto ang Google Sheets sa {limit} na cell, kasama ang mga walang laman.',
  'space.warningAction':
    'Bago ito mapuno, ilipat ang lumang kasaysayan sa isang archive na spreadsheet at burahin ito rito, o burahin ang mga sheet na hindi na kailangan.',
  'space.sheet': 'Sheet o talaan',
  'space.cells': 'Mga cell',
  'space.share': 'Bahagi ng hangganan',
  'space.reports': 'Mga sheet ng ulat ({sheets})',
  'space.otherSheets': 'Iba pang sheet ({sheets})',
  'space.blockTitle':
    'Nagamit na espasyo bawat sheet (mga cell: hilera × hanay, kasama ang mga walang laman)',
  'error.cellLimit':
    'Wala nang puwang sa spreadsheet na ito para sa “{sheet}”: kailangan nito ng {needed} pang cell, at gumagamit na ang spreadsheet ng {used} sa {limit} na cell na pinapayagan ng Google Sheets ({percent}; kasama ang mga cell na walang laman). Walang naisulat. Ilipat ang lumang kasaysayan sa isang archive na spreadsheet (mga tapos nang order, mga nagawang kontak, mga lumang tala ng talaan ng pagbabago) at burahin ito rito, o burahin ang mga sheet na hindi na kailangan; makikita sa Mga ulat › Mga setting ng pagsusuri… kung aling mga sheet ang gumagamit ng espasyo.',
  'error.cellLimitRaw':
    'Wala nang puwang sa spreadsheet na ito: gumagamit ito ng {used} sa {limit} na cell na pinapayagan ng Google Sheets ({percent}; kasama ang mga cell na walang laman), at kailangan pa ng higit ng gawaing ito. Walang naisulat. Ilipat ang lumang kasaysayan sa isang archive na spreadsheet (mga tapos nang order, mga nagawang kontak, mga lumang tala ng talaan ng pagbabago) at burahin ito rito, o burahin ang mga sheet na hindi na kailangan; makikita sa Mga ulat › Mga setting ng pagsusuri… kung aling mga sheet ang gumagamit ng espasyo.',
  'error.cellLimitUnmeasured':
    'Wala nang puwang sa spreadsheet na ito: {limit} na cell lang ang pinapayagan ng Google Sheets, kasama ang mga walang laman, at kailangan pa ng higit ng gawaing ito. Walang naisulat. Ilipat ang lumang kasaysayan sa isang archive na spreadsheet (mga tapos nang order, mga nagawang kontak, mga lumang tala ng talaan ng pagbabago) at burahin ito rito, o burahin ang mga sheet na hindi na kailangan; makikita sa Mga ulat › Mga setting ng pagsusuri… kung aling mga sheet ang gumagamit ng espasyo.',
} as const;
