/**
 * The dashboard's space-used part: lines under the tiles (the cells used of the limit, when the
 * spreadsheet will be full at the current rate; red, with the warning below them, from 80% on) and
 * a block of the cells each table, the report sheets and the other sheets use. Pure.
 */
import type { Translator } from '../i18n/translate';
import type { CellsSample, SpaceUsed } from '../space/spaceUsed';
import { fullInText, partLabel, spaceSummary, spaceWarning } from '../space/spaceWords';
import { CELLS_USED_KPI } from './dashboardKpis';
import type { KpiSnapshot } from './kpiHistory';
import { col, type ReportBlock } from './reportModel';

/** The space used as the dashboard shows it. */
export interface DashboardSpace {
  /** One sentence a line: the cells used, when it will be full, and from 80% on the warning's. */
  readonly lines: readonly string[];
  /** From 80% of the limit on: the lines are red. */
  readonly warn: boolean;
  readonly block: ReportBlock;
}

/** The dashboard's space-used line, warning and block, in `t`'s language. */
export function dashboardSpace(t: Translator, space: SpaceUsed): DashboardSpace {
  return {
    lines: [spaceSummary(t, space), fullInText(t, space.fullIn), ...spaceWarning(t, space)],
    warn: space.warn,
    block: {
      title: t('space.blockTitle'),
      columns: [col(t('space.sheet')), col(t('space.cells'), 'integer'), col(t('space.share'), 'percent')],
      rows: space.parts.map((part) => [partLabel(t, part), part.cells, part.cells / space.limit]),
    },
  };
}

/** The cells used each snapshot recorded (snapshots from before it was kept have none). */
export function cellSamples(history: readonly KpiSnapshot[]): CellsSample[] {
  return history.flatMap((snapshot) => {
    const cells = snapshot.figures[CELLS_USED_KPI];
    return typeof cells === 'number' ? [{ asOf: snapshot.asOf, cells }] : [];
  });
}
