import { DASHBOARD_KPIS } from '../reports/dashboardKpis';
import type { ColumnSpec, TableSpec } from './tableSpec';

const KPI_HISTORY_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', type: 'id', label: 'col.id', writtenBy: 'suki' },
  { key: 'asOf', type: 'date', label: 'col.kpiHistory.asOf', writtenBy: 'suki' },
  { key: 'refreshedAt', type: 'datetime', label: 'col.kpiHistory.refreshedAt', writtenBy: 'suki' },
  { key: 'refreshedBy', type: 'email', label: 'col.kpiHistory.refreshedBy', writtenBy: 'suki' },
  // One column per key figure, from the dashboard's one list of them.
  ...DASHBOARD_KPIS.map((kpi) => ({
    key: kpi.key,
    type: kpi.format,
    label: kpi.label,
    writtenBy: 'suki' as const,
  })),
];

/**
 * The KPI history: one dated snapshot of the dashboard's key figures per refresh, appended by Suki
 * and never changed. The dashboard's changes since last month and last year, and its trend lines,
 * come from it (core/reports/kpiHistory.ts).
 */
export const KPI_HISTORY_TABLE: TableSpec = {
  key: 'kpiHistory',
  sheetLabel: 'sheet.kpiHistory',
  idPrefix: 'H',
  appendOnly: true,
  columns: KPI_HISTORY_COLUMNS,
};
