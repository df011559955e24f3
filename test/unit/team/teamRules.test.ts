/** The rules a Team or Absences record keeps against the rest of the team. */
import { describe, expect, it } from 'vitest';
import type { TableRecord } from '../../../src/core/tables/tableSpec';
import type { Absence } from '../../../src/core/team/cover';
import type { TeamMember } from '../../../src/core/team/members';
import { absenceErrors, teamRecordErrors } from '../../../src/core/team/teamRules';

const HEAD = 'hana@suki.test';
const SECOND_HEAD = 'hugo@suki.test';
const ANA = 'ana@suki.test';
const BEN = 'ben@suki.test';
const GONE = 'gone@suki.test';

const member = (id: string, email: string, role: TeamMember['role'], active = true): TeamMember => ({
  id,
  email,
  name: email,
  role,
  active,
});

const ONE_HEAD = [
  member('T-000001', HEAD, 'head'),
  member('T-000002', ANA, 'manager'),
  member('T-000003', BEN, 'manager'),
  member('T-000004', GONE, 'manager', false),
];
const TWO_HEADS = [...ONE_HEAD, member('T-000005', SECOND_HEAD, 'head')];

const row = (email: string, role: string, extra: TableRecord = {}): TableRecord => ({
  id: 'T-000009',
  email,
  name: 'Someone',
  role,
  status: 'active',
  archivedAt: null,
  ...extra,
});

const fields = (errors: readonly { field: string; key: string }[]) => errors.map((e) => [e.field, e.key]);

describe('teamRecordErrors', () => {
  it('accepts a new member, and a dismissed e-mail appointed again', () => {
    expect(teamRecordErrors(row('new@suki.test', 'manager'), null, ONE_HEAD)).toEqual([]);
    expect(teamRecordErrors(row(GONE, 'manager'), null, ONE_HEAD)).toEqual([]);
  });

  it('refuses an e-mail already on the team, whatever its case (emailTaken)', () => {
    expect(teamRecordErrors(row(' Ana@Suki.test ', 'head'), null, ONE_HEAD)).toEqual([
      { field: 'email', key: 'team.emailTaken', params: { email: ANA, id: 'T-000002' } },
    ]);
  });

  it('refuses changing a member’s e-mail, and only says that (emailFixed)', () => {
    const before = row(ANA, 'manager', { id: 'T-000002' });
    expect(teamRecordErrors({ ...before, email: BEN }, before, ONE_HEAD)).toEqual([
      { field: 'email', key: 'team.emailFixed', params: {} },
    ]);
    expect(teamRecordErrors({ ...before, email: 'ANA@suki.test', name: 'Ana M.' }, before, ONE_HEAD)).toEqual(
      [],
    );
  });

  it('refuses archiving a member: a dismissal hands their work over (archiveNotAllowed)', () => {
    const before = row(ANA, 'manager', { id: 'T-000002' });
    expect(
      fields(teamRecordErrors({ ...before, archivedAt: '2025-03-01T00:00:00.000Z' }, before, ONE_HEAD)),
    ).toEqual([['email', 'team.archiveNotAllowed']]);
  });

  it('keeps at least one head (lastHead)', () => {
    const head = row(HEAD, 'head', { id: 'T-000001' });
    expect(teamRecordErrors({ ...head, role: 'manager' }, head, ONE_HEAD)).toEqual([
      { field: 'role', key: 'team.lastHead', params: {} },
    ]);
    expect(teamRecordErrors({ ...head, role: 'manager' }, head, TWO_HEADS)).toEqual([]);
    expect(teamRecordErrors({ ...head, name: 'Hana H.' }, head, ONE_HEAD)).toEqual([]);
  });

  it('does not count a dismissed head’s row as the last head', () => {
    const dismissed = row('old.head@suki.test', 'head', { status: 'dismissed' });
    expect(teamRecordErrors({ ...dismissed, role: 'manager' }, dismissed, ONE_HEAD)).toEqual([]);
  });
});

describe('absenceErrors', () => {
  const existing: Absence = {
    id: 'A-000001',
    manager: ANA,
    from: '2025-03-10',
    to: '2025-03-14',
    deputy: BEN,
    recordedBy: HEAD,
  };
  const candidate = (extra: TableRecord = {}): TableRecord => ({
    id: null,
    manager: ANA,
    from: '2025-03-17',
    to: '2025-03-21',
    reason: 'vacation',
    deputy: BEN,
    ...extra,
  });

  it('accepts an absence of an active manager with another member as deputy', () => {
    expect(absenceErrors(candidate(), ONE_HEAD, [existing])).toEqual([]);
    expect(absenceErrors(candidate({ deputy: 'HANA@suki.test' }), ONE_HEAD, [existing])).toEqual([]);
  });

  it('refuses an absent person who is not an active manager', () => {
    for (const manager of [HEAD, GONE, 'stranger@else.test', '']) {
      expect(fields(absenceErrors(candidate({ manager }), ONE_HEAD, [])), manager).toEqual([
        ['manager', 'absence.notManager'],
      ]);
    }
  });

  it('refuses a deputy who is not another active member', () => {
    for (const deputy of [ANA, GONE, 'stranger@else.test', null]) {
      expect(fields(absenceErrors(candidate({ deputy }), ONE_HEAD, [])), String(deputy)).toEqual([
        ['deputy', 'absence.deputyInvalid'],
      ]);
    }
  });

  it('refuses a last day before the first, and then looks no further', () => {
    expect(
      fields(absenceErrors(candidate({ from: '2025-03-12', to: '2025-03-11' }), ONE_HEAD, [existing])),
    ).toEqual([['to', 'absence.order']]);
    expect(absenceErrors(candidate({ from: '2025-03-21', to: '2025-03-21' }), ONE_HEAD, [])).toEqual([]);
  });

  it('refuses an overlap with another absence of the same manager, both ends included', () => {
    const overlapping: [string, string][] = [
      ['2025-03-14', '2025-03-20'],
      ['2025-03-01', '2025-03-10'],
      ['2025-03-11', '2025-03-12'],
      ['2025-03-01', '2025-03-31'],
    ];
    for (const [from, to] of overlapping) {
      expect(absenceErrors(candidate({ from, to }), ONE_HEAD, [existing]), `${from}–${to}`).toEqual([
        {
          field: 'from',
          key: 'absence.overlap',
          params: { manager: ANA, from: '2025-03-10', to: '2025-03-14', id: 'A-000001' },
        },
      ]);
    }
  });

  it('accepts the days next to it, another manager’s absence, and the absence itself being edited', () => {
    expect(absenceErrors(candidate({ from: '2025-03-15', to: '2025-03-20' }), ONE_HEAD, [existing])).toEqual(
      [],
    );
    expect(absenceErrors(candidate({ from: '2025-03-01', to: '2025-03-09' }), ONE_HEAD, [existing])).toEqual(
      [],
    );
    expect(
      absenceErrors(
        candidate({ manager: BEN, deputy: ANA, from: '2025-03-12', to: '2025-03-13' }),
        ONE_HEAD,
        [existing],
      ),
    ).toEqual([]);
    expect(
      absenceErrors(candidate({ id: 'A-000001', from: '2025-03-10', to: '2025-03-18' }), ONE_HEAD, [
        existing,
      ]),
    ).toEqual([]);
  });
});
