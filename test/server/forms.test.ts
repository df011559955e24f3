/** Every sidebar form's table saves, edits and validates, in English and in Filipino. */
import { beforeEach, describe, expect, it } from 'vitest';
import { FORM_LAYOUTS, menuItemWords } from '../../src/core/forms/formLayouts';
import { translate } from '../../src/core/i18n/translate';
import type { ColumnSpec } from '../../src/core/tables/tableSpec';
import { columnOf } from '../../src/core/tables/tableSpec';
import { CLAIMS_TABLE } from '../../src/core/tables/workTables';
import { maxLengthOf } from '../../src/core/validation/columnSchema';
import { useFilipino } from '../../src/server/language';
import * as main from '../../src/server/main';
import { getPageContext } from '../../src/server/pages';
import { getRecord, saveRecord, updateRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

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

let emulator: Emulator;

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
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

/** A claim of the sample client, with `fields` on top. */
const claim = (fields: Record<string, unknown>) => ({
  clientId: 'C-000001',
  receivedDate: '2026-11-01',
  category: 'delivery',
  description: 'Late',
  ...fields,
});

/** The messages of a refused save, by field. */
const messagesOf = (result: ReturnType<typeof saveRecord>) =>
  result.ok ? {} : Object.fromEntries(result.fieldErrors.map((e) => [e.field, e.message]));

/** The shown text of the last Claims row's cell under `header`, as the sheet's format renders it. */
function shownClaimCell(header: string): string {
  return emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName('Claims') as GoogleAppsScript.Spreadsheet.Sheet;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    return sheet.getRange(sheet.getLastRow(), headers.indexOf(header) + 1).getDisplayValue();
  });
}

describe('what a form’s fields take (issue #14)', () => {
  it.each(['en', 'fil'] as const)('titles each form’s sidebar with its menu item’s words (%s)', (locale) => {
    if (locale === 'fil') useFilipino();
    const commands = main as unknown as Record<string, () => void>;
    for (const form of layouts) {
      commands[form.functionName]?.();
      expect(emulator.ui.sidebars.at(-1)?.title, form.table.key).toBe(
        menuItemWords(translate(locale, form.menuLabel)),
      );
    }
    expect(emulator.ui.sidebars).toHaveLength(layouts.length);
  });

  it.each(['en', 'fil'] as const)(
    'titles every other page the menu opens with its item’s words (%s)',
    (locale) => {
      if (locale === 'fil') useFilipino();
      const commands = main as unknown as Record<string, () => void>;
      const pages = [
        ['showMyDay', 'menu.myDay'],
        ['showImport', 'menu.import'],
        ['showSchemes', 'menu.schemes'],
        ['showCampaignMail', 'menu.campaignMail'],
        ['showEventCampaign', 'menu.eventCampaign'],
        ['showClientCard', 'menu.clientCard'],
        ['showAnalysisSettings', 'menu.settings'],
        ['showDismissal', 'menu.dismiss'],
      ] as const;
      for (const [command, label] of pages) {
        commands[command]?.();
        expect(emulator.ui.sidebars.at(-1)?.title, command).toBe(menuItemWords(translate(locale, label)));
      }
      expect(emulator.ui.sidebars).toHaveLength(pages.length);
    },
  );

  it('saves a date typed in the format the field states, or day-first, as that day; refuses a swappable one', () => {
    const typed = saveRecord('claims', claim({ slaDueDate: '2026-12-31', resolvedDate: '31/12/2026' }));
    expect(typed, JSON.stringify(typed)).toMatchObject({ ok: true });
    if (!typed.ok) return;
    expect(getRecord('claims', typed.id)).toMatchObject({
      record: { slaDueDate: '2026-12-31', resolvedDate: '2026-12-31' },
    });
    expect(shownClaimCell('SLA due')).toBe('2026-12-31');
    expect(shownClaimCell('Resolved')).toBe('2026-12-31');

    const before = rowsByHeader(emulator, 'Claims').length;
    const swappable = saveRecord('claims', claim({ slaDueDate: '05/06/2026', resolvedDate: '31-12-22026' }));
    expect(messagesOf(swappable)).toEqual({
      slaDueDate:
        'SLA due: this date can be read as two different days; type it as YYYY-MM-DD, e.g. 2026-12-31.',
      resolvedDate: 'Resolved: type the date as YYYY-MM-DD, e.g. 2026-12-31.',
    });
    expect(rowsByHeader(emulator, 'Claims')).toHaveLength(before);
  });

  it('takes amounts with the peso sign, PHP and thousands separators; refuses another currency and percentages', () => {
    // A workbook in pesos (en_PH); test/server/moneyCurrency.test.ts has the other currencies.
    emulator.uncounted(() => emulator.spreadsheet.setSpreadsheetLocale('en_PH'));
    const saved = saveRecord('claims', claim({ amountClaimed: '₱45,000', compensation: 'PHP 45,000.50' }));
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    if (!saved.ok) return;
    expect(getRecord('claims', saved.id)).toMatchObject({
      record: { amountClaimed: 45_000, compensation: 45_000.5 },
    });
    const edited = updateRecord(
      'claims',
      saved.id,
      { amountClaimed: '45,000.75' },
      { amountClaimed: 45_000 },
    );
    expect(edited).toMatchObject({ ok: true });
    expect(getRecord('claims', saved.id)).toMatchObject({ record: { amountClaimed: 45_000.75 } });

    expect(messagesOf(saveRecord('claims', claim({ amountClaimed: '$45', compensation: '12%' })))).toEqual({
      amountClaimed: 'Amount claimed: this workbook’s amounts are in ₱; convert it and type the amount in ₱.',
      compensation: 'Compensation: type an amount, not a percentage.',
    });
    expect(messagesOf(saveRecord('claims', claim({ amountClaimed: 'a lot' })))).toEqual({
      amountClaimed: 'Amount claimed: must be a number.',
    });
  });

  it('refuses a long text over its limit whole, naming the field and the limit; takes one at the limit', () => {
    const limit = maxLengthOf(columnOf(CLAIMS_TABLE, 'description'));
    const before = rowsByHeader(emulator, 'Claims').length;
    const refused = saveRecord('claims', claim({ description: 'x'.repeat(60_000) }));
    expect(messagesOf(refused)).toEqual({
      description: `Description: at most ${limit} characters.`,
    });
    expect(rowsByHeader(emulator, 'Claims')).toHaveLength(before);
    const full = saveRecord('claims', claim({ description: 'y'.repeat(limit) }));
    expect(full).toMatchObject({ ok: true });
    expect(String(rowsByHeader(emulator, 'Claims').at(-1)?.Description)).toHaveLength(limit);
  });
});
