/**
 * "Add a table column", followed once for real: the Clients table's `industry` column is declared in
 * clientsTable.ts (and labelled in the two catalogs, placed in the client form's layout), and set-up,
 * the form, validation, import mapping and the analysis reader all take it from there.
 */
import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../src/core/analysis/issues';
import { CLIENT_ROWS } from '../../src/core/analysis/rows';
import { FORM_LAYOUTS } from '../../src/core/forms/formLayouts';
import { suggestImportMapping } from '../../src/core/import/headerMapping';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

describe('the industry column', () => {
  it('is made by set-up after the segment, saved from the form and checked like the spec says', () => {
    const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
    setUpWorkbook();
    const header = emulator.sheetValues('Clients')[0] ?? [];
    expect(header.indexOf('Industry')).toBe(header.indexOf('Segment / industry') + 1);
    expect(saveRecord('clients', { name: 'Alpha Foods', industry: '  Food processing ' })).toMatchObject({
      ok: true,
    });
    expect(rowsByHeader(emulator, 'Clients')[0]).toMatchObject({
      Name: 'Alpha Foods',
      Industry: 'Food processing',
    });
    const tooLong = saveRecord('clients', { name: 'Beta', industry: 'x'.repeat(101) });
    expect(tooLong).toMatchObject({
      ok: false,
      fieldErrors: [expect.objectContaining({ field: 'industry' })],
    });
  });

  it('is in the client form, the import mapping and the typed client row', () => {
    const profile = FORM_LAYOUTS.clients?.sections.find((s) => s.title === 'form.section.profile');
    expect(profile?.columns).toContain('industry');
    expect(
      suggestImportMapping(CLIENTS_TABLE, ['Name', 'Industriya', 'Segment / industry'], []).mapping,
    ).toEqual({
      0: 'name',
      1: 'industry',
      2: 'segment',
    });
    const [client] = CLIENT_ROWS.read([{ id: 'C-000001', industry: ' Retail ' }], new IssueLog());
    expect(client?.industry).toBe('Retail');
  });
});
