/** English messages of the dashboard and its KPI history (issue #14), spread into en.ts. */
export const enDashboard = {
  'sheet.kpiHistory': 'KPI history',
  'col.kpiHistory.asOf': 'As of',
  'col.kpiHistory.refreshedAt': 'Refreshed at',
  'col.kpiHistory.refreshedBy': 'Refreshed by',
  'dashboard.refreshed':
    'As of {date} · refreshed by {name} at {time} · Suki rewrites this sheet: edits here are overwritten.',
  'dashboard.noHistory': 'Run “Set up workbook” to keep the KPI history: changes and trends come from it.',
  'dashboard.change.month': 'vs last month',
  'dashboard.change.year': 'vs a year ago',
  'dashboard.month': 'Month',
  'dashboard.trend.clients': 'Clients by class, last 12 months',
  'dashboard.trend.pipeline': 'Open pipeline value, last 12 months',
  'dashboard.trend.work': 'Overdue work, last 12 months',
  'dashboard.chartData': 'The figures the charts draw (written by Suki)',
} as const;
