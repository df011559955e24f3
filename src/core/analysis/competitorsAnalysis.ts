/**
 * Competitors: their client policies side by side, how many of our clients also deal with each, and
 * how our deals fare against each, with the reasons we lost.
 *
 * Names are matched case-insensitively after trimming. A client's `competitors` cell and a deal's
 * `competitor` cell may list several names separated by commas or semicolons; each counts once per
 * client or deal. Names that are not in the competitors table are reported apart (`unlisted`), so a
 * manager can add them or fix a spelling.
 */
import { dayToIso } from './days';
import { type ClientRow, type CompetitorRow, type DealRow, nameKeys } from './rows';
import { compareKeys } from './stats';

interface CompetitorMatrixRow {
  readonly competitorId: string | null;
  readonly name: string;
  readonly pricingPolicy: string | null;
  readonly discounts: string | null;
  readonly paymentTerms: string | null;
  readonly deliveryTerms: string | null;
  readonly servicePrograms: string | null;
  readonly strengths: string | null;
  readonly weaknesses: string | null;
  readonly lastReviewed: string | null;
}

interface ReasonCount {
  /** The reason as first spelled; null for lost deals with no reason given. */
  readonly reason: string | null;
  readonly count: number;
}

interface CompetitorStanding {
  /** As spelled in the competitors table, or as first typed for unlisted names. */
  readonly name: string;
  readonly clients: number;
  readonly activeClients: number;
  readonly dealsWon: number;
  readonly dealsLost: number;
  readonly dealsOpen: number;
  /** won / (won + lost); null before any deal against it closed. */
  readonly winRate: number | null;
  readonly lossReasons: readonly ReasonCount[];
}

export interface CompetitorsResult {
  /** The competitors table, in table order. */
  readonly matrix: readonly CompetitorMatrixRow[];
  /** One row per listed competitor, in table order. */
  readonly standings: readonly CompetitorStanding[];
  /** Names met in clients or deals but not in the table, most clients first. */
  readonly unlisted: readonly CompetitorStanding[];
  /** Every lost deal's reason, with or without a competitor; most frequent first. */
  readonly lossReasons: readonly ReasonCount[];
}

class ReasonTally {
  private readonly counts = new Map<string | null, { reason: string | null; count: number }>();

  add(reason: string | null): void {
    const key = reason === null ? null : reason.toLowerCase();
    const entry = this.counts.get(key);
    if (entry) entry.count++;
    else this.counts.set(key, { reason, count: 1 });
  }

  list(): ReasonCount[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count || compareKeys(a.reason, b.reason));
  }
}

interface Tally {
  name: string;
  clients: number;
  activeClients: number;
  dealsWon: number;
  dealsLost: number;
  dealsOpen: number;
  reasons: ReasonTally;
}

const newTally = (name: string): Tally => ({
  name,
  clients: 0,
  activeClients: 0,
  dealsWon: 0,
  dealsLost: 0,
  dealsOpen: 0,
  reasons: new ReasonTally(),
});

function standing(t: Tally): CompetitorStanding {
  const closed = t.dealsWon + t.dealsLost;
  return {
    name: t.name,
    clients: t.clients,
    activeClients: t.activeClients,
    dealsWon: t.dealsWon,
    dealsLost: t.dealsLost,
    dealsOpen: t.dealsOpen,
    winRate: closed > 0 ? t.dealsWon / closed : null,
    lossReasons: t.reasons.list(),
  };
}

/** The competitor matrix, presence among clients, and won/lost deals and loss reasons per competitor. */
export function analyseCompetitors(
  competitors: readonly CompetitorRow[],
  clients: readonly ClientRow[],
  deals: readonly DealRow[],
): CompetitorsResult {
  const listed = new Map<string, Tally>();
  for (const c of competitors) {
    const key = c.name.toLowerCase();
    if (!listed.has(key)) listed.set(key, newTally(c.name));
  }
  const unlisted = new Map<string, Tally>();
  /** The tally of a name key; an unlisted name is shown as first typed in `list`. */
  const tallyOf = (key: string, list: string): Tally => {
    const known = listed.get(key);
    if (known) return known;
    let t = unlisted.get(key);
    if (!t) {
      const typed =
        list
          .split(/[,;]/)
          .find((part) => part.trim().toLowerCase() === key)
          ?.trim() ?? key;
      t = newTally(typed);
      unlisted.set(key, t);
    }
    return t;
  };

  for (const client of clients) {
    for (const key of nameKeys(client.competitors)) {
      const t = tallyOf(key, client.competitors ?? '');
      t.clients++;
      if (client.status === 'active') t.activeClients++;
    }
  }
  const allReasons = new ReasonTally();
  for (const deal of deals) {
    if (deal.stage === 'lost') allReasons.add(deal.lossReason);
    for (const key of nameKeys(deal.competitor)) {
      const t = tallyOf(key, deal.competitor ?? '');
      if (deal.stage === 'won') t.dealsWon++;
      else if (deal.stage === 'lost') {
        t.dealsLost++;
        t.reasons.add(deal.lossReason);
      } else t.dealsOpen++;
    }
  }

  return {
    matrix: competitors.map((c) => ({
      competitorId: c.id,
      name: c.name,
      pricingPolicy: c.pricingPolicy,
      discounts: c.discounts,
      paymentTerms: c.paymentTerms,
      deliveryTerms: c.deliveryTerms,
      servicePrograms: c.servicePrograms,
      strengths: c.strengths,
      weaknesses: c.weaknesses,
      lastReviewed: c.lastReviewedDay === null ? null : dayToIso(c.lastReviewedDay),
    })),
    standings: [...listed.values()].map(standing),
    unlisted: [...unlisted.values()]
      .map(standing)
      .sort(
        (a, b) =>
          b.clients - a.clients ||
          b.dealsLost + b.dealsWon - (a.dealsLost + a.dealsWon) ||
          compareKeys(a.name, b.name),
      ),
    lossReasons: allReasons.list(),
  };
}
