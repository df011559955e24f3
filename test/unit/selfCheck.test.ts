import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
import { translatorFor } from '../../src/core/i18n/translate';
import { type AuthorizationReading, MANIFEST_SCOPES } from '../../src/core/selfCheck/authorizationCheck';
import { offsetChangesInYear, probeDates } from '../../src/core/selfCheck/dateProbes';
import { METADATA_PROBE, type MetadataStepReading } from '../../src/core/selfCheck/metadataProbe';
import { isStaleProbeSheet, probeSheetName } from '../../src/core/selfCheck/probeSheet';
import { sayMessage, selfCheckReport } from '../../src/core/selfCheck/report';
import {
  type CellReading,
  decideTextWriteMode,
  TEXT_PROBES,
  textCheckStatus,
  textProbeProblems,
  textProbes,
  textWriteModeRecord,
} from '../../src/core/selfCheck/textProbes';
import { evaluateSelfCheck, type SelfCheckObservations } from '../../src/core/selfCheck/verdict';
import { TEXT_WRITE_MODE_UNSAFE, textWriteModeOf } from '../../src/core/tables/textWriteMode';

const en = translatorFor('en');
const fil = translatorFor('fil');

const exact = (): CellReading[] => TEXT_PROBES.map((value) => ({ value, formula: '' }));
/** Row 1 as Sheets would show it after each metadata step, when the tag follows its column. */
const FOLLOWED: MetadataStepReading[] = [
  { step: 'tag', tagColumns: [3], row1: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', '', ''] },
  { step: 'insertBefore', tagColumns: [4], row1: ['m1', 'm2', '', 'm3', 'm4', 'm5', 'm6', ''] },
  { step: 'moveTagged', tagColumns: [6], row1: ['m1', 'm2', '', 'm4', 'm5', 'm3', 'm6', ''] },
  { step: 'delete', tagColumns: [5], row1: ['m2', '', 'm4', 'm5', 'm3', 'm6', '', ''] },
  { step: 'deleteTagged', tagColumns: [], row1: ['m2', '', 'm4', 'm5', 'm6', '', '', ''] },
];
const granted: AuthorizationReading = { status: 'notRequired', authorizedScopes: MANIFEST_SCOPES.slice() };

function observations(overrides: Partial<SelfCheckObservations> = {}): SelfCheckObservations {
  return {
    timeZone: 'Asia/Manila',
    plainText: { ok: true, value: exact() },
    apostropheText: { ok: true, value: exact() },
    dates: {
      ok: true,
      value: probeDates('Asia/Manila', new Date('2026-05-01T00:00:00Z')).map((d) => ({
        isoDate: d.isoDate,
        value: d.instant,
      })),
    },
    metadata: { ok: true, value: FOLLOWED },
    lock: { ok: true, value: 'released' },
    authorization: { ok: true, value: granted },
    probeSheet: { name: 'Suki check 20260501-000000', removed: true },
    ...overrides,
  };
}

const statusOf = (obs: SelfCheckObservations, id: string) =>
  evaluateSelfCheck(obs)
    .checks.filter((c) => c.id === id)
    .map((c) => c.status);

describe('text probes', () => {
  it('probe formulas, numbers, a date, -cmd, @x and a quoted word', () => {
    expect(TEXT_PROBES).toEqual([
      '=1+1',
      '=IMPORTXML("x","y")',
      '+1',
      '007',
      '1e3',
      '2026-01-01',
      '-cmd',
      '@x',
      "'quoted",
    ]);
  });

  it('write raw text in plain mode and a leading apostrophe in apostrophe mode, expecting the probe back', () => {
    expect(textProbes('plain')[8]).toEqual({ written: "'quoted", expected: "'quoted" });
    expect(textProbes('apostrophe')[0]).toEqual({ written: "'=1+1", expected: '=1+1' });
    expect(textProbes('apostrophe')[8]).toEqual({ written: "''quoted", expected: "'quoted" });
  });

  it('pass only an exact string without a formula, and say what came back otherwise', () => {
    expect(textProbeProblems('plain', exact())).toEqual([]);
    const readings = exact();
    readings[0] = { value: 2, formula: '=1+1' };
    readings[3] = { value: 7, formula: '' };
    readings[5] = { value: new Date('2025-12-31T16:00:00Z'), formula: '' };
    readings[6] = { value: '', formula: '' };
    readings[8] = { value: 'quoted', formula: '' };
    const problems = textProbeProblems('plain', readings, 'Asia/Manila');
    expect(problems.map((p) => p.probe)).toEqual(['=1+1', '007', '2026-01-01', '-cmd', "'quoted"]);
    expect(problems.map((p) => en(p.problem.key, p.problem.params))).toEqual([
      '“=1+1” became a formula (it shows “2”)',
      '“007” became a number or a date (it shows “7”)',
      '“2026-01-01” became a number or a date (it shows “2026-01-01 00:00”)',
      '“-cmd” came back empty',
      "“'quoted” came back as “quoted”",
    ]);
  });

  it('name what was written in apostrophe mode, apostrophe included', () => {
    const readings = exact();
    readings[8] = { value: "''quoted", formula: '' };
    const [problem] = textProbeProblems('apostrophe', readings);
    expect(en(problem?.problem.key ?? 'app.name', problem?.problem.params)).toBe(
      "“''quoted” came back as “''quoted”",
    );
  });

  it('count a refused probe as could not check', () => {
    expect(textCheckStatus('plain', { ok: false, error: 'boom' })).toBe('unknown');
    expect(textCheckStatus('plain', { ok: true, value: exact() })).toBe('passed');
    expect(textCheckStatus('plain', { ok: true, value: exact().slice(1) })).toBe('failed');
  });
});

describe('the text write mode', () => {
  it.each([
    ['passed', 'passed', 'plain'],
    ['passed', 'failed', 'plain'],
    ['passed', 'unknown', 'plain'],
    ['failed', 'passed', 'apostrophe'],
    ['unknown', 'passed', 'apostrophe'],
    ['failed', 'failed', 'unsafe'],
    ['failed', 'unknown', 'inconclusive'],
    ['unknown', 'failed', 'inconclusive'],
    ['unknown', 'unknown', 'inconclusive'],
  ] as const)('plain %s, apostrophe %s: %s', (plain, apostrophe, decision) => {
    expect(decideTextWriteMode(plain, apostrophe)).toBe(decision);
  });

  it('records the mode, an unusable value when neither works, and nothing when unsure', () => {
    expect(textWriteModeRecord('plain')).toBe('plain');
    expect(textWriteModeRecord('apostrophe')).toBe('apostrophe');
    expect(textWriteModeRecord('unsafe')).toBe(TEXT_WRITE_MODE_UNSAFE);
    expect(textWriteModeRecord('inconclusive')).toBeNull();
    // Suki's writers take the unsafe marker as "refuse to write", never as a mode to write in.
    expect(textWriteModeOf(TEXT_WRITE_MODE_UNSAFE)).toBeNull();
    expect(textWriteModeOf(undefined)).toBe('plain');
    expect(textWriteModeOf('apostrophe')).toBe('apostrophe');
  });
});

describe('dates around midnight', () => {
  it('finds the DST changes of a year with Intl, to the minute', () => {
    expect(offsetChangesInYear('Europe/Berlin', 2026).map((d) => d.toISOString())).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-10-25T01:00:00.000Z',
    ]);
    // Chile changes its clocks at midnight, Lord Howe by half an hour.
    expect(offsetChangesInYear('America/Santiago', 2026).map((d) => d.toISOString())).toEqual([
      '2026-04-05T03:00:00.000Z',
      '2026-09-06T04:00:00.000Z',
    ]);
    expect(offsetChangesInYear('Australia/Lord_Howe', 2026)).toHaveLength(2);
    expect(offsetChangesInYear('Asia/Manila', 2026)).toEqual([]);
  });

  it('probe today, New Year days and the days around every change of this year and the next', () => {
    const days = probeDates('Europe/Berlin', new Date('2026-05-01T10:00:00Z')).map((d) => d.isoDate);
    expect(days).toEqual([
      '2026-01-01',
      '2026-03-29',
      '2026-03-30',
      '2026-05-01',
      '2026-10-25',
      '2026-10-26',
      '2026-12-31',
      '2027-01-01',
      '2027-03-28',
      '2027-03-29',
      '2027-10-31',
      '2027-11-01',
    ]);
    const santiago = probeDates('America/Santiago', new Date('2026-05-01T10:00:00Z')).map((d) => d.isoDate);
    expect(santiago).toEqual(
      expect.arrayContaining(['2026-04-04', '2026-04-05', '2026-09-05', '2026-09-06']),
    );
  });

  it('write the first instant of each day, which falls on that day in the zone', () => {
    for (const zone of ['Europe/Berlin', 'America/Santiago', 'America/Havana', 'Australia/Lord_Howe']) {
      for (const day of probeDates(zone, new Date('2026-05-01T10:00:00Z'))) {
        expect(isoDateInZone(day.instant, zone), `${zone} ${day.isoDate}`).toBe(day.isoDate);
        expect(isoDateInZone(new Date(day.instant.getTime() - 1), zone), `${zone} ${day.isoDate}`).not.toBe(
          day.isoDate,
        );
      }
    }
  });

  it('fail a date that came back on another day, or not as a date', () => {
    const obs = observations({
      timeZone: 'Europe/Berlin',
      dates: {
        ok: true,
        value: [
          { isoDate: '2026-03-29', value: new Date('2026-03-28T22:00:00Z') },
          { isoDate: '2026-03-30', value: '2026-03-30' },
          { isoDate: '2026-05-01', value: new Date('2026-04-30T22:00:00Z') },
        ],
      },
    });
    const check = evaluateSelfCheck(obs).checks.find((c) => c.id === 'dates');
    expect(check?.status).toBe('failed');
    expect(check?.problems.map((p) => en(p.key, p.params))).toEqual([
      '2026-03-29 came back as 2026-03-28 23:00',
      '2026-03-30 did not come back as a date (it came back as “2026-03-30”)',
    ]);
    expect(check?.explanation?.key).toBe('selfCheck.explain.dates');
  });
});

describe('column tags', () => {
  it('pass when the tag follows its column and goes with it', () => {
    expect(statusOf(observations(), 'metadata')).toEqual(['passed']);
    expect(METADATA_PROBE.steps.map((s) => s.kind)).toEqual(FOLLOWED.map((r) => r.step));
  });

  it('fail when the tag stays put, is lost, or outlives its column', () => {
    const stuck = FOLLOWED.map((r) => (r.step === 'insertBefore' ? { ...r, tagColumns: [3] } : r));
    const lost = FOLLOWED.map((r) => (r.step === 'moveTagged' ? { ...r, tagColumns: [] } : r));
    const stayed = FOLLOWED.map((r) => (r.step === 'deleteTagged' ? { ...r, tagColumns: [1] } : r));
    const problems = (value: MetadataStepReading[]) =>
      evaluateSelfCheck(observations({ metadata: { ok: true, value } }))
        .checks.filter((c) => c.id === 'metadata')
        .flatMap((c) => [c.status, ...c.problems.map((p) => sayMessage(en, p))]);
    expect(problems(stuck)).toEqual([
      'failed',
      'after inserting a column before it, the tag was on a different column',
    ]);
    expect(problems(lost)).toEqual(['failed', 'after moving it, the tag was gone']);
    expect(problems(stayed)).toEqual(['failed', 'after deleting the tagged column, its tag was still there']);
    const [check] = evaluateSelfCheck(observations({ metadata: { ok: true, value: lost } })).checks.filter(
      (c) => c.id === 'metadata',
    );
    expect(sayMessage(fil, check?.problems[0] ?? { key: 'app.name' })).toBe(
      'pagkatapos ng paglipat nito, nawala ang tag',
    );
  });

  it('say could not check, naming the step, when Sheets refuses one', () => {
    const refused: MetadataStepReading[] = [
      FOLLOWED[0] as MetadataStepReading,
      FOLLOWED[1] as MetadataStepReading,
      { step: 'moveTagged', error: 'moveColumns is not a function' },
    ];
    const check = evaluateSelfCheck(observations({ metadata: { ok: true, value: refused } })).checks.find(
      (c) => c.id === 'metadata',
    );
    expect(check?.status).toBe('unknown');
    expect(check?.problems.map((p) => sayMessage(en, p))).toEqual([
      'Sheets refused moving it: moveColumns is not a function',
    ]);
  });
});

describe('lock and permissions', () => {
  it.each([
    ['released', 'passed'],
    ['busy', 'unknown'],
    ['noLock', 'failed'],
    ['stuck', 'failed'],
  ] as const)('a lock that is %s: %s', (reading, status) => {
    expect(statusOf(observations({ lock: { ok: true, value: reading } }), 'lock')).toEqual([status]);
  });

  it('checks the authorisation status and every scope of the manifest', () => {
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../appsscript.json'), 'utf8'));
    expect(MANIFEST_SCOPES).toEqual(manifest.oauthScopes);
    expect(statusOf(observations(), 'authorization')).toEqual(['passed']);
    expect(statusOf(observations(), 'scope')).toEqual(MANIFEST_SCOPES.map(() => 'passed'));
    const partial = { status: 'required' as const, authorizedScopes: MANIFEST_SCOPES.slice(1) };
    const obs = observations({ authorization: { ok: true, value: partial } });
    expect(statusOf(obs, 'authorization')).toEqual(['failed']);
    expect(statusOf(obs, 'scope')).toEqual(MANIFEST_SCOPES.map((_, i) => (i === 0 ? 'failed' : 'passed')));
    const unsaid = observations({
      authorization: { ok: true, value: { ...granted, authorizedScopes: null } },
    });
    expect(statusOf(unsaid, 'scope')).toEqual(MANIFEST_SCOPES.map(() => 'unknown'));
  });
});

describe('the report', () => {
  it('lists every check as passed and keeps the plain mode when all is well', () => {
    const verdict = evaluateSelfCheck(observations());
    expect(verdict.textWriteMode).toBe('plain');
    const report = selfCheckReport(verdict, en, observations().probeSheet);
    expect(report.split('\n')[0]).toBe('Everything Suki relies on works in this spreadsheet.');
    expect(report).toContain('✓ Passed: Text written into plain-text cells is kept exactly as typed');
    expect(report).toContain('✓ Passed: Permission to see and edit this spreadsheet');
    expect(report).toContain('Suki will keep writing text into plain-text cells');
    expect(report).toContain('temporary sheet, now removed');
    expect(report).not.toContain('✗');
  });

  it('says so plainly when plain-text cells change text, and names the values', () => {
    const readings = exact();
    readings[8] = { value: 'quoted', formula: '' };
    const verdict = evaluateSelfCheck(observations({ plainText: { ok: true, value: readings } }));
    expect(verdict.textDecision).toBe('apostrophe');
    const report = selfCheckReport(verdict, en);
    expect(report).toContain('1 of 11 checks failed.');
    expect(report).toContain('✗ Failed: Text written into plain-text cells is kept exactly as typed');
    expect(report).toContain("– “'quoted” came back as “quoted”");
    expect(report).toContain('Suki expects a plain-text cell to keep exactly what is written into it.');
    expect(report).toContain('From now on Suki writes text behind a leading apostrophe');
  });

  it('says Suki cannot store text safely when neither way keeps it, naming what failed', () => {
    const plain = exact();
    plain[3] = { value: 7, formula: '' };
    const apostrophe = exact();
    apostrophe[3] = { value: 7, formula: '' };
    apostrophe[2] = { value: 1, formula: '' };
    const verdict = evaluateSelfCheck(
      observations({
        plainText: { ok: true, value: plain },
        apostropheText: { ok: true, value: apostrophe },
      }),
    );
    expect(verdict.textDecision).toBe('unsafe');
    expect(verdict.textWriteMode).toBeNull();
    expect(verdict.unsafeValues).toEqual(['+1', '007']);
    const report = selfCheckReport(verdict, en);
    expect(report).toContain('Suki cannot store text safely in this spreadsheet.');
    expect(report).toContain('exactly as typed: “+1”, “007”.');
  });

  it('speaks Filipino, and says so when the temporary sheet was left behind', () => {
    const verdict = evaluateSelfCheck(observations({ lock: { ok: true, value: 'noLock' } }));
    const report = selfCheckReport(verdict, fil, { name: 'Suki check 20260501-000000', removed: false });
    expect(report).toContain('✓ Pasado: Ang tekstong isinulat sa mga plain-text na cell');
    expect(report).toContain('✗ Bigo: Kayang ireserba ng Suki ang spreadsheet');
    expect(report).toContain('1 sa 11 pagsusuri ang bigo.');
    expect(report).toContain('“Suki check 20260501-000000”');
    expect(report).not.toMatch(/Passed|Failed|came back/);
  });

  it('marks refused probes as could not check and keeps the stored mode', () => {
    const refused = { ok: false as const, error: 'Service Spreadsheets failed' };
    const verdict = evaluateSelfCheck(
      observations({
        plainText: refused,
        apostropheText: refused,
        dates: refused,
        metadata: refused,
        probeSheet: null,
      }),
    );
    expect(verdict.textDecision).toBe('inconclusive');
    expect(textWriteModeRecord(verdict.textDecision)).toBeNull();
    const report = selfCheckReport(verdict, en, null);
    expect(report).toContain('4 could not be checked.');
    expect(report).toContain('? Could not check: Dates stay on the same day');
    expect(report).toContain('– Sheets refused the check: Service Spreadsheets failed');
    expect(report).toContain('Suki could not make its temporary sheet');
  });
});

describe('the probe sheet', () => {
  it('has a name no person would give a sheet, different on a second attempt', () => {
    const now = new Date('2026-05-01T08:09:10.123Z');
    expect(probeSheetName(now)).toBe('Suki check 20260501-080910');
    expect(probeSheetName(now, 1)).toBe('Suki check 20260501-080910 (2)');
  });

  it('is stale only when ours, tagged and over an hour old', () => {
    const now = new Date('2026-05-01T10:00:00Z');
    const old = String(now.getTime() - 2 * 3_600_000);
    expect(isStaleProbeSheet('Suki check 20260501-080000', old, now)).toBe(true);
    expect(isStaleProbeSheet('Suki check 20260501-095900', String(now.getTime() - 60_000), now)).toBe(false);
    expect(isStaleProbeSheet('Clients', old, now)).toBe(false);
    expect(isStaleProbeSheet('Suki check 20260501-080000', null, now)).toBe(false);
    expect(isStaleProbeSheet('Suki check 20260501-080000', 'soon', now)).toBe(false);
    expect(isStaleProbeSheet('Suki check 20260501-080000', '', now)).toBe(false);
  });
});
