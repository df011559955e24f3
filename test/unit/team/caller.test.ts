/** Who is calling, as the team sees them, and why they may be refused. */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../src/core/i18n/translate';
import {
  type Caller,
  type Identity,
  maySetUp,
  type Requirement,
  refusalFor,
  resolveCaller,
} from '../../../src/core/team/caller';
import type { Absence } from '../../../src/core/team/cover';
import type { TeamMember } from '../../../src/core/team/members';

const HEAD = 'hana.head@suki.test';
const MANAGER = 'mario@suki.test';
const OTHER = 'ana@suki.test';
const t = translatorFor('en');

const member = (email: string, role: TeamMember['role'], active = true): TeamMember => ({
  id: `T-${email}`,
  email,
  name: email,
  role,
  active,
});

const TEAM = [
  member(HEAD, 'head'),
  member(MANAGER, 'manager'),
  member(OTHER, 'manager'),
  member('gone@suki.test', 'head', false),
];
const ANA_AWAY: Absence = {
  id: 'A-000001',
  manager: OTHER,
  from: '2025-03-10',
  to: '2025-03-14',
  deputy: MANAGER,
  recordedBy: HEAD,
};
const TODAY = '2025-03-11';

const google = (email: string): Identity => ({ email, source: 'google' });
const resolve = (identity: Identity, team = TEAM, today = TODAY) =>
  resolveCaller(identity, team, [ANA_AWAY], today);

describe('resolveCaller', () => {
  it('gives a verified person their role and today’s cover, their e-mail as Suki compares it', () => {
    expect(resolve(google(' Mario@Suki.TEST '))).toEqual({
      email: MANAGER,
      source: 'google',
      role: 'manager',
      covers: [OTHER],
      teamEmpty: false,
      unverifiedHead: false,
    });
    expect(resolve(google(MANAGER), TEAM, '2025-03-15').covers).toEqual([]);
    expect(resolve(google(HEAD))).toMatchObject({ role: 'head', covers: [] });
  });

  it('gives an unverified identity naming a head no role at all', () => {
    expect(resolve({ email: HEAD, source: 'declared' })).toMatchObject({
      email: HEAD,
      role: null,
      covers: [],
      unverifiedHead: true,
    });
  });

  it('lets an unverified identity naming a manager work as that manager', () => {
    expect(resolve({ email: MANAGER, source: 'declared' })).toMatchObject({
      role: 'manager',
      covers: [OTHER],
      unverifiedHead: false,
    });
  });

  it('gives a trigger its creator’s role', () => {
    expect(resolve({ email: HEAD, source: 'trigger' })).toMatchObject({
      role: 'head',
      unverifiedHead: false,
    });
  });

  it('gives no role to a stranger, a dismissed member, or nobody', () => {
    for (const email of ['stranger@else.test', 'gone@suki.test', '']) {
      expect(resolve(google(email)), email).toMatchObject({ role: null, covers: [] });
    }
  });

  it('says when the team has nobody on it, and not when it merely lost its head', () => {
    expect(resolve(google(MANAGER)).teamEmpty).toBe(false);
    expect(resolve(google('first@suki.test'), []).teamEmpty).toBe(true);
    const headGone = TEAM.filter((m) => m.email !== HEAD);
    expect(resolve(google(MANAGER), headGone).teamEmpty).toBe(false);
    expect(maySetUp(resolve(google('stranger@else.test'), headGone))).toBe(false);
  });
});

describe('refusalFor', () => {
  const message = (caller: Caller, need: Requirement) => {
    const refusal = refusalFor(caller, need);
    return refusal && t(refusal.key, refusal.params);
  };

  it('refuses no one what anyone may do', () => {
    for (const identity of [
      google(''),
      google('stranger@else.test'),
      { email: HEAD, source: 'declared' } as const,
    ]) {
      expect(refusalFor(resolve(identity), 'anyone')).toBeNull();
    }
  });

  it('asks someone Google hides to say who they are', () => {
    expect(message(resolve(google('')), 'member')).toBe(t('access.hiddenEmail'));
    expect(message(resolve({ email: '', source: 'declared' }), 'head')).toBe(t('access.hiddenEmail'));
  });

  it('refuses an unverified head even what a member may do', () => {
    const caller = resolve({ email: HEAD, source: 'declared' });
    expect(refusalFor(caller, 'member')).toEqual({ key: 'access.unverifiedHead', params: { email: HEAD } });
    expect(message(caller, 'head')).toBe(
      `Suki cannot confirm that you are ${HEAD}, so a head’s rights are not given. Open the spreadsheet signed in with that Google account.`,
    );
  });

  it('refuses someone not on the team, naming them', () => {
    expect(refusalFor(resolve(google('Stranger@Else.test')), 'member')).toEqual({
      key: 'access.notOnTeam',
      params: { email: 'stranger@else.test' },
    });
  });

  it('refuses a manager what only a head may do, and nothing else', () => {
    const manager = resolve(google(MANAGER));
    expect(message(manager, 'head')).toBe(`Only a head of the team can do this; ${MANAGER} is a manager.`);
    expect(refusalFor(manager, 'member')).toBeNull();
    const head = resolve(google(HEAD));
    expect(refusalFor(head, 'head')).toBeNull();
    expect(refusalFor(head, 'member')).toBeNull();
  });
});

describe('maySetUp', () => {
  it('lets a head, or the first verified person of an empty team', () => {
    expect(maySetUp(resolve(google(HEAD)))).toBe(true);
    expect(maySetUp(resolve(google('first@suki.test'), []))).toBe(true);
  });

  it('refuses a manager, an unverified or hidden person, and a trigger, even without a head', () => {
    expect(maySetUp(resolve(google(MANAGER)))).toBe(false);
    expect(maySetUp(resolve({ email: 'first@suki.test', source: 'declared' }, []))).toBe(false);
    expect(maySetUp(resolve(google(''), []))).toBe(false);
    expect(maySetUp(resolve({ email: 'first@suki.test', source: 'trigger' }, []))).toBe(false);
  });
});
