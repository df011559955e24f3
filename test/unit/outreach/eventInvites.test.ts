import { describe, expect, it } from 'vitest';
import {
  faxDigits,
  faxGatewayAddress,
  faxPagesHtml,
  isFaxGatewayPattern,
} from '../../../src/core/outreach/eventFax';
import {
  contactAfterMark,
  type InvitePerson,
  peopleToInvite,
  planInvitations,
} from '../../../src/core/outreach/eventInvites';

const person = (id: string, clientId: string, extra: Partial<InvitePerson> = {}): InvitePerson => ({
  id,
  clientId,
  primary: false,
  decisionMaker: false,
  active: true,
  optedOut: false,
  ...extra,
});

const PEOPLE = [
  person('N1', 'C1', { primary: true }),
  person('N2', 'C1', { decisionMaker: true }),
  person('N3', 'C1', { decisionMaker: true, active: false }),
  person('N4', 'C2', { decisionMaker: true, optedOut: true }),
];
const CLIENTS = [
  { id: 'C1', owner: 'ana@x.test', fax: '+63 2 8123 4567' },
  { id: 'C2', owner: 'ana@x.test', fax: '(02) 8000-0000' },
  { id: 'C3', owner: 'ana@x.test', fax: '' },
];

describe('whom at a client', () => {
  it('takes the primary person, else the first decision maker, else the first person', () => {
    expect(peopleToInvite(PEOPLE.slice(0, 2), 'primary').map((p) => p.id)).toEqual(['N1']);
    expect(peopleToInvite([PEOPLE[1] as InvitePerson], 'primary').map((p) => p.id)).toEqual(['N2']);
    expect(peopleToInvite(PEOPLE.slice(0, 2), 'decisionMakers').map((p) => p.id)).toEqual(['N2']);
    expect(peopleToInvite([person('N9', 'C9')], 'decisionMakers').map((p) => p.id)).toEqual(['N9']);
    expect(peopleToInvite([], 'primary')).toEqual([]);
  });
});

describe('planning invitations', () => {
  it('invites in person whoever is chosen, opted out or not, and a client with no one as a whole', () => {
    const plan = planInvitations({
      clients: CLIENTS,
      people: PEOPLE,
      invitees: [],
      channel: 'exhibition',
      choice: 'decisionMakers',
    });
    expect(plan.invites.map((i) => [i.clientId, i.personId])).toEqual([
      ['C1', 'N2'],
      ['C2', 'N4'],
      ['C3', null],
    ]);
    expect(plan.skipped).toEqual({ alreadyInvited: 0, optedOut: 0, noFax: 0 });
  });

  it('never faxes an opted-out person or a client without a fax number', () => {
    const plan = planInvitations({
      clients: CLIENTS,
      people: PEOPLE,
      invitees: [],
      channel: 'fax',
      choice: 'decisionMakers',
    });
    expect(plan.invites.map((i) => i.personId)).toEqual(['N2']);
    expect(plan.skipped).toEqual({ alreadyInvited: 0, optedOut: 1, noFax: 1 });
  });

  it('invites nobody twice: a person already invited, a client invited as a whole, a client listed twice', () => {
    const plan = planInvitations({
      clients: [...CLIENTS, CLIENTS[0] as (typeof CLIENTS)[number]],
      people: PEOPLE,
      invitees: [
        { clientId: 'C1', personId: 'N1' },
        { clientId: 'C3', personId: null },
      ],
      channel: 'show',
      choice: 'primary',
    });
    expect(plan.invites.map((i) => [i.clientId, i.personId])).toEqual([['C2', 'N4']]);
    expect(plan.skipped.alreadyInvited).toBe(2);
  });
});

describe('the invitation contact after a mark', () => {
  it('is done on the event day for an attendee, missed for a no-show, planned otherwise', () => {
    expect(contactAfterMark('attended', '2026-11-20')).toEqual({ status: 'done', doneDate: '2026-11-20' });
    expect(contactAfterMark('noShow', '2026-11-20')).toEqual({ status: 'missed', doneDate: null });
    expect(contactAfterMark('registered', '2026-11-20')).toEqual({ status: 'planned', doneDate: null });
  });
});

describe('fax gateway and pages', () => {
  it('accepts a blank pattern or one with {fax} once in an e-mail address, and builds the address from digits', () => {
    expect(isFaxGatewayPattern('')).toBe(true);
    expect(isFaxGatewayPattern('{fax}@fax.example.com')).toBe(true);
    expect(isFaxGatewayPattern('fax.example.com')).toBe(false);
    expect(isFaxGatewayPattern('{fax}{fax}@fax.example.com')).toBe(false);
    expect(isFaxGatewayPattern('{fax} @fax')).toBe(false);
    expect(faxDigits('+63 (2) 8123-4567')).toBe('63281234567');
    expect(faxGatewayAddress('{fax}@fax.example.com', '+63 2 8123 4567')).toBe('63281234567@fax.example.com');
    expect(faxGatewayAddress('{fax}@fax.example.com', 'none')).toBeNull();
    expect(faxGatewayAddress('', '028123')).toBeNull();
  });

  it('prints one page per invitation, every value escaped', () => {
    const words = {
      title: 'T',
      print: 'Print',
      to: 'To',
      attention: 'Attn',
      fax: 'Fax',
      from: 'From',
      date: 'Date',
      none: 'None',
    };
    const page = {
      to: '<script>x</script>',
      attention: '=HYPERLINK("a")',
      faxNumber: '02',
      subject: '<b>',
      bodyHtml: '<p>ok</p>',
    };
    const html = faxPagesHtml([page, page], words, 'Ana & Co', '2026-12-01');
    expect(html.match(/<section class="invitation">/g)).toHaveLength(2);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('=HYPERLINK(&quot;a&quot;)');
    expect(html).toContain('<h2>&lt;b&gt;</h2>');
    expect(html).toContain('Ana &amp; Co');
    expect(faxPagesHtml([], words, '', '')).toContain('None');
  });
});
