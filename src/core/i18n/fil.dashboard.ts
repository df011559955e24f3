import type { enDashboard } from './en.dashboard';

/** Filipino messages of the dashboard and its KPI history (issue #14) (the keys of en.dashboard.ts). */
export const filDashboard: Record<keyof typeof enDashboard, string> = {};
