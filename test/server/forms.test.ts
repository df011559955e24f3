/** Every sidebar form's table saves, edits and validates, in English and in Filipino. */
import { beforeEach, describe, expect, it } from 'vitest';
import { FORM_LAYOUTS } from '../../src/core/forms/formLayouts';
import type { ColumnSpec } from '../../src/core/tables/tableSpec';
import { useFilipino } from '../../src/server/language';
import { getPageContext } from '../../src/server/pages';
import { getRecord, saveRecord, updateRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import { useEmulator } from '../support/emulatedSheets';

/** The records beforeEach makes, by table: the client, a person at it, and a campaign. */
const SAMPLE_IDS: Readonly<Record<string, string>> = {
  clients: 'C-000001',
  people: 'N-000001',
  campaigns: 'M-000001',
};

function sample(column: ColumnSpec): string {
  // A reference, or a list of them (a plan's people).
  if (column.refTable) return SAMPLE_IDS[column.refTable] ?? '';
  switch (column.type) {
    case 'choice':
      return column.choices?.[1] ?? '';
    case 'date':
      return '2026-12-01';
    case 'email':
      return 'ana@example.ph';
    case 'phone':
      return '+63 917 555 0101';
    case 'url':
      return 'https://example.ph';
    case 'integer':
    case 'number':
    case 'currency':
      return String(Math.max(column.min ?? 0, Math.min(column.max ?? 5, 5)));
    default:
      return `Sample ${column.key}`;
  }
}

const layouts = Object.values(FORM_LAYOUTS);

/** The managers the samples name (#10: an owner, an absent manager and a deputy must be on the team). */
const ANA = 'ana@example.ph';
const BEN = 'ben@example.ph';

beforeEach(() => {
  useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook(); // mara becomes the team's first head, and appoints the managers
  for (const [email, name] of [
    [ANA, 'Ana Reyes'],
    [BEN, 'Ben Cruz'],
  ])
    expect(saveRecord('team', { email, name, role: 'manager' })).toMatchObject({ ok: true });
  expect(saveRecord('clients', { name: 'Alpha Foods' })).toMatchObject({ ok: true, id: 'C-000001' });
  expect(saveRecord('people', { clientId: 'C-000001', name: 'Maria Cruz' })).toMatchObject({
    ok: true,
    id: 'N-000001',
  });
  expect(saveRecord('campaigns', { name: 'Agri expo 2026', channel: 'exhibition' })).toMatchObject({
    ok: true,
    id: 'M-000001',
  });
});

describe.each(['en', 'fil'] as const)('forms in %s', (locale) => {
  it.each(layouts.map((l) => [l.table.key, l] as const))('%s: saves, edits and validates', (_key, form) => {
    if (locale === 'fil') useFilipino();
    const columns = form.sections
      .flatMap((s) => s.columns)
      .map((key) => form.table.columns.find((c) => c.key === key) as ColumnSpec);
    const payload = Object.fromEntries(columns.map((c) => [c.key, sample(c)]));
    if (form.table.key === 'clients') payload.name = 'Bravo Logistics';
    // Appointing: someone not on the team yet. An absence: a manager away, another one as deputy.
    if (form.table.key === 'team') payload.email = 'cora@example.ph';
    if (form.table.key === 'absences') Object.assign(payload, { manager: ANA, deputy: BEN });
    const saved = saveRecord(form.table.key, payload);
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    if (!saved.ok) return;
    expect(saved.message).toBe(locale === 'fil' ? `Na-save ang ${saved.id}.` : `Saved ${saved.id}.`);

    const textColumn = columns.find((c) => c.type === 'text' || c.type === 'longText') as ColumnSpec;
    const edited = updateRecord(
      form.table.key,
      saved.id,
      { [textColumn.key]: 'Changed' },
      { [textColumn.key]: payload[textColumn.key] ?? null },
    );
    expect(edited).toMatchObject({ ok: true, id: saved.id });
    expect(getRecord(form.table.key, saved.id)).toMatchObject({
      ok: true,
      record: { [textColumn.key]: 'Changed' },
    });

    const required = columns.find((c) => c.required) as ColumnSpec;
    const refused = saveRecord(form.table.key, { ...payload, [required.key]: '' });
    expect(refused.ok).toBe(false);
    const suffix = locale === 'fil' ? ': kailangang punan ito.' : ': this field is required.';
    expect(refused.ok ? [] : refused.fieldErrors.map((e) => e.message.endsWith(suffix))).toEqual([true]);
    expect(getPageContext(form.table.key).locale).toBe(locale);
  });

  it('refuses a reference to a client that does not exist', () => {
    const result = saveRecord('claims', {
      clientId: 'C-999999',
      receivedDate: '2026-11-01',
      category: 'delivery',
      description: 'Late',
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: [{ field: 'clientId' }] });
  });
});
