/** Who holds an absent manager's rights on a given day: the deputy, else a head, never nobody. */
import { describe, expect, it } from 'vitest';
import {
  type Absence,
  absenceOn,
  absencesOf,
  coveredBy,
  coverHolder,
  isInForce,
} from '../../../src/core/team/cover';
import type { TeamMember } from '../../../src/core/team/members';

const member = (email: string, role: TeamMember['role'], active = true): TeamMember => ({
  id: `T-${email}`,
  email,
  name: email.slice(0, email.indexOf('@')),
  role,
  active,
});

const TEAM: TeamMember[] = [
  member('first.head@suki.test', 'head'),
  member('second.head@suki.test', 'head'),
  member('ana@suki.test', 'manager'),
  member('ben@suki.test', 'manager'),
  member('cora@suki.test', 'manager'),
  member('gone@suki.test', 'manager', false),
  member('gone.head@suki.test', 'head', false),
];

const absence = (
  manager: string,
  from: string,
  to: string,
  deputy: string,
  recordedBy = 'second.head@suki.test',
): Absence => ({
  id: `A-${manager}-${from}`,
  manager,
  from,
  to,
  deputy,
  recordedBy,
});

const ANA_AWAY = absence('ana@suki.test', '2025-03-10', '2025-03-14', 'ben@suki.test');

describe('isInForce', () => {
  it.each([
    ['2025-03-09', false],
    ['2025-03-10', true],
    ['2025-03-12', true],
    ['2025-03-14', true],
    ['2025-03-15', false],
    ['2026-03-12', false],
  ])('on %s is %s (both ends included)', (day, expected) => {
    expect(isInForce(ANA_AWAY, day)).toBe(expected);
  });

  it('holds for a one-day absence on that day only', () => {
    const oneDay = absence('ana@suki.test', '2025-11-02', '2025-11-02', 'ben@suki.test');
    expect(['2025-11-01', '2025-11-02', '2025-11-03'].map((day) => isInForce(oneDay, day))).toEqual([
      false,
      true,
      false,
    ]);
  });
});

describe('absenceOn', () => {
  it('finds the manager’s absence in force, whatever the case of the e-mail', () => {
    const later = absence('ana@suki.test', '2025-04-01', '2025-04-02', 'cora@suki.test');
    expect(absenceOn([later, ANA_AWAY], ' Ana@Suki.test ', '2025-03-11')).toBe(ANA_AWAY);
    expect(absenceOn([later, ANA_AWAY], 'ana@suki.test', '2025-04-02')).toBe(later);
    expect(absenceOn([later, ANA_AWAY], 'ana@suki.test', '2025-03-20')).toBeUndefined();
    expect(absenceOn([later, ANA_AWAY], 'ben@suki.test', '2025-03-11')).toBeUndefined();
  });
});

describe('coverHolder', () => {
  it('is undefined on a day the manager is not away', () => {
    expect(coverHolder(TEAM, [ANA_AWAY], 'ana@suki.test', '2025-03-09')).toBeUndefined();
    expect(coverHolder(TEAM, [ANA_AWAY], 'ben@suki.test', '2025-03-11')).toBeUndefined();
  });

  it('is the deputy from the first day to the last', () => {
    expect(coverHolder(TEAM, [ANA_AWAY], 'ana@suki.test', '2025-03-10')).toBe('ben@suki.test');
    expect(coverHolder(TEAM, [ANA_AWAY], 'ANA@suki.test', '2025-03-14')).toBe('ben@suki.test');
  });

  it('passes to the head who recorded the absence while the deputy is away too', () => {
    const benAway = absence('ben@suki.test', '2025-03-12', '2025-03-20', 'cora@suki.test');
    const absences = [ANA_AWAY, benAway];
    expect(coverHolder(TEAM, absences, 'ana@suki.test', '2025-03-11')).toBe('ben@suki.test');
    expect(coverHolder(TEAM, absences, 'ana@suki.test', '2025-03-12')).toBe('second.head@suki.test');
    expect(coverHolder(TEAM, absences, 'ben@suki.test', '2025-03-12')).toBe('cora@suki.test');
  });

  it('passes to a head when the deputy is no longer on the team, or is the manager', () => {
    expect(
      coverHolder(TEAM, [{ ...ANA_AWAY, deputy: 'gone@suki.test' }], 'ana@suki.test', '2025-03-11'),
    ).toBe('second.head@suki.test');
    expect(
      coverHolder(TEAM, [{ ...ANA_AWAY, deputy: 'stranger@else.test' }], 'ana@suki.test', '2025-03-11'),
    ).toBe('second.head@suki.test');
    expect(coverHolder(TEAM, [{ ...ANA_AWAY, deputy: 'ana@suki.test' }], 'ana@suki.test', '2025-03-11')).toBe(
      'second.head@suki.test',
    );
  });

  it('falls back to the first active head when whoever recorded it is not a head now', () => {
    const away = { ...ANA_AWAY, deputy: 'gone@suki.test' };
    for (const recordedBy of ['gone.head@suki.test', 'cora@suki.test', '']) {
      expect(coverHolder(TEAM, [{ ...away, recordedBy }], 'ana@suki.test', '2025-03-11'), recordedBy).toBe(
        'first.head@suki.test',
      );
    }
  });

  it('is nobody only when the team has no active head', () => {
    const headless = TEAM.filter((m) => m.role !== 'head' || !m.active);
    expect(
      coverHolder(headless, [{ ...ANA_AWAY, deputy: '' }], 'ana@suki.test', '2025-03-11'),
    ).toBeUndefined();
    expect(coverHolder(headless, [ANA_AWAY], 'ana@suki.test', '2025-03-11')).toBe('ben@suki.test');
  });
});

describe('coveredBy', () => {
  it('lists the managers a deputy holds on the days of their absences', () => {
    const coraAway = absence('cora@suki.test', '2025-03-13', '2025-03-18', 'ben@suki.test');
    const absences = [ANA_AWAY, coraAway];
    expect(coveredBy(TEAM, absences, 'ben@suki.test', '2025-03-09')).toEqual([]);
    expect(coveredBy(TEAM, absences, 'ben@suki.test', '2025-03-10')).toEqual(['ana@suki.test']);
    expect(coveredBy(TEAM, absences, 'Ben@Suki.test', '2025-03-14')).toEqual([
      'ana@suki.test',
      'cora@suki.test',
    ]);
    expect(coveredBy(TEAM, absences, 'ben@suki.test', '2025-03-15')).toEqual(['cora@suki.test']);
    expect(coveredBy(TEAM, absences, 'ben@suki.test', '2025-03-19')).toEqual([]);
  });

  it('gives the head both managers when two deputies are away covering each other', () => {
    const benAway = absence(
      'ben@suki.test',
      '2025-03-10',
      '2025-03-14',
      'ana@suki.test',
      'first.head@suki.test',
    );
    const absences = [ANA_AWAY, benAway];
    expect(coveredBy(TEAM, absences, 'ben@suki.test', '2025-03-11')).toEqual([]);
    expect(coveredBy(TEAM, absences, 'ana@suki.test', '2025-03-11')).toEqual([]);
    expect(coveredBy(TEAM, absences, 'second.head@suki.test', '2025-03-11')).toEqual(['ana@suki.test']);
    expect(coveredBy(TEAM, absences, 'first.head@suki.test', '2025-03-11')).toEqual(['ben@suki.test']);
  });

  it('is nothing for a blank e-mail, even when a cover falls to nobody', () => {
    const headless = TEAM.filter((m) => m.role !== 'head');
    expect(coveredBy(headless, [{ ...ANA_AWAY, deputy: '' }], '', '2025-03-11')).toEqual([]);
    expect(coveredBy(TEAM, [ANA_AWAY], '  ', '2025-03-11')).toEqual([]);
  });
});

describe('absencesOf', () => {
  it('reads the rows in force or to come, leaving out cancelled and unreadable ones', () => {
    const row = {
      id: 'A-000001',
      manager: ' Ana@Suki.test ',
      from: '2025-03-10',
      to: '2025-03-14',
      deputy: 'BEN@suki.test',
      createdBy: 'Second.Head@suki.test',
      archivedAt: null,
    };
    expect(
      absencesOf([
        row,
        { ...row, id: 'A-000002', archivedAt: '2025-03-01T00:00:00.000Z' },
        { ...row, id: 'A-000003', manager: '' },
        { ...row, id: 'A-000004', from: 'next week' },
        { ...row, id: 'A-000005', to: null },
        { ...row, id: 'A-000006', from: '2025-03-15' },
      ]),
    ).toEqual([
      {
        id: 'A-000001',
        manager: 'ana@suki.test',
        from: '2025-03-10',
        to: '2025-03-14',
        deputy: 'ben@suki.test',
        recordedBy: 'second.head@suki.test',
      },
    ]);
  });
});
