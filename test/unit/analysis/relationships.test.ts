import { describe, expect, it } from 'vitest';
import {
  type ClientFacts,
  peerIndex,
  type RelationshipSuggestion,
  relationshipSuggestions,
} from '../../../src/core/analysis/relationshipSuggestions';
import {
  type ContactFacts,
  lastContactByPerson,
  type PersonFacts,
  relationshipHealth,
  relationshipNames,
  rowsByClient,
} from '../../../src/core/analysis/relationships';
import { enRelationships } from '../../../src/core/i18n/en.relationships';
import { filRelationships } from '../../../src/core/i18n/fil.relationships';
import { fillPlaceholders } from '../../../src/core/i18n/format';
import {
  explainSuggestion,
  lastContactText,
  plannedPurpose,
  type RelationshipTranslator,
  relationshipHealthLines,
} from '../../../src/core/reports/relationshipWords';
import { AS_OF, day } from './helpers';

// asOf 2025-06-15. Days before it, worked out once:
// 2025-03-01: 106 · 2025-03-17: 90 · 2025-03-18: 89 · 2025-04-01: 75 · 2024-11-27: 200
// 2024-12-17: 180 · 2024-12-18: 179 · 2023-06-16: 730 · 2023-06-17: 729 · 2022-06-11: 1100
const asOf = day(AS_OF);

const person = (id: string, fields: Partial<PersonFacts> = {}): PersonFacts => ({
  id,
  clientId: 'C1',
  name: `Person ${id}`,
  buyingRole: 'other',
  status: 'active',
  optedOut: false,
  primary: false,
  preferredChannel: null,
  ...fields,
});

const done = (personId: string | null, iso: string, fields: Partial<ContactFacts> = {}): ContactFacts => ({
  clientId: 'C1',
  personId,
  status: 'done',
  plannedDay: day(iso),
  doneDay: day(iso),
  outcome: null,
  ...fields,
});

/** A good client unless told: A, active, 8% late chance, first order 1100 days ago, no claims. */
const facts = (id: string, fields: Partial<ClientFacts> = {}): ClientFacts => ({
  id,
  name: `Client ${id}`,
  status: 'active',
  abcClass: 'A',
  lateChance: 0.08,
  firstOrderDay: day('2022-06-11'),
  lastOrderDay: day('2025-06-01'),
  openClaims: 0,
  segment: null,
  industry: null,
  categories: [],
  ...fields,
});

/** `count` clients of a segment (and industry) buying `categories`. */
const peersBuying = (
  prefix: string,
  count: number,
  categories: readonly string[],
  group: Partial<ClientFacts> = { segment: 'Retail' },
): ClientFacts[] => Array.from({ length: count }, (_, i) => facts(`${prefix}${i}`, { ...group, categories }));

const translator =
  (messages: Readonly<Record<string, string>>): RelationshipTranslator =>
  (key, params) =>
    fillPlaceholders(messages[key] ?? key, params);
const en = translator(enRelationships);
const fil = translator(filRelationships);

const kinds = (found: readonly RelationshipSuggestion[]) => found.map((s) => s.kind);

describe('last contact per person', () => {
  it('takes the latest done contact on or before asOf, done date else planned date', () => {
    const last = lastContactByPerson(
      [
        done('N1', '2025-03-01'),
        done('N1', '2025-04-01', { doneDay: null }), // done, no done date: its planned date counts
        done('N1', '2025-06-20'), // after asOf: not seen
        done('N2', '2025-05-01', { status: 'planned' }), // not done
        done('N2', '2025-05-02', { status: 'missed' }),
        done(null, '2025-06-01'), // no person recorded
        done('N3', '2025-03-17'),
      ],
      asOf,
    );
    expect([...last]).toEqual([
      ['N1', day('2025-04-01')],
      ['N3', day('2025-03-17')],
    ]);
  });

  it('groups rows by client in input order', () => {
    const groups = rowsByClient([person('N1'), person('N2', { clientId: 'C2' }), person('N3')]);
    expect(groups.get('C1')?.map((p) => p.id)).toEqual(['N1', 'N3']);
    expect(groups.get('C2')?.map((p) => p.id)).toEqual(['N2']);
  });
});

describe('relationship health', () => {
  const c1 = { id: 'C1' };

  it('a decision maker last reached 90 days ago is stale, 89 days ago is not, never reached is', () => {
    const people = [
      person('N1', { buyingRole: 'decisionMaker' }), // 2025-03-17: 90 days, stale (90 or more)
      person('N2', { buyingRole: 'decisionMaker' }), // 2025-03-18: 89 days, fresh
      person('N3', { buyingRole: 'decisionMaker' }), // never contacted: stale
      person('N4', { buyingRole: 'influencer' }), // never contacted, but not a decision maker
    ];
    const contacts = [done('N1', '2025-03-17'), done('N2', '2025-03-18')];
    const h = relationshipHealth(c1, people, contacts, asOf);
    expect(h.staleDecisionMakers.map((p) => [p.personId, p.daysSince])).toEqual([
      ['N1', 90],
      ['N3', null],
    ]);
    expect(h.people.map((p) => p.daysSince)).toEqual([90, 89, null, null]);
    expect(h.noDecisionMaker).toBe(false);
    // With 100 days allowed, only the never-contacted one is stale.
    const lenient = relationshipHealth(c1, people, contacts, asOf, { staleAfterDays: 100 });
    expect(lenient.staleDecisionMakers.map((p) => p.personId)).toEqual(['N3']);
  });

  it('one active person is a single point of contact; two are not; a person who left does not count', () => {
    const one = relationshipHealth(c1, [person('N1'), person('N2', { status: 'left' })], [], asOf);
    expect(one.singlePointOfContact?.personId).toBe('N1');
    expect(one.people.map((p) => p.personId)).toEqual(['N1']);
    const two = relationshipHealth(c1, [person('N1'), person('N2')], [], asOf);
    expect(two.singlePointOfContact).toBeNull();
  });

  it('a decision maker who left is a key person left only while no active decision maker remains', () => {
    const left = person('N1', { buyingRole: 'decisionMaker', status: 'left' });
    const alone = relationshipHealth(c1, [left, person('N2', { buyingRole: 'user' })], [], asOf);
    expect(alone.keyPersonLeft).toEqual(['N1']);
    expect(alone.noDecisionMaker).toBe(true);
    const replaced = relationshipHealth(c1, [left, person('N3', { buyingRole: 'decisionMaker' })], [], asOf);
    expect(replaced.keyPersonLeft).toEqual([]);
    expect(replaced.noDecisionMaker).toBe(false);
    // An influencer who left is not a key person.
    const influencer = person('N4', { buyingRole: 'influencer', status: 'left' });
    expect(relationshipHealth(c1, [influencer, person('N2')], [], asOf).keyPersonLeft).toEqual([]);
  });

  it('no decision maker needs active people; no people at all is its own flag', () => {
    const none = relationshipHealth(c1, [], [], asOf);
    expect([none.noDecisionMaker, none.noPeople, none.singlePointOfContact]).toEqual([false, true, null]);
    const some = relationshipHealth(c1, [person('N1', { buyingRole: 'gatekeeper' })], [], asOf);
    expect([some.noDecisionMaker, some.noPeople]).toEqual([true, false]);
  });

  it('reads only the client’s own people and contacts', () => {
    const other = person('N9', { clientId: 'C2', buyingRole: 'decisionMaker' });
    const h = relationshipHealth(
      c1,
      [person('N1', { buyingRole: 'decisionMaker' }), other],
      [done('N1', '2025-06-01', { clientId: 'C2' })], // logged under another client: not this one's
      asOf,
    );
    expect(h.people.map((p) => [p.personId, p.lastContactDay])).toEqual([['N1', null]]);
  });
});

describe('referral suggestion', () => {
  const maria = person('N1', { buyingRole: 'decisionMaker', preferredChannel: 'meeting' });
  const jose = person('N2', { primary: true });
  const referralOf = (client: ClientFacts, people: readonly PersonFacts[] = [maria, jose]) =>
    relationshipSuggestions(client, peerIndex([client]), people, [], asOf).find((s) => s.kind === 'referral');

  it('fires for an A client at 8% late chance, 1100 days of orders (3 whole years), through its decision maker', () => {
    expect(referralOf(facts('C1'))).toEqual({
      id: 'referral:C1',
      kind: 'referral',
      clientId: 'C1',
      personId: 'N1',
      buyingRole: 'decisionMaker',
      callInsteadOfMail: false,
      planned: { clientId: 'C1', personId: 'N1', channel: 'meeting', purpose: 'referral', category: null },
      abcClass: 'A',
      lateChance: 0.08,
      orderingDays: 1100,
      years: 3, // floor(1100 / 365)
    });
  });

  it('needs class A, a late chance of at most 0.2, 730 days of orders, no open claims, an active client', () => {
    expect(referralOf(facts('C1', { abcClass: 'B' }))).toBeUndefined();
    expect(referralOf(facts('C1', { lateChance: 0.2 }))).toBeDefined();
    expect(referralOf(facts('C1', { lateChance: 0.21 }))).toBeUndefined();
    expect(referralOf(facts('C1', { lateChance: null }))).toBeUndefined();
    expect(referralOf(facts('C1', { firstOrderDay: day('2023-06-16') }))?.years).toBe(2); // 730 days
    expect(referralOf(facts('C1', { firstOrderDay: day('2023-06-17') }))).toBeUndefined(); // 729 days
    expect(referralOf(facts('C1', { firstOrderDay: null }))).toBeUndefined();
    expect(referralOf(facts('C1', { openClaims: 1 }))).toBeUndefined();
    expect(referralOf(facts('C1', { status: 'lost' }))).toBeUndefined();
  });

  it('asks the primary person when the decision maker opted out or left; no one willing, no referral', () => {
    expect(referralOf(facts('C1'), [{ ...maria, optedOut: true }, jose])?.personId).toBe('N2');
    expect(referralOf(facts('C1'), [{ ...maria, status: 'left' }, jose])?.personId).toBe('N2');
    expect(
      referralOf(facts('C1'), [
        { ...maria, optedOut: true },
        { ...jose, status: 'left' },
      ]),
    ).toBeUndefined();
    expect(referralOf(facts('C1'), [person('N3', { buyingRole: 'influencer' })])).toBeUndefined();
  });
});

describe('cross-sell suggestion', () => {
  const me = facts('C1', { segment: 'Retail', categories: ['Rice'] });
  const crossSellsOf = (
    client: ClientFacts,
    peers: readonly ClientFacts[],
    people: readonly PersonFacts[] = [],
  ) =>
    relationshipSuggestions(client, peerIndex([client, ...peers]), people, [], asOf).filter(
      (s) => s.kind === 'crossSell',
    );

  it('offers a category 3 of 10 similar clients buy (30%); the client itself is not its own peer', () => {
    // Segment Retail: the client (buys Rice) + 3 peers buying Packaging + 7 buying Rice. Peers: 10, not 11.
    const peers = [...peersBuying('P', 3, ['Packaging', 'Rice']), ...peersBuying('Q', 7, ['rice'])];
    const [offer] = crossSellsOf(me, peers, [person('N1', { buyingRole: 'decisionMaker' })]);
    expect(offer).toMatchObject({
      id: 'crossSell:C1:packaging',
      category: 'Packaging',
      buyers: 3,
      peers: 10,
      share: 0.3,
      basis: 'segment',
      group: 'Retail',
      personId: 'N1',
      planned: { channel: 'call', purpose: 'crossSell', category: 'Packaging' },
    });
    expect(crossSellsOf(me, peers)).toHaveLength(1); // Rice: the client buys it already
  });

  it('does not offer at 3 of 11 (27%), nor at 29 of 100, but does at 30 of 100', () => {
    expect(
      crossSellsOf(me, [...peersBuying('P', 3, ['Packaging']), ...peersBuying('Q', 8, ['Rice'])]),
    ).toEqual([]);
    const share = (buyers: number) =>
      crossSellsOf(me, [
        ...peersBuying('P', buyers, ['Packaging']),
        ...peersBuying('Q', 100 - buyers, ['Rice']),
      ]);
    expect(share(29)).toEqual([]);
    expect(share(30).map((s) => (s.kind === 'crossSell' ? s.share : null))).toEqual([0.3]);
  });

  it('needs 3 buyers: 2 of 5 (40%) is not enough, 3 of 5 (60%) is', () => {
    expect(
      crossSellsOf(me, [...peersBuying('P', 2, ['Packaging']), ...peersBuying('Q', 3, ['Rice'])]),
    ).toEqual([]);
    expect(
      crossSellsOf(me, [...peersBuying('P', 3, ['Packaging']), ...peersBuying('Q', 2, ['Rice'])]),
    ).toHaveLength(1);
  });

  it('falls back to the industry when the segment has fewer than 3 peers', () => {
    const client = facts('C1', { segment: 'Retail', industry: 'Food', categories: ['Rice'] });
    const peers = [
      ...peersBuying('S', 2, ['Packaging'], { segment: 'Retail', industry: 'Food' }), // 2 segment peers
      ...peersBuying('I', 2, ['Packaging'], { segment: 'Wholesale', industry: 'food ' }),
      ...peersBuying('J', 6, ['Rice'], { segment: 'Wholesale', industry: 'Food' }),
    ];
    // Industry Food: 10 peers besides the client, 4 buying Packaging: 40%.
    expect(crossSellsOf(client, peers)).toMatchObject([
      { basis: 'industry', group: 'Food', buyers: 4, peers: 10 },
    ]);
  });

  it('offers nothing to a client that is not active, or that already buys the category (case-blind)', () => {
    const peers = peersBuying('P', 5, ['Packaging']);
    expect(crossSellsOf(facts('C1', { segment: 'Retail', status: 'dormant' }), peers)).toEqual([]);
    expect(crossSellsOf(facts('C1', { segment: 'retail', categories: [' packaging'] }), peers)).toEqual([]);
    expect(crossSellsOf(facts('C1', { segment: 'Retail' }), peers)).toHaveLength(1);
  });
});

describe('revive suggestion', () => {
  const maria = person('N1', { buyingRole: 'decisionMaker' });
  const jose = person('N2', { buyingRole: 'influencer', preferredChannel: 'email' });
  const ana = person('N3', { status: 'left' });
  const reviveOf = (
    client: ClientFacts,
    people: readonly PersonFacts[] = [maria, jose, ana],
    contacts: readonly ContactFacts[] = [],
  ) =>
    relationshipSuggestions(client, peerIndex([]), people, contacts, asOf).find((s) => s.kind === 'revive');

  it('fires for a client marked dormant, or with no order for 180 days; not at 179, nor for a lost one', () => {
    expect(reviveOf(facts('C1', { status: 'dormant' }))).toMatchObject({
      dormantBy: 'status',
      daysSinceOrder: 14,
    });
    expect(reviveOf(facts('C1', { lastOrderDay: day('2024-12-17') }))).toMatchObject({
      dormantBy: 'noOrders',
      daysSinceOrder: 180,
    });
    expect(reviveOf(facts('C1', { lastOrderDay: day('2024-12-18') }))).toBeUndefined(); // 179 days
    expect(reviveOf(facts('C1', { lastOrderDay: null }))).toBeUndefined(); // never ordered
    expect(reviveOf(facts('C1', { status: 'lost', lastOrderDay: day('2024-11-27') }))).toBeUndefined();
  });

  it('goes through who last responded, skipping a person who left and a contact with no outcome', () => {
    const contacts = [
      done('N2', '2025-03-01', { outcome: 'Interested in a new price list' }),
      done('N1', '2025-04-01', { outcome: '  ' }), // blank outcome: not a response
      done('N3', '2025-04-01', { outcome: 'Said she is leaving' }), // Ana left
    ];
    const s = reviveOf(facts('C1', { lastOrderDay: day('2024-11-27') }), undefined, contacts);
    expect(s).toMatchObject({
      personId: 'N2',
      via: 'lastResponder',
      respondedDay: day('2025-03-01'),
      daysSinceResponse: 106,
      planned: { personId: 'N2', channel: 'email', purpose: 'revive' },
      callInsteadOfMail: false,
    });
  });

  it('calls a responder who opted out of mail instead of e-mailing', () => {
    const contacts = [done('N2', '2025-03-01', { outcome: 'Call back in June' })];
    const s = reviveOf(facts('C1', { status: 'dormant' }), [{ ...jose, optedOut: true }], contacts);
    expect(s).toMatchObject({ personId: 'N2', callInsteadOfMail: true, planned: { channel: 'call' } });
  });

  it('without a responder: the primary person, else the decision maker, else no one', () => {
    const dormant = facts('C1', { status: 'dormant' });
    const primary = person('N4', { primary: true });
    expect(reviveOf(dormant, [maria, primary])).toMatchObject({ personId: 'N4', via: 'primary' });
    expect(reviveOf(dormant, [jose, maria])).toMatchObject({ personId: 'N1', via: 'decisionMaker' });
    expect(reviveOf(dormant, [ana, jose])).toMatchObject({
      personId: null,
      via: null,
      planned: { personId: null, channel: 'call' },
    });
  });

  it('lists a referral, then cross-sells, then a revive', () => {
    const quiet = facts('C1', { segment: 'Retail', lastOrderDay: day('2024-11-27') });
    const found = relationshipSuggestions(
      quiet,
      peerIndex([quiet, ...peersBuying('P', 3, ['Packaging'])]),
      [maria],
      [],
      asOf,
    );
    expect(kinds(found)).toEqual(['referral', 'crossSell', 'revive']);
  });
});

describe('relationship words', () => {
  const names = relationshipNames(
    [{ id: 'C1', name: 'Alpha Foods' }],
    [
      { id: 'N1', name: 'Maria Cruz' },
      { id: 'N2', name: 'Jose Reyes' },
    ],
  );
  const maria = person('N1', { buyingRole: 'decisionMaker', preferredChannel: 'email' });
  const jose = person('N2', { buyingRole: 'influencer' });

  it('explains a referral in both languages', () => {
    const [s] = relationshipSuggestions(facts('C1'), peerIndex([]), [maria], [], asOf);
    if (!s) throw new Error('expected a referral');
    expect(explainSuggestion(en, s, names)).toBe(
      'Ask Maria Cruz (decision maker) at Alpha Foods for a referral or a trade reference: an A-client for 3 years, pays on time (8% late chance), no open claims.',
    );
    expect(explainSuggestion(fil, s, names)).toBe(
      'Hilingin kay Maria Cruz (nagpapasya) ng Alpha Foods ang isang referral o trade reference: A-kliyente sa loob ng 3 taon, nagbabayad sa oras (8% tsansang mahuli), walang bukas na reklamo.',
    );
    expect(plannedPurpose(en, s)).toBe('Ask for a referral or a trade reference');
  });

  it('explains a cross-sell with the share, and a revive through who last responded, with the opt-out', () => {
    const client = facts('C1', { segment: 'Retail', abcClass: 'B', lastOrderDay: day('2024-11-27') });
    const contacts = [done('N2', '2025-03-01', { outcome: 'Asked for samples' })];
    const people = [maria, { ...jose, optedOut: true, preferredChannel: 'email' }];
    const peers = peersBuying('P', 3, ['Packaging']);
    const [offer, back] = relationshipSuggestions(
      client,
      peerIndex([client, ...peers]),
      people,
      contacts,
      asOf,
    );
    if (!offer || !back) throw new Error('expected two suggestions');
    expect(explainSuggestion(en, offer, names)).toBe(
      'Offer Packaging to Alpha Foods: 3 of 3 similar clients (100%, same segment “Retail”) buy it, Alpha Foods not yet. Talk to Maria Cruz (decision maker).',
    );
    expect(plannedPurpose(fil, offer)).toBe('Ialok ang Packaging');
    // Last order 2024-11-27: 200 days; Jose responded on 2025-03-01: 106 days.
    expect(explainSuggestion(en, back, names)).toBe(
      'Revive the relationship: Alpha Foods has not ordered for 200 days, last order on 2024-11-27; reach it through Jose Reyes (influencer), who last responded on 2025-03-01 (106 days ago). Jose Reyes opted out of mail: call instead.',
    );
    expect(explainSuggestion(fil, back, names)).toBe(
      'Buhayin muli ang ugnayan: hindi nag-order ang Alpha Foods sa loob ng 200 araw, huling order noong 2024-11-27; lapitan sa pamamagitan ni Jose Reyes (nakaiimpluwensiya), na huling tumugon noong 2025-03-01 (106 araw na ang nakalipas). Ayaw padalhan ng mail si Jose Reyes: tawagan na lamang.',
    );
  });

  it('says a single point of contact, a stale decision maker and a key person who left', () => {
    const single = relationshipHealth({ id: 'C1' }, [jose], [], asOf);
    expect(relationshipHealthLines(en, single, names)).toEqual([
      'No decision maker known at Alpha Foods: ask who decides.',
      'No one at Alpha Foods but Jose Reyes (influencer): a single point of contact.',
    ]);
    expect(relationshipHealthLines(fil, single, names)).toEqual([
      'Walang kilalang nagpapasya sa Alpha Foods: itanong kung sino ang nagpapasya.',
      'Walang ibang kakilala sa Alpha Foods maliban kay Jose Reyes (nakaiimpluwensiya): iisa lamang ang kontak.',
    ]);
    const stale = relationshipHealth({ id: 'C1' }, [maria, jose], [done('N1', '2025-03-01')], asOf);
    expect(relationshipHealthLines(en, stale, names)).toEqual([
      'Maria Cruz (decision maker) not contacted for 106 days (90 or more): plan a contact.',
    ]);
    const gone = relationshipHealth({ id: 'C1' }, [{ ...maria, status: 'left' }], [], asOf);
    expect(relationshipHealthLines(en, gone, names)).toEqual([
      'Maria Cruz (decision maker) left Alpha Foods, and no one there decides now: find out who took over.',
    ]);
  });

  it('says a healthy relationship and each person’s last contact', () => {
    const h = relationshipHealth({ id: 'C1' }, [maria, jose], [done('N1', '2025-04-01')], asOf);
    expect(relationshipHealthLines(en, h, names)).toEqual([
      'Every decision maker at Alpha Foods contacted in the last 90 days.',
    ]);
    expect(h.people.map((p) => lastContactText(en, p, names))).toEqual([
      'Maria Cruz (decision maker): last contacted 2025-04-01, 75 days ago',
      'Jose Reyes (influencer): never contacted',
    ]);
    expect(h.people.map((p) => lastContactText(fil, p, names))).toEqual([
      'Maria Cruz (nagpapasya): huling nakausap noong 2025-04-01, 75 araw na ang nakalipas',
      'Jose Reyes (nakaiimpluwensiya): hindi pa nakakausap',
    ]);
  });

  it('has the same keys and placeholders in both catalogs, and Filipino differs where words differ', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const keys = Object.keys(enRelationships) as (keyof typeof enRelationships)[];
    expect(Object.keys(filRelationships).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      // The relationship's words, and the relationship plan sidebar's.
      expect(key.startsWith('relationship.') || key.startsWith('plan.'), key).toBe(true);
      expect(placeholders(filRelationships[key]), key).toEqual(placeholders(enRelationships[key]));
    }
    expect(filRelationships['relationship.referral']).not.toBe(enRelationships['relationship.referral']);
  });
});
