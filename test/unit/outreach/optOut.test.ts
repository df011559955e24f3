/**
 * The one reading of a person's opt-out (core/outreach/optOut.ts): only a blank or a "no" — the
 * key, or its label in either language, trimmed and case-blind — leaves a person on the list.
 */
import { describe, expect, it } from 'vitest';
import { mailAudience, optedOutAddresses } from '../../../src/core/outreach/mailAudience';
import { isOptedOut } from '../../../src/core/outreach/optOut';

describe('isOptedOut', () => {
  it.each(['yes', 'Yes', 'YES', ' oo ', 'Oo', 'x', 'true', 'opted out'])('"%s" is opted out', (value) => {
    expect(isOptedOut(value)).toBe(true);
  });

  it.each(['', '  ', 'no', 'No', ' NO ', 'Hindi', 'hindi', null, undefined])('%j is not', (value) => {
    expect(isOptedOut(value)).toBe(false);
  });
});

describe('the audience with opt-outs typed by hand', () => {
  const people = [
    { id: 'N-000001', clientId: 'C-000001', name: 'Typed Yes', email: 'yes@alpha.test', optedOut: 'Yes' },
    { id: 'N-000002', clientId: 'C-000001', name: 'Typed Oo', email: 'oo@alpha.test', optedOut: 'Oo' },
    { id: 'N-000003', clientId: 'C-000001', name: 'Typed No', email: 'no@alpha.test', optedOut: 'No' },
    { id: 'N-000004', clientId: 'C-000001', name: 'Blank', email: 'blank@alpha.test', optedOut: null },
  ];

  it('skips every typed opt-out and mails the rest', () => {
    expect([...optedOutAddresses(people)].sort()).toEqual(['oo@alpha.test', 'yes@alpha.test']);
    const audience = mailAudience(
      {},
      {
        people,
        clients: [{ id: 'C-000001', name: 'Alpha', owner: 'mario@suki.test' }],
        mayMail: () => true,
        alreadyMailed: new Set(),
      },
    );
    expect(audience.recipients.map((r) => r.email)).toEqual(['no@alpha.test', 'blank@alpha.test']);
    expect(audience.skipped.map((s) => [s.email, s.reason])).toEqual([
      ['yes@alpha.test', 'optedOut'],
      ['oo@alpha.test', 'optedOut'],
    ]);
  });
});
