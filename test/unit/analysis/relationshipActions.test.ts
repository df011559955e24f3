/**
 * The next best actions on relationship health and the relationship suggestions (issue #16), worked
 * by hand: recommendations.ts over the facts relationshipFacts.ts computes, and their words.
 */
import { describe, expect, it } from 'vitest';
import type { AbcClass } from '../../../src/core/analysis/abc';
import { runFullAnalysis } from '../../../src/core/analysis/fullAnalysis';
import type { AnalysisTables } from '../../../src/core/analysis/inputs';
import {
  type Action,
  lastDoneContactByClient,
  type RecommendationsResult,
  recommendActions,
} from '../../../src/core/analysis/recommendations';
import { isRelationshipWhy } from '../../../src/core/analysis/relationshipActions';
import { analyseRelationships } from '../../../src/core/analysis/relationshipFacts';
import type { RelationshipSuggestion } from '../../../src/core/analysis/relationshipSuggestions';
import { translatorFor } from '../../../src/core/i18n/translate';
import { describeAction, recommendationsReport } from '../../../src/core/reports/marketReports';
import { explainSuggestion } from '../../../src/core/reports/relationshipWords';
import type { ReportContext } from '../../../src/core/reports/reportContext';
import type { TableRecord } from '../../../src/core/tables/tableSpec';
import { client, order, prepare } from './helpers';

// asOf 2025-06-15; a decision maker is not contacted at 90 days or more (RelationshipSettings).
// 2025-03-17 is 90 days before asOf, 2025-03-18 is 89.
const person = (id: string, clientId: string, name: string, fields: TableRecord = {}): TableRecord => ({
  id,
  clientId,
  name,
  ...fields,
});
const DM = { buyingRole: 'decisionMaker' };
const LEFT = { buyingRole: 'decisionMaker', status: 'left' };
const done = (clientId: string, personId: string, date: string): TableRecord => ({
  clientId,
  personId,
  plannedDate: date,
  doneDate: date,
  status: 'done',
});
const next = { nextContactDate: '2025-07-01' };

const tables: AnalysisTables = {
  clients: [
    client('R1', { owner: 'm1', status: 'active', segment: 'Retail', ...next }),
    client('R2', { owner: 'm1', status: 'active', ...next }),
    client('R3', { owner: 'm2', status: 'active', ...next }),
    client('R4', { owner: 'm2', status: 'active', ...next }),
    client('R5', { owner: 'm2', status: 'active', ...next }),
    client('R6', { owner: 'm3', status: 'lost' }),
    client('R7', { owner: 'm3', status: 'lost' }),
    client('R8', { owner: 'm3', status: 'dormant' }),
    // Three clients of R1's segment that buy packaging: R1 does not yet.
    client('X1', { status: 'prospect', segment: 'Retail' }),
    client('X2', { status: 'prospect', segment: 'Retail' }),
    client('X3', { status: 'prospect', segment: 'Retail' }),
  ],
  people: [
    person('P1', 'R1', 'Maria Cruz', DM), // 90 days: not contacted
    person('P2', 'R1', 'Jose Reyes', { ...DM, optedOut: 'yes' }), // never; opted out does not matter
    person('P3', 'R1', 'Ana Lim', { buyingRole: 'influencer' }),
    person('P4', 'R2', 'Ben Santos', DM), // 89 days: fine; the only active person at R2
    person('P5', 'R2', 'Lito Ramos', { buyingRole: 'influencer', status: 'left' }),
    person('P6', 'R3', 'Cora Tan', DM), // the only person, but R3 is class C
    person('P7', 'R4', 'Carla Diaz', LEFT), // left, and no one active decides
    person('P8', 'R4', 'Rey Uy', { buyingRole: 'user' }),
    person('P9', 'R5', 'Nena Cruz', LEFT), // left, but Tomas decides now
    person('P10', 'R5', 'Tomas Sy', DM),
    person('P11', 'R6', 'Lina Go', DM), // never contacted, the only person: but R6 is lost
    person('P12', 'R7', 'Oscar Lim', LEFT), // lost: no action
    person('P13', 'R7', 'Pia Lim', { buyingRole: 'user' }),
    person('P14', 'R8', 'Dan Uy', LEFT), // dormant, not lost: an action
    person('P15', 'R8', 'Eva Go', { buyingRole: 'user', primary: 'yes' }),
  ],
  contacts: [
    done('R1', 'P1', '2025-03-17'),
    { clientId: 'R1', personId: 'P1', plannedDate: '2025-06-01', status: 'planned' }, // not done
    done('R1', 'P3', '2025-06-01'),
    done('R2', 'P4', '2025-03-18'),
    done('R3', 'P6', '2025-06-01'),
    done('R5', 'P10', '2025-06-01'),
  ],
  orders: [
    order('R1', '2022-06-11', 1000), // 1100 days ago: a long-standing client
    order('R1', '2025-05-01', 5000),
    order('R2', '2025-05-01', 3000),
    ...['X1', 'X2', 'X3'].map((id) => order(id, '2025-06-01', 100, { productCategory: 'Packaging' })),
  ],
};

/** The classes the rules are given (set by hand, not from revenue). */
const CLASSES: Record<string, AbcClass> = {
  R1: 'A',
  R2: 'B',
  R3: 'C',
  R4: 'C',
  R5: 'C',
  R6: 'A',
  R7: 'A',
  R8: 'A',
};

function run(source: AnalysisTables = tables) {
  const { data, windows } = prepare(source);
  const asOfDay = windows.asOfDay;
  // R1 pays on time (8% late chance): a referral.
  const relationships = analyseRelationships(
    data,
    {
      abc: { clients: Object.entries(CLASSES).map(([clientId, abcClass]) => ({ clientId, abcClass })) },
      reliability: { clients: [{ clientId: 'R1', probability: 0.08 }] },
    },
    asOfDay,
  );
  const result = recommendActions({
    asOfDay,
    clients: data.clients,
    claims: data.claims,
    obligations: data.obligations,
    deals: data.deals,
    abcClass: new Map(Object.entries(CLASSES)),
    lastDoneContact: lastDoneContactByClient(data.contacts, asOfDay),
    reliability: new Map(),
    relationships: relationships.clients,
  });
  return { result, relationships };
}

const all = (result: RecommendationsResult) => result.byOwner.flatMap((o) => o.actions);
/** The suggestion an action carries, else null. */
const suggestionOf = (a: Action | undefined) =>
  a?.why.rule === 'relationshipSuggestion' ? a.why.suggestion : null;

/** The relationship actions only, by owner. */
const relationshipIds = (byOwner: readonly { owner: string | null; actions: readonly Action[] }[]) =>
  byOwner
    .map(({ owner, actions }) => [owner, actions.filter((a) => isRelationshipWhy(a.why)).map((a) => a.id)])
    .filter(([, ids]) => ids && ids.length > 0);

describe('next best actions on relationships', () => {
  it('fires each rule where the health and the suggestions say, under the client owner', () => {
    const { result } = run();
    expect(relationshipIds(result.byOwner)).toEqual([
      [
        'm1',
        [
          'decisionMakerNotContacted:R1',
          'singlePointOfContact:R2',
          'relationshipSuggestion:referral:R1',
          'relationshipSuggestion:crossSell:R1:packaging',
        ],
      ],
      ['m2', ['keyPersonLeft:R4']],
      ['m3', ['keyPersonLeft:R8', 'relationshipSuggestion:revive:R8']],
    ]);
    expect(result.byRule).toMatchObject({
      decisionMakerNotContacted: 1,
      keyPersonLeft: 2,
      singlePointOfContact: 1,
      relationshipSuggestion: 3,
    });
  });

  it('names the decision maker unreached longest, never contacted first, and lists the others', () => {
    const actions = all(run().result);
    expect(actions.find((a) => a.id === 'decisionMakerNotContacted:R1')).toEqual({
      id: 'decisionMakerNotContacted:R1',
      rule: 'decisionMakerNotContacted',
      priority: 2,
      owner: 'm1',
      table: 'clients',
      recordId: 'R1',
      // P2 opted out of mail: still a relationship to keep. P1 at exactly 90 days is listed too.
      why: {
        rule: 'decisionMakerNotContacted',
        clientId: 'R1',
        owner: 'm1',
        personId: 'P2',
        days: null,
        threshold: 90,
        others: ['P1'],
      },
    });
    expect(actions.find((a) => a.id === 'singlePointOfContact:R2')?.why).toEqual({
      rule: 'singlePointOfContact',
      clientId: 'R2',
      owner: 'm1',
      personId: 'P4',
      buyingRole: 'decisionMaker',
      abcClass: 'B',
    });
    expect(actions.find((a) => a.id === 'keyPersonLeft:R4')).toMatchObject({
      priority: 2,
      owner: 'm2',
      why: { personId: 'P7', others: [] },
    });
  });

  it('fires at exactly 90 days, not at 89', () => {
    const alone = (date: string): AnalysisTables => ({
      clients: [client('R1', { owner: 'm1', status: 'active', ...next })],
      people: [person('P1', 'R1', 'Maria Cruz', DM), person('P3', 'R1', 'Ana Lim')],
      contacts: [done('R1', 'P1', date)],
    });
    const ruleOf = (date: string) =>
      all(run(alone(date)).result)
        .filter((a) => a.rule === 'decisionMakerNotContacted')
        .map((a) => a.why);
    expect(ruleOf('2025-03-17')).toEqual([
      expect.objectContaining({ personId: 'P1', days: 90, threshold: 90, others: [] }),
    ]);
    expect(ruleOf('2025-03-18')).toEqual([]);
  });

  it('gives each suggestion its own action, carrying the suggestion the analysis computed', () => {
    const { result, relationships } = run();
    const r1 = relationships.clients.find((c) => c.clientId === 'R1');
    const actions = all(result).filter((a) => a.rule === 'relationshipSuggestion');
    expect(actions.map((a) => [a.priority, a.recordId, suggestionOf(a)?.kind])).toEqual([
      [3, 'R1', 'referral'],
      [3, 'R1', 'crossSell'],
      [3, 'R8', 'revive'],
    ]);
    // The same objects, not a second computation.
    expect(suggestionOf(actions[0])).toBe(r1?.suggestions[0]);
    expect(suggestionOf(actions[1])).toBe(r1?.suggestions[1]);
  });

  it('finds no relationship action for a lost client, a replaced decision maker or a C-client alone', () => {
    const { result } = run();
    const about = (id: string) =>
      all(result).filter((a) => a.why.clientId === id && isRelationshipWhy(a.why));
    // R6: a decision maker never contacted, the only person, class A; R7: its decision maker left.
    expect(about('R6')).toEqual([]);
    expect(about('R7')).toEqual([]);
    // R5: a decision maker left, but another decides now; R3: one person, class C.
    expect(about('R5')).toEqual([]);
    expect(about('R3')).toEqual([]);
  });
});

describe('relationship actions in words', () => {
  const analysis = runFullAnalysis(tables, '2025-06-15');
  const clientNames = new Map(
    analysis.relationships.clients.map((c) => [c.clientId, `Client ${c.clientId}`]),
  );
  const context = (locale: 'en' | 'fil'): ReportContext => ({
    analysis,
    t: translatorFor(locale),
    clientNames,
  });
  const actions = all(analysis.recommendations);
  const action = (id: string) => {
    const found = actions.find((a) => a.id === id);
    if (!found) throw new Error(`no action ${id}`);
    return found;
  };

  it('computes the relationships once for the run and the actions read them', () => {
    const r8 = analysis.relationships.clients.find((c) => c.clientId === 'R8');
    expect(suggestionOf(action('relationshipSuggestion:revive:R8'))).toBe(r8?.suggestions[0]);
  });

  it('says each rule in English, naming the people', () => {
    const en = context('en');
    expect(describeAction(en, action('decisionMakerNotContacted:R1'))).toBe(
      'Jose Reyes (decision maker) at R1 Client R1 has never been contacted: plan a contact. Not contacted either: Maria Cruz.',
    );
    // In the full run R2 is class A by revenue (R1 and R2 make 97% of it).
    expect(describeAction(en, action('singlePointOfContact:R2'))).toBe(
      'R2 Client R2, a class A client, is known through Ben Santos (decision maker) alone: meet others there, who decides and who influences, before that one tie breaks.',
    );
    expect(describeAction(en, action('keyPersonLeft:R4'))).toBe(
      'Carla Diaz (decision maker) left R4 Client R4, and no one there decides now: find out who took over.',
    );
    const revive = action('relationshipSuggestion:revive:R8');
    const said = explainSuggestion(
      en.t,
      suggestionOf(revive) as RelationshipSuggestion,
      analysis.relationships.names,
    );
    expect(said).toBe(
      'Revive the relationship: Client R8 is marked dormant; reach it through Eva Go (user), its primary person.',
    );
    expect(describeAction(en, revive)).toBe(
      `${said} To plan it, use “Plan this contact” on the client card.`,
    );
  });

  it('says each rule in Filipino', () => {
    const fil = context('fil');
    expect(describeAction(fil, action('decisionMakerNotContacted:R1'))).toBe(
      'Hindi pa kailanman nakausap si Jose Reyes (nagpapasya) ng R1 Client R1: magplano ng kontak. Hindi rin nakausap: Maria Cruz.',
    );
    expect(describeAction(fil, action('keyPersonLeft:R4'))).toBe(
      'Umalis na si Carla Diaz (nagpapasya) sa R4 Client R4, at wala nang nagpapasya roon: alamin kung sino ang pumalit.',
    );
    for (const a of actions.filter((x) => isRelationshipWhy(x.why)))
      expect(describeAction(fil, a)).not.toMatch(/[{}]|—/);
  });

  it('lists others who left, and names a suggestion by its kind in the report', () => {
    const extra: AnalysisTables = {
      ...tables,
      people: [...(tables.people ?? []), person('P16', 'R4', 'Iris Ko', LEFT)],
    };
    const more = runFullAnalysis(extra, '2025-06-15');
    const ctx: ReportContext = { analysis: more, t: translatorFor('en'), clientNames };
    const left = all(more.recommendations).find((a) => a.id === 'keyPersonLeft:R4');
    expect(left && describeAction(ctx, left)).toBe(
      'Carla Diaz (decision maker) left R4 Client R4, and no one there decides now: find out who took over. Also left: Iris Ko.',
    );
    const rows = recommendationsReport(context('en')).blocks[0]?.rows ?? [];
    expect(rows.find((r) => r[2] === 'Relationship suggestion: Revive')).toEqual([
      'm3',
      3,
      'Relationship suggestion: Revive',
      'R8',
      describeAction(context('en'), action('relationshipSuggestion:revive:R8')),
    ]);
  });
});
