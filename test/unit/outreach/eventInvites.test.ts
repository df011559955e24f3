import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/core/i18n/translate';
import {
  faxDigits,
  faxGatewayAddress,
  faxOutcome,
  faxPagesHtml,
  isFaxGatewayPattern,
} from '../../../src/core/outreach/eventFax';
import {
  type InvitePerson,
  invitationContactChange,
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
  it('is done for an attendee, missed for a no-show, planned otherwise', () => {
    const planned = { status: 'planned', outcome: '' };
    expect(invitationContactChange('attended', 'invited', planned)).toBe('done');
    expect(invitationContactChange('noShow', 'invited', planned)).toBe('missed');
    expect(invitationContactChange('registered', 'attended', { status: 'done', outcome: '' })).toBe(
      'planned',
    );
  });
});

describe('the invitation contact a mark moves', () => {
  const row = (status: string, outcome = '') => ({ status, outcome });

  it('moves a planned row to the mark, whatever the invitee’s status already says (a save cut off)', () => {
    expect(invitationContactChange('attended', 'invited', row('planned'))).toBe('done');
    expect(invitationContactChange('attended', 'attended', row('planned'))).toBe('done');
    expect(invitationContactChange('noShow', 'noShow', row('planned', 'Bring the brochure'))).toBe('missed');
    expect(invitationContactChange('registered', 'invited', row('planned'))).toBeNull();
    expect(invitationContactChange('attended', 'invited', row('done'))).toBeNull();
  });

  it('follows a corrected mark on a row the attendance set, and nothing else', () => {
    expect(invitationContactChange('noShow', 'attended', row('done'))).toBe('missed');
    expect(invitationContactChange('registered', 'attended', row('done'))).toBe('planned');
    expect(invitationContactChange('attended', 'noShow', row('missed'))).toBe('done');
    expect(invitationContactChange('invited', 'noShow', row('missed'))).toBe('planned');
  });

  it('leaves a row someone logged or cancelled as it is', () => {
    // Logged done in My day before the event: the invitee's status does not account for it.
    expect(invitationContactChange('registered', 'invited', row('done'))).toBe('logged');
    expect(invitationContactChange('noShow', 'registered', row('done'))).toBe('logged');
    expect(invitationContactChange('attended', 'invited', row('missed'))).toBe('logged');
    // Logged with a note: attendance writes none, so the note says a person settled it.
    expect(invitationContactChange('registered', 'attended', row('done', 'Called Maria'))).toBe('logged');
    expect(invitationContactChange('attended', 'invited', row('cancelled'))).toBe('logged');
    expect(invitationContactChange('attended', 'invited', row('Postponed'))).toBe('logged');
  });
});

describe('a fax invitation’s Outcome', () => {
  const sent = translate('en', 'events.fax.sentOutcome');
  const failed = translate('en', 'events.fax.failedOutcome');

  it('keeps the person’s note first, Suki’s words after it, never piling up', () => {
    expect(faxOutcome(null, sent)).toBe(sent);
    expect(faxOutcome('  ', sent)).toBe(sent);
    expect(faxOutcome('Attn: purchasing', sent)).toBe(`Attn: purchasing\n${sent}`);
    expect(faxOutcome(`Attn: purchasing\n${sent}`, failed)).toBe(`Attn: purchasing\n${failed}`);
    expect(faxOutcome(`Attn: purchasing\n${failed}`, sent)).toBe(`Attn: purchasing\n${sent}`);
    expect(faxOutcome(`${failed}\n${sent}`, sent)).toBe(sent);
    // Suki's words in another language are Suki's too.
    expect(faxOutcome(`Attn ${translate('fil', 'events.fax.sentOutcome')}`, sent)).toBe(`Attn\n${sent}`);
  });

  it('gives the person’s note back alone, or nothing, when Suki’s words are taken off', () => {
    expect(faxOutcome(`Attn: purchasing\n${sent}`, null)).toBe('Attn: purchasing');
    expect(faxOutcome(sent, null)).toBeNull();
    expect(faxOutcome(12, null)).toBe('12');
    // Words of Suki's in the middle are the person's text now: kept.
    expect(faxOutcome(`${sent} then called`, null)).toBe(`${sent} then called`);
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
