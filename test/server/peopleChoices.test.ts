/**
 * The person picker's list (a contact is "with" someone at its client): one client's people only,
 * archived ones left out, those who left marked and listed last, at a cost that does not grow with
 * the People table.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/server/main';
import { useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';

function workbook() {
  const emulator = useEmulator({ activeUserEmail: HEAD });
  main.setUpWorkbook();
  for (const name of ['Alpha Foods', 'Beta Trading']) main.saveRecord('clients', { name });
  return emulator;
}

describe('the people a contact can be with', () => {
  it('lists the client’s own people by name, those who left last, archived ones not at all', () => {
    workbook();
    for (const person of [
      { clientId: 'C-000001', name: 'Rosa Villanueva', buyingRole: 'decisionMaker' },
      { clientId: 'C-000001', name: 'Ana Lim', status: 'left' },
      { clientId: 'C-000001', name: 'Ben Cruz', position: 'Buyer' },
      { clientId: 'C-000002', name: 'Jose Reyes' },
    ])
      expect(main.saveRecord('people', person)).toMatchObject({ ok: true });
    const answer = main.listPeople('C-000001');
    expect(answer.ok).toBe(true);
    const people = answer.ok ? answer.people : [];
    expect(people.map((p) => [p.name, p.status])).toEqual([
      ['Ben Cruz', 'active'],
      ['Rosa Villanueva', 'active'],
      ['Ana Lim', 'left'],
    ]);
    expect(people.find((p) => p.name === 'Ben Cruz')).toMatchObject({
      position: 'Buyer',
      buyingRole: 'other',
    });
    const rosa = people.find((p) => p.name === 'Rosa Villanueva');
    expect(main.archiveRecord('people', rosa?.id)).toMatchObject({ ok: true });
    const after = main.listPeople('C-000001');
    expect(after.ok && after.people.map((p) => p.name)).toEqual(['Ben Cruz', 'Ana Lim']);
  });

  it('lists no one without a client, and costs the same at 10 and 1,000 people', () => {
    const counts: number[] = [];
    for (const size of [10, 1_000]) {
      const emulator = workbook();
      expect(main.listPeople('')).toMatchObject({ ok: true, people: [] });
      const sheet = emulator.spreadsheet.getSheetByName('People') as GoogleAppsScript.Spreadsheet.Sheet;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
      const rows = Array.from({ length: size }, (_, i) =>
        header.map((label) =>
          label === 'ID'
            ? `N-${String(i + 1).padStart(6, '0')}`
            : label === 'Client'
              ? 'C-000002'
              : label === 'Person'
                ? `P ${i}`
                : '',
        ),
      );
      emulator.uncounted(() => {
        if (sheet.getMaxRows() < size + 1)
          sheet.insertRowsAfter(sheet.getMaxRows(), size + 1 - sheet.getMaxRows());
        sheet.getRange(2, 1, size, header.length).setValues(rows);
      });
      emulator.calls.reset();
      const answer = main.listPeople('C-000002');
      counts.push(emulator.calls.count());
      expect(answer.ok && answer.people.length).toBe(size);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('a contact with someone of another client', () => {
  it('is refused on save and on an edit of either the person or the client, naming the field', () => {
    const emulator = workbook();
    expect(main.saveRecord('people', { clientId: 'C-000001', name: 'Rosa Villanueva' })).toMatchObject({
      ok: true,
    });
    expect(main.saveRecord('people', { clientId: 'C-000002', name: 'Jose Reyes' })).toMatchObject({
      ok: true,
    });
    const contact = { clientId: 'C-000001', plannedDate: '2026-12-14', channel: 'call' };
    const before = emulator.sheetValues('Contact plan');
    const wrong = main.saveRecord('contacts', { ...contact, personId: 'N-000002' });
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: [
        { field: 'personId', message: 'With (person ID): N-000002 works at another client (C-000002).' },
      ],
    });
    expect(emulator.sheetValues('Contact plan')).toEqual(before);
    const saved = main.saveRecord('contacts', { ...contact, personId: 'N-000001' });
    expect(saved).toMatchObject({ ok: true });
    const id = saved.ok ? String(saved.id) : '';
    expect(
      main.updateRecord('contacts', id, { personId: 'N-000002' }, { personId: 'N-000001' }),
    ).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'personId' }],
    });
    expect(
      main.updateRecord('contacts', id, { clientId: 'C-000002' }, { clientId: 'C-000001' }),
    ).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'personId' }],
    });
    // Both together move the contact to the other client, with its person.
    expect(
      main.updateRecord(
        'contacts',
        id,
        { clientId: 'C-000002', personId: 'N-000002' },
        { clientId: 'C-000001', personId: 'N-000001' },
      ),
    ).toMatchObject({ ok: true });
  });
});

describe('a relationship plan’s people', () => {
  it('must exist and work at the plan’s client, each of the list', () => {
    workbook();
    expect(main.saveRecord('people', { clientId: 'C-000001', name: 'Rosa Villanueva' })).toMatchObject({
      ok: true,
    });
    expect(main.saveRecord('people', { clientId: 'C-000002', name: 'Jose Reyes' })).toMatchObject({
      ok: true,
    });
    const plan = { clientId: 'C-000001', objective: 'Win their second warehouse' };
    expect(main.saveRecord('plans', { ...plan, peopleIds: 'N-000001; N-000002' })).toMatchObject({
      ok: false,
      fieldErrors: [
        {
          field: 'peopleIds',
          message: expect.stringContaining('N-000002 works at another client (C-000002)'),
        },
      ],
    });
    expect(main.saveRecord('plans', { ...plan, peopleIds: 'N-000001, N-000009' })).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'peopleIds', message: expect.stringContaining('N-000009') }],
    });
    const saved = main.saveRecord('plans', { ...plan, peopleIds: 'N-000001' });
    expect(saved).toMatchObject({ ok: true });
    const id = saved.ok ? String(saved.id) : '';
    expect(
      main.updateRecord('plans', id, { peopleIds: 'N-000002' }, { peopleIds: 'N-000001' }),
    ).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'peopleIds' }],
    });
  });
});
