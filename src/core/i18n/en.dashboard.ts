/** English messages of the dashboard and its KPI history (issue #14), spread into en.ts. */
export const enDashboard = {} as const;
