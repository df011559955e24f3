import type { ReliabilityResult } from '../core/analysis/reliability';
import { describeAction } from '../core/reports/marketReports';
import type { TableRecord } from '../core/tables/tableSpec';
import { selectedRow } from '../gas/selection';
import { showSidebarPage } from '../gas/ui';
import { analyseWorkbook, todayInSpreadsheet } from './analysisRun';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/** One client at a glance, as the client card shows it. */
export interface ClientCard {
  readonly ok: true;
  readonly client: TableRecord;
  readonly reliability: ReliabilityResult | null;
  readonly abcClass: string | null;
  readonly xyzClass: string | null;
  readonly rfm: string | null;
  readonly revenue: number;
  readonly openClaims: readonly TableRecord[];
  readonly nextContacts: readonly TableRecord[];
  readonly obligations: readonly TableRecord[];
  readonly deals: readonly TableRecord[];
  readonly competitors: readonly string[];
  readonly actions: readonly string[];
}

const MAX_LISTED = 10;

/** Menu: open the client card (of the client in the selected row, if any). */
export function showClientCard(): void {
  showSidebarPage('ClientCard', currentTranslator()('menu.clientCard').replace('…', ''));
}

/**
 * Everything about one client: reliability with its factors, classes, open claims, next contacts,
 * pending obligations, deals, competitors present and the recommended actions. `clientId` null means
 * the client of the selected row. Reads each table once.
 */
export function getClientCard(clientId: unknown): ClientCard | { ok: false; message: string } {
  const t = currentTranslator();
  try {
    const { ctx, records, store } = analyseWorkbook(t);
    const id =
      typeof clientId === 'string' && clientId
        ? clientId
        : (selectedRow(store, (table) => (table.key === 'clients' ? 'id' : 'clientId'))?.value ?? null);
    const client = records.clients.find((c) => c.id === id);
    if (!id || !client) return { ok: false, message: t('card.pickClient') };
    const today = todayInSpreadsheet(SpreadsheetApp.getActiveSpreadsheet());
    const ofClient = (rows: readonly TableRecord[]) => rows.filter((r) => r.clientId === id);
    const { analysis } = ctx;
    const xyz = analysis.xyz.clients.find((e) => e.clientId === id);
    const abc = analysis.abc.clients.find((e) => e.clientId === id);
    return {
      ok: true,
      client,
      reliability: analysis.reliability.clients.find((r) => r.clientId === id) ?? null,
      abcClass: abc?.abcClass ?? null,
      xyzClass: xyz?.xyzClass ?? null,
      rfm: analysis.rfm.clients.find((e) => e.clientId === id)?.code ?? null,
      revenue: abc?.revenue ?? 0,
      openClaims: ofClient(records.claims).filter((c) => c.status === 'new' || c.status === 'investigating'),
      nextContacts: ofClient(records.contacts)
        .filter((c) => c.status === 'planned' && String(c.plannedDate ?? '') >= today)
        .sort((a, b) => String(a.plannedDate).localeCompare(String(b.plannedDate)))
        .slice(0, MAX_LISTED),
      obligations: ofClient(records.obligations)
        .filter((o) => o.status === 'pending')
        .slice(0, MAX_LISTED),
      deals: ofClient(records.deals).slice(0, MAX_LISTED),
      competitors: String(client.competitors ?? '')
        .split(/[,;]/)
        .map((name) => name.trim())
        .filter(Boolean),
      actions: analysis.recommendations.byOwner
        .flatMap((o) => o.actions)
        .filter((a) => a.why.clientId === id)
        .map((a) => describeAction(ctx, a)),
    };
  } catch (error) {
    return { ok: false, message: describeFailure(t, error) };
  }
}
