/**
 * The sales pipeline and each manager's book, as the heads' dashboard shows them: deals and their
 * value per stage in funnel order, the open pipeline (deals neither won nor lost, see
 * `definitions.ts`), and per owner the clients, the A clients and the open pipeline.
 */
import { DEAL_STAGES } from '../tables/workTables';
import type { AbcClass } from './abc';
import { isDealOpen, pipelineValue } from './definitions';
import type { ClientRow, DealRow, DealStage } from './rows';

interface StageTotal {
  readonly stage: DealStage;
  readonly deals: number;
  readonly value: number;
}

/** One owner's book (owner null: clients or deals nobody owns). */
interface OwnerBook {
  readonly owner: string | null;
  readonly clients: number;
  readonly aClients: number;
  readonly openPipeline: number;
}

export interface PipelineResult {
  /** Every stage, in funnel order. */
  readonly byStage: readonly StageTotal[];
  /** The value of the open deals. */
  readonly open: number;
  /** Owners in order of first appearance: clients first, then deals. */
  readonly byOwner: readonly OwnerBook[];
}

/** Deals and their value per stage, in funnel order (a blank or unknown stage reads as a lead). */
function pipelineByStage(deals: readonly DealRow[]): StageTotal[] {
  const totals = new Map<DealStage, { stage: DealStage; deals: number; value: number }>();
  for (const stage of DEAL_STAGES) totals.set(stage, { stage, deals: 0, value: 0 });
  for (const deal of deals) {
    const total = totals.get(deal.stage);
    if (!total) continue;
    total.deals += 1;
    total.value += pipelineValue(deal);
  }
  return [...totals.values()];
}

/** Each owner's clients, A clients and open pipeline. */
function booksByOwner(
  clients: readonly ClientRow[],
  deals: readonly DealRow[],
  abcClass: ReadonlyMap<string, AbcClass>,
): OwnerBook[] {
  const books = new Map<
    string | null,
    { owner: string | null; clients: number; aClients: number; openPipeline: number }
  >();
  const book = (owner: string | null) => {
    let b = books.get(owner);
    if (!b) {
      b = { owner, clients: 0, aClients: 0, openPipeline: 0 };
      books.set(owner, b);
    }
    return b;
  };
  for (const client of clients) {
    const b = book(client.owner);
    b.clients += 1;
    if (abcClass.get(client.id) === 'A') b.aClients += 1;
  }
  for (const deal of deals) if (isDealOpen(deal)) book(deal.owner).openPipeline += pipelineValue(deal);
  return [...books.values()];
}

/** The pipeline by stage, its open value, and each owner's book. */
export function analysePipeline(
  clients: readonly ClientRow[],
  deals: readonly DealRow[],
  abcClass: ReadonlyMap<string, AbcClass>,
): PipelineResult {
  const byStage = pipelineByStage(deals);
  let open = 0;
  for (const total of byStage) if (isDealOpen(total)) open += total.value;
  return { byStage, open, byOwner: booksByOwner(clients, deals, abcClass) };
}
