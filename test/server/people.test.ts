/**
 * The People table (issue #16, first part): set-up moves each client's contact person into it once,
 * a person's form refuses a client that does not exist, an opted-out person stays opted out, an
 * import warns of the same person twice at one client, and a save costs the same whatever the rows.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';
import { checkImport } from '../support/importing';

const HEAD = 'hana.head@suki.test';

function workbook(): Emulator {
  const emulator = useEmulator({ activeUserEmail: HEAD });
  main.setUpWorkbook();
  return emulator;
}

const people = (emulator: Emulator) => rowsByHeader(emulator, 'People');

describe('set-up', () => {
  it('moves every client’s contact person into People exactly once, keeping a refused e-mail in the notes', () => {
    const emulator = workbook();
    for (const client of [
      { name: 'Alpha Foods', contactPerson: 'Maria Cruz', email: 'maria@alpha.ph', phone: '0917 000 0001' },
      { name: 'Beta Trading', contactPerson: 'Jose Reyes' },
      { name: 'Gamma Inc.' },
    ])
      expect(main.saveRecord('clients', client)).toMatchObject({ ok: true });
    // As in a workbook from before People: the contact persons are in Clients alone.
    emulator.uncounted(() => {
      const people = emulator.spreadsheet.getSheetByName('People') as GoogleAppsScript.Spreadsheet.Sheet;
      people.getRange(2, 1, people.getMaxRows() - 1, people.getMaxColumns()).clearContent();
    });
    // A contact person typed by hand in Clients, with an e-mail the People table would refuse.
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
      sheet.getRange(4, header.indexOf('E-mail') + 1).setValue('gamma at gmail');
      sheet.getRange(4, header.indexOf('Contact person') + 1).setValue('Ana Lim');
    });
    const clientsBefore = emulator.sheetValues('Clients');
    main.setUpWorkbook();
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain(
      'Moved the contact persons of 3 clients into the People table (nothing was removed from Clients).',
    );
    expect(
      people(emulator).map((row) => [
        row.Client,
        row.Person,
        row['E-mail'],
        row.Phone,
        row['Primary person'],
        row.Notes,
      ]),
    ).toEqual([
      ['C-000001', 'Maria Cruz', 'maria@alpha.ph', '0917 000 0001', 'yes', ''],
      ['C-000002', 'Jose Reyes', '', '', 'yes', ''],
      ['C-000003', 'Ana Lim', '', '', 'yes', 'email: gamma at gmail'],
    ]);
    expect(emulator.sheetValues('Clients').slice(1)).toEqual(clientsBefore.slice(1));
    const peopleBefore = emulator.sheetValues('People');
    main.setUpWorkbook();
    expect(emulator.sheetValues('People')).toEqual(peopleBefore);
  });
});

describe('a person', () => {
  it('is refused for a client that does not exist, and saved for one that does', () => {
    workbook();
    expect(main.saveRecord('people', { clientId: 'C-000404', name: 'Nobody' })).toMatchObject({ ok: false });
    main.saveRecord('clients', { name: 'Alpha Foods' });
    expect(
      main.saveRecord('people', { clientId: 'C-000001', name: 'Maria Cruz', buyingRole: 'decisionMaker' }),
    ).toMatchObject({
      ok: true,
      id: 'N-000001',
    });
  });

  it('stays opted out of mail whatever is edited', () => {
    const emulator = workbook();
    main.saveRecord('clients', { name: 'Alpha Foods' });
    expect(
      main.saveRecord('people', { clientId: 'C-000001', name: 'Maria Cruz', optedOut: 'yes' }),
    ).toMatchObject({ ok: true });
    const expected = {};
    const reply = main.updateRecord('people', 'N-000001', { optedOut: 'no' }, expected);
    expect(reply).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'optedOut' }],
    });
    const edited = main.updateRecord('people', 'N-000001', { position: 'Purchasing head' }, expected);
    expect(edited).toMatchObject({ ok: true });
    expect(people(emulator)[0]).toMatchObject({ Position: 'Purchasing head', 'Opted out of mail': 'yes' });
  });

  it('is warned of twice at one client by e-mail or name, never across clients', () => {
    workbook();
    main.saveRecord('clients', { name: 'Alpha Foods' });
    main.saveRecord('clients', { name: 'Beta Trading' });
    main.saveRecord('people', { clientId: 'C-000001', name: 'Maria Cruz', email: 'maria@alpha.ph' });
    const report = checkImport('people', {
      csv: [
        'Client,Name,Position,E-mail',
        'Alpha Foods,MARIA CRUZ,Buyer,',
        'Alpha Foods,M. Cruz,Buyer,Maria@Alpha.ph',
        'Beta Trading,Maria Cruz,Owner,maria@alpha.ph',
      ].join('\n'),
    });
    expect(report.duplicates.map((row) => [row.line, row.matches])).toEqual([
      [2, 'same Client + Person as N-000001'],
      [3, 'same Client + E-mail as N-000001'],
    ]);
    expect(report.readyCount).toBe(1);
  });

  it('costs the same calls to save at 10 and at 1,000 people', () => {
    const counts: number[] = [];
    for (const size of [10, 1_000]) {
      const emulator = workbook();
      main.saveRecord('clients', { name: 'Alpha Foods' });
      const csv = ['Client,Name', ...Array.from({ length: size }, (_, i) => `C-000001,Person ${i}`)].join(
        '\n',
      );
      const preview = checkImport('people', { csv });
      main.runImport({
        table: 'people',
        source: { csv },
        mapping: preview.mapping,
        headers: preview.headers,
      });
      emulator.calls.reset();
      expect(main.saveRecord('people', { clientId: 'C-000001', name: 'New Person' })).toMatchObject({
        ok: true,
      });
      counts.push(emulator.calls.count());
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('the client card', () => {
  it('shows the client’s people, primary first, with their role and when a done contact last reached them', () => {
    const emulator = workbook();
    main.saveRecord('clients', { name: 'Alpha Foods' });
    main.saveRecord('people', { clientId: 'C-000001', name: 'Jose Reyes', buyingRole: 'user' });
    main.saveRecord('people', {
      clientId: 'C-000001',
      name: 'Maria Cruz',
      buyingRole: 'decisionMaker',
      primary: 'yes',
    });
    for (const [plannedDate, status, doneDate] of [
      ['2026-09-01', 'done', '2026-09-02'],
      ['2026-10-05', 'done', '2026-10-06'],
      ['2026-12-20', 'planned', ''],
    ])
      expect(
        main.saveRecord('contacts', {
          clientId: 'C-000001',
          personId: 'N-000002',
          plannedDate,
          channel: 'call',
          status,
          doneDate,
        }),
      ).toMatchObject({ ok: true });
    // The report that computes the relationships keeps each person's last contact in the People table.
    (main as unknown as Record<string, () => void>).reportRelationships?.();
    expect(rowsByHeader(emulator, 'People').map((row) => [row.Person, row['Last contacted']])).toEqual([
      ['Jose Reyes', ''],
      ['Maria Cruz', expect.any(Date)],
    ]);
    const card = main.getClientCard('C-000001');
    expect(card.ok && card.people).toEqual([
      expect.objectContaining({
        id: 'N-000002',
        name: 'Maria Cruz',
        buyingRole: 'decisionMaker',
        lastContacted: '2026-10-06',
      }),
      expect.objectContaining({
        id: 'N-000001',
        name: 'Jose Reyes',
        buyingRole: 'user',
        lastContacted: null,
      }),
    ]);
  });
});

describe('using the relationships', () => {
  it('suggests on the card asking a good client’s decision maker for a referral, and says its health', () => {
    workbook();
    main.saveRecord('clients', { name: 'Alpha Foods', status: 'active', paymentTermsDays: 30 });
    main.saveRecord('people', { clientId: 'C-000001', name: 'Maria Cruz', buyingRole: 'decisionMaker' });
    // Twenty-six monthly orders from September 2024, each paid ten days after it: an A-client of
    // over two years (the only client, so all the revenue) that pays on time.
    for (let month = 0; month < 26; month++) {
      const year = 2024 + Math.floor((8 + month) / 12);
      const mm = String(((8 + month) % 12) + 1).padStart(2, '0');
      expect(
        main.saveRecord('orders', {
          clientId: 'C-000001',
          orderDate: `${year}-${mm}-05`,
          amount: 50_000,
          invoiceDueDate: `${year}-${mm}-28`,
          paidDate: `${year}-${mm}-15`,
        }),
      ).toMatchObject({ ok: true });
    }
    // The card takes the ABC class and late chance from the Clients row, which the ABC-XYZ and
    // Reliability reports compute (each writes the columns of its own analyses).
    main.reportReliability();
    main.reportAbcXyz();
    const card = main.getClientCard('C-000001');
    expect(card.ok).toBe(true);
    if (!card.ok) return;
    const referral = card.suggestions.find((s) => s.text.includes('Maria Cruz') && /referral/i.test(s.text));
    expect(referral?.text).toMatch(
      /^Ask Maria Cruz \(decision maker\) at Alpha Foods for a referral or a trade reference: an A-client for 2 years/,
    );
    expect(card.relationship.join(' ')).toMatch(/Maria Cruz/);
    // One step: the suggestion's planned contact, saved as the contact form saves it.
    expect(referral?.planned).toMatchObject({ clientId: 'C-000001', personId: 'N-000001' });
    expect(main.saveRecord('contacts', referral?.planned ?? {})).toMatchObject({ ok: true });
    const after = main.getClientCard('C-000001');
    expect(after.ok && after.nextContacts.map((c) => c.personId ?? c.purpose)).toHaveLength(1);
  });
});

describe('a relationship plan', () => {
  it('is written with two actions and shown on the card with its people named', () => {
    workbook();
    main.saveRecord('clients', { name: 'Alpha Foods', status: 'active' });
    for (const [name, buyingRole] of [
      ['Maria Cruz', 'decisionMaker'],
      ['Jose Reyes', 'influencer'],
      ['Ana Lim', 'user'],
    ])
      expect(main.saveRecord('people', { clientId: 'C-000001', name, buyingRole })).toMatchObject({
        ok: true,
      });
    expect(
      main.saveRecord('plans', {
        clientId: 'C-000001',
        objective: 'Become their main packaging supplier',
        periodEnd: '2027-06-30',
        peopleIds: 'N-000001, N-000002',
        reviewDate: '2027-01-15',
      }),
    ).toMatchObject({ ok: true, id: 'G-000001' });
    for (const [personId, plannedDate, purpose] of [
      ['N-000001', '2026-12-10', 'Present the 2027 price list'],
      ['N-000002', '2026-12-17', 'Plant visit'],
    ])
      expect(
        main.saveRecord('contacts', {
          clientId: 'C-000001',
          personId,
          plannedDate,
          channel: 'meeting',
          purpose,
        }),
      ).toMatchObject({ ok: true });
    const card = main.getClientCard('C-000001');
    expect(card.ok).toBe(true);
    if (!card.ok) return;
    expect(card.plans).toEqual([
      {
        id: 'G-000001',
        objective: 'Become their main packaging supplier',
        periodEnd: '2027-06-30',
        reviewDate: '2027-01-15',
        people: 'Maria Cruz, Jose Reyes',
      },
    ]);
    expect(card.nextContacts.map((c) => c.purpose)).toEqual(['Present the 2027 price list', 'Plant visit']);
    expect(card.people.map((p) => p.name)).toEqual(['Ana Lim', 'Jose Reyes', 'Maria Cruz']);
  });
});

describe('the person form', () => {
  it('warns of the same person at one client, by e-mail or name, and saves when confirmed', () => {
    workbook();
    main.saveRecord('clients', { name: 'Alpha Foods' });
    main.saveRecord('clients', { name: 'Beta Trading' });
    main.saveRecord('people', { clientId: 'C-000001', name: 'Maria Cruz', email: 'maria@alpha.ph' });
    expect(main.saveRecord('people', { clientId: 'C-000001', name: 'MARIA CRUZ' })).toMatchObject({
      ok: false,
      duplicates: [{ id: 'N-000001', name: 'Maria Cruz', reason: 'name' }],
    });
    expect(
      main.saveRecord('people', { clientId: 'C-000001', name: 'M. Cruz', email: 'Maria@Alpha.ph' }),
    ).toMatchObject({
      ok: false,
      duplicates: [{ id: 'N-000001', reason: 'email' }],
    });
    expect(main.saveRecord('people', { clientId: 'C-000002', name: 'Maria Cruz' })).toMatchObject({
      ok: true,
    });
    expect(
      main.saveRecord('people', { clientId: 'C-000001', name: 'Maria Cruz' }, { allowDuplicate: true }),
    ).toMatchObject({ ok: true });
  });
});

describe('the Relationships report', () => {
  it('lists the relationships that need care and the clients with no one recorded', () => {
    const emulator = workbook();
    main.saveRecord('clients', { name: 'Alpha Foods', status: 'active' });
    main.saveRecord('clients', { name: 'Beta Trading', status: 'active' });
    main.saveRecord('people', { clientId: 'C-000001', name: 'Maria Cruz', buyingRole: 'decisionMaker' });
    (main as unknown as Record<string, () => void>).reportRelationships?.();
    const cells = emulator.sheetValues('Relationships report').flat().map(String);
    expect(cells).toContain('Relationships that need care (1 clients)');
    expect(cells.some((cell) => cell.includes('Maria Cruz (decision maker) has never been contacted'))).toBe(
      true,
    );
    expect(cells).toContain('No person recorded yet (1 clients): add the people you deal with');
    expect(cells.some((cell) => cell.includes('Beta Trading'))).toBe(true);
  });
});

describe('the client’s contact fields and its primary person', () => {
  it('keep in step whichever side is edited, audited as sync', () => {
    const emulator = workbook();
    expect(
      main.saveRecord('clients', {
        name: 'Alpha Foods',
        contactPerson: 'Maria Cruz',
        email: 'maria@alpha.ph',
      }),
    ).toMatchObject({ ok: true });
    expect(people(emulator)).toEqual([
      expect.objectContaining({
        Client: 'C-000001',
        Person: 'Maria Cruz',
        'E-mail': 'maria@alpha.ph',
        'Primary person': 'yes',
      }),
    ]);
    expect(
      main.updateRecord('clients', 'C-000001', { phone: '0917 555 0101', email: 'mcruz@alpha.ph' }, {}),
    ).toMatchObject({
      ok: true,
    });
    expect(people(emulator)[0]).toMatchObject({ Phone: '0917 555 0101', 'E-mail': 'mcruz@alpha.ph' });
    expect(
      main.updateRecord('people', 'N-000001', { name: 'Maria C. Cruz', phone: '0917 555 0102' }, {}),
    ).toMatchObject({
      ok: true,
    });
    expect(rowsByHeader(emulator, 'Clients')[0]).toMatchObject({
      'Contact person': 'Maria C. Cruz',
      Phone: '0917 555 0102',
    });
    const sync = rowsByHeader(emulator, 'Audit log').filter((row) => row.Action === 'sync');
    expect(sync.map((row) => [row.Table, row['Record ID'], row.Field])).toEqual([
      ['people', 'N-000001', ''], // made with the client, as its primary person
      ['people', 'N-000001', 'email'],
      ['people', 'N-000001', 'phone'],
      ['clients', 'C-000001', 'contactPerson'],
      ['clients', 'C-000001', 'phone'],
    ]);
  });
});

describe('imported clients', () => {
  it('get their contact person as their primary person, as a saved client does', () => {
    const emulator = workbook();
    const csv =
      'Company,Contact person,E-mail\nAlpha Foods,Maria Cruz,maria@alpha.ph\nBeta Trading,,info@beta.ph';
    const preview = main.previewImport({ table: 'clients', source: { csv }, mapping: null });
    expect(
      main.runImport({
        table: 'clients',
        source: { csv },
        mapping: preview.mapping,
        headers: preview.headers,
      }),
    ).toMatchObject({ ok: true, imported: 2 });
    expect(
      people(emulator).map((row) => [row.Client, row.Person, row['E-mail'], row['Primary person']]),
    ).toEqual([['C-000001', 'Maria Cruz', 'maria@alpha.ph', 'yes']]);
  });
});

describe('a new primary person', () => {
  it('takes over the client’s contact fields, and the one before is primary no longer', () => {
    const emulator = workbook();
    main.saveRecord('clients', { name: 'Alpha Foods', contactPerson: 'Maria Cruz', email: 'maria@alpha.ph' });
    expect(
      main.saveRecord('people', {
        clientId: 'C-000001',
        name: 'Jose Reyes',
        phone: '0917 555 0199',
        primary: 'yes',
      }),
    ).toMatchObject({ ok: true, id: 'N-000002' });
    expect(people(emulator).map((row) => [row.Person, row['Primary person']])).toEqual([
      ['Maria Cruz', 'no'],
      ['Jose Reyes', 'yes'],
    ]);
    // The new person has no e-mail: the client keeps the one it had.
    expect(rowsByHeader(emulator, 'Clients')[0]).toMatchObject({
      'Contact person': 'Jose Reyes',
      Phone: '0917 555 0199',
      'E-mail': 'maria@alpha.ph',
    });
  });
});
