/** In what right a caller works on a record, whom they may give it to, and what the audit log says. */
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/core/team/caller';
import { capacityNote, mayAssignTo, workCapacity } from '../../../src/core/team/workRights';

const ME = 'mario@suki.test';
const COVERED = 'ana@suki.test';
const OTHER = 'ben@suki.test';

const caller = (
  role: Caller['role'],
  covers: string[] = [],
  source: Caller['source'] = 'google',
): Caller => ({
  email: ME,
  source,
  role,
  covers,
  teamEmpty: false,
  unverifiedHead: false,
});

const manager = caller('manager', [COVERED]);

describe('workCapacity', () => {
  it('is own for a record the manager or their client owns, whatever the case', () => {
    expect(workCapacity(manager, ['Mario@Suki.test'])).toEqual({ kind: 'own' });
    expect(workCapacity(manager, [OTHER, ME])).toEqual({ kind: 'own' });
    expect(workCapacity(manager, [COVERED, ME])).toEqual({ kind: 'own' });
  });

  it('is deputy for a record of a manager they cover', () => {
    expect(workCapacity(manager, [COVERED])).toEqual({ kind: 'deputy', forManager: COVERED });
    expect(workCapacity(manager, ['', OTHER, ' ANA@suki.test'])).toEqual({
      kind: 'deputy',
      forManager: COVERED,
    });
  });

  it('refuses a manager someone else’s record, and one owned by nobody', () => {
    expect(workCapacity(manager, [OTHER])).toBeNull();
    expect(workCapacity(manager, [])).toBeNull();
    expect(workCapacity(manager, ['', null, undefined, 42])).toBeNull();
    expect(workCapacity(caller('manager'), [COVERED])).toBeNull();
  });

  it('is head for anything a head touches, and nothing for someone without a role', () => {
    expect(workCapacity(caller('head'), [OTHER])).toEqual({ kind: 'head' });
    expect(workCapacity(caller('head'), [])).toEqual({ kind: 'head' });
    expect(workCapacity(caller(null, [COVERED]), [ME])).toBeNull();
    expect(workCapacity(caller(null, [COVERED]), [COVERED])).toBeNull();
  });
});

describe('mayAssignTo', () => {
  it('lets a manager give work to themselves or keep it with a manager they cover', () => {
    expect(mayAssignTo(manager, ' MARIO@suki.test')).toBe(true);
    expect(mayAssignTo(manager, COVERED)).toBe(true);
    expect(mayAssignTo(manager, OTHER)).toBe(false);
    expect(mayAssignTo(manager, '')).toBe(false);
    expect(mayAssignTo(manager, null)).toBe(false);
  });

  it('lets a head give work to anyone, and someone without a role to no one', () => {
    expect(mayAssignTo(caller('head'), OTHER)).toBe(true);
    expect(mayAssignTo(caller(null), ME)).toBe(false);
  });
});

describe('capacityNote', () => {
  it.each([
    ['a verified person for themselves', 'google', { kind: 'own' }, ''],
    ['a head', 'google', { kind: 'head' }, ''],
    ['nothing known', 'google', undefined, ''],
    ['a refused write', 'google', null, ''],
    ['an unverified person', 'declared', { kind: 'own' }, 'unverified'],
    ['a trigger', 'trigger', { kind: 'head' }, 'trigger'],
    ['a deputy', 'google', { kind: 'deputy', forManager: COVERED }, `deputy for ${COVERED}`],
    [
      'an unverified deputy',
      'declared',
      { kind: 'deputy', forManager: COVERED },
      `unverified; deputy for ${COVERED}`,
    ],
  ] as const)('for %s is %j', (_label, source, capacity, note) => {
    expect(capacityNote({ source }, capacity)).toBe(note);
  });
});
