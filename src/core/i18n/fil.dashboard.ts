import type { enDashboard } from './en.dashboard';

/** Filipino messages of the dashboard and its KPI history (issue #14) (the keys of en.dashboard.ts). */
export const filDashboard: Record<keyof typeof enDashboard, string> = {
  'sheet.kpiHistory': 'Kasaysayan ng KPI',
  'col.kpiHistory.asOf': 'Hanggang',
  'col.kpiHistory.refreshedAt': 'Oras ng pag-refresh',
  'col.kpiHistory.refreshedBy': 'Nag-refresh',
  'dashboard.refreshed':
    'Hanggang {date} · ni-refresh ni {name} nang {time} · Binubuo muli ng Suki ang sheet na ito: napapalitan ang mga pagbabago rito.',
  'dashboard.noHistory':
    'Patakbuhin ang “Ihanda ang workbook” para maitago ang kasaysayan ng KPI: dito nagmumula ang mga pagbabago at trend.',
  'dashboard.change.month': 'mula noong isang buwan',
  'dashboard.change.year': 'mula noong isang taon',
  'dashboard.month': 'Buwan',
  'dashboard.trend.clients': 'Mga kliyente ayon sa klase, nakaraang 12 buwan',
  'dashboard.trend.pipeline': 'Halaga ng bukas na pipeline, nakaraang 12 buwan',
  'dashboard.trend.work': 'Lampas na gawain, nakaraang 12 buwan',
  'dashboard.chartData': 'Ang mga bilang na iginuguhit ng mga tsart (isinulat ng Suki)',
} as const;
