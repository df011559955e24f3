/**
 * Money follows the workbook's currency (issue #14), end to end on the emulator: a dollar workbook
 * (en_US) saves and imports "$45" as 45 and refuses "₱45" naming the field and its currency, writing
 * nothing; a peso workbook keeps its pesos; a sign Suki does not know works once the setting names
 * it; the setting is read a constant number of times whatever the rows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as main from '../../src/server/main';
import { getAnalysisSettings, saveAnalysisSettings } from '../../src/server/settings';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';
import { checkImport, importChecked } from '../support/importing';

const HEAD = 'mara@suki-demo.ph';

let emulator: Emulator;

/** A set-up workbook in `locale` with one client, Alpha Foods (C-000001). */
function workbook(locale: string): void {
  emulator = useEmulator({ activeUserEmail: HEAD, spreadsheetLocale: locale });
  main.setUpWorkbook();
  expect(main.saveRecord('clients', { name: 'Alpha Foods' })).toMatchObject({ ok: true, id: 'C-000001' });
}

const order = (amount: string) => ({ clientId: 'C-000001', orderDate: '2026-11-02', amount });

/** The messages of a refused save, by field. */
const messagesOf = (result: ReturnType<typeof main.saveRecord>) =>
  result.ok ? {} : Object.fromEntries(result.fieldErrors.map((e) => [e.field, e.message]));

describe('a workbook in dollars (en_US)', () => {
  beforeEach(() => workbook('en_US'));

  it('saves "$45", "US$ 45", "USD 45" and "45" as 45, and reads 45 back', () => {
    for (const typed of ['$45', 'US$ 45', 'USD 45', '45']) {
      const saved = main.saveRecord('orders', order(typed));
      expect(saved, typed).toMatchObject({ ok: true });
      if (!saved.ok) continue;
      expect(main.getRecord('orders', saved.id), typed).toMatchObject({ record: { amount: 45 } });
    }
    expect(rowsByHeader(emulator, 'Orders').map((row) => row.Amount)).toEqual([45, 45, 45, 45]);
  });

  it('refuses "₱45" and "€45" naming the field and the workbook’s currency, and writes nothing', () => {
    const before = emulator.sheetValues('Orders');
    const audit = emulator.sheetValues('Audit log');
    for (const typed of ['₱45', '€45', 'P45,000']) {
      expect(messagesOf(main.saveRecord('orders', order(typed))), typed).toEqual({
        amount: 'Amount: this workbook’s amounts are in $; convert it and type the amount in $.',
      });
    }
    expect(emulator.sheetValues('Orders')).toEqual(before);
    expect(emulator.sheetValues('Audit log')).toEqual(audit);
  });

  it('reads an edit’s amount in dollars too, and refuses pesos there', () => {
    const saved = main.saveRecord('orders', order('$45'));
    if (!saved.ok) throw new Error(saved.message);
    expect(main.updateRecord('orders', saved.id, { amount: 'USD 50.25' }, { amount: 45 })).toMatchObject({
      ok: true,
    });
    expect(main.getRecord('orders', saved.id)).toMatchObject({ record: { amount: 50.25 } });
    const refused = main.updateRecord('orders', saved.id, { amount: '₱60' }, { amount: 50.25 });
    expect(messagesOf(refused)).toEqual({
      amount: 'Amount: this workbook’s amounts are in $; convert it and type the amount in $.',
    });
    expect(main.getRecord('orders', saved.id)).toMatchObject({ record: { amount: 50.25 } });
  });

  it('imports a "$45" row as 45 and refuses a "₱45" row naming the field, the value and $', () => {
    const csv = 'Client,Date,Amount\nAlpha Foods,2026-01-05,$45\nAlpha Foods,2026-01-06,₱45';
    const report = importChecked('orders', { csv });
    expect(report).toMatchObject({ ok: true, imported: 1, rejectedCount: 1 });
    expect(report.rejected).toEqual([
      {
        line: 3,
        reasons: [
          'Amount: “₱45” is in another currency; this workbook’s amounts are in $. Convert it before importing.',
        ],
      },
    ]);
    expect(rowsByHeader(emulator, 'Orders').map((row) => row.Amount)).toEqual([45]);
  });

  it('imports nothing when every row is in another currency', () => {
    const before = emulator.sheetValues('Orders');
    const report = importChecked('orders', { csv: 'Client,Date,Amount\nAlpha Foods,2026-01-05,PHP 45' });
    expect(report).toMatchObject({ ok: false, imported: 0, rejectedCount: 1 });
    expect(emulator.sheetValues('Orders')).toEqual(before);
  });
});

describe('a workbook in pesos (en_PH)', () => {
  beforeEach(() => workbook('en_PH'));

  it('keeps taking "₱45,000", "PHP 45,000.50" and "P45,000", and refuses "$45" naming ₱', () => {
    const amounts = ['₱45,000', 'PHP 45,000.50', 'P45,000'].map((typed) => {
      const saved = main.saveRecord('orders', order(typed));
      return saved.ok ? main.getRecord('orders', saved.id) : saved;
    });
    expect(amounts.map((read) => (read.ok ? read.record.amount : read.message))).toEqual([
      45_000, 45_000.5, 45_000,
    ]);
    expect(messagesOf(main.saveRecord('orders', order('$45')))).toEqual({
      amount: 'Amount: this workbook’s amounts are in ₱; convert it and type the amount in ₱.',
    });
    const report = checkImport('orders', { csv: 'Client,Date,Amount\nAlpha Foods,2026-01-05,$45' });
    expect(report.rejected[0]?.reasons).toEqual([
      'Amount: “$45” is in another currency; this workbook’s amounts are in ₱. Convert it before importing.',
    ]);
  });
});

describe('a currency sign Suki does not know', () => {
  it('takes the setting’s own sign and refuses any other, in a form and an import', () => {
    workbook('en_US');
    const settings = getAnalysisSettings().values;
    expect(saveAnalysisSettings({ ...settings, 'reports.currencySymbol': 'S/' })).toMatchObject({ ok: true });
    const saved = main.saveRecord('orders', order('S/ 45'));
    expect(saved).toMatchObject({ ok: true });
    expect(messagesOf(main.saveRecord('orders', order('$45')))).toEqual({
      amount: 'Amount: this workbook’s amounts are in S/; convert it and type the amount in S/.',
    });
    const report = importChecked('orders', {
      csv: 'Client,Date,Amount\nAlpha Foods,2026-01-05,S/ 12.50\nAlpha Foods,2026-01-06,USD 12',
    });
    expect(report).toMatchObject({ imported: 1, rejectedCount: 1 });
    expect(rowsByHeader(emulator, 'Orders').map((row) => row.Amount)).toEqual([45, 12.5]);
  });
});

describe('a comma-decimal workbook: a form reads amounts as the import reads them', () => {
  const amounts = () => rowsByHeader(emulator, 'Orders').map((row) => row.Amount);

  it('saves "1.000 €" typed in a form of a de_DE workbook as a thousand euros, never as 1', () => {
    workbook('de_DE');
    for (const typed of ['1.000 €', '€1.500', 'EUR 1.234,50']) {
      expect(main.saveRecord('orders', order(typed)), typed).toMatchObject({ ok: true });
    }
    expect(amounts()).toEqual([1000, 1500, 1234.5]);
  });

  it('reads "€1.500" typed in a form and imported as the same amount', () => {
    workbook('de_DE');
    const report = importChecked('orders', { csv: 'Client,Date,Amount\nAlpha Foods,2026-01-05,€1.500' });
    expect(report).toMatchObject({ imported: 1 });
    expect(main.saveRecord('orders', order('€1.500'))).toMatchObject({ ok: true });
    expect(amounts()).toEqual([1500, 1500]);
  });

  it('saves "Rp 45.000" in an Indonesian workbook (id_ID) as 45,000 rupiah', () => {
    workbook('id_ID');
    expect(main.saveRecord('orders', order('Rp 45.000'))).toMatchObject({ ok: true });
    expect(amounts()).toEqual([45_000]);
  });

  it('refuses a decimal dot there naming the field and the comma, writing nothing', () => {
    workbook('de_DE');
    expect(messagesOf(main.saveRecord('orders', order('12.50 €')))).toEqual({
      amount:
        'Amount: this spreadsheet writes numbers with a decimal comma; use a comma for decimals (12,50), and a dot only between groups of three digits (1.250,50).',
    });
    expect(amounts()).toEqual([]);
  });

  it('reads an edit’s amount and a count in the locale too', () => {
    workbook('de_DE');
    const saved = main.saveRecord('orders', order('45'));
    if (!saved.ok) throw new Error(saved.message);
    expect(main.updateRecord('orders', saved.id, { amount: '2.500,75' }, { amount: 45 })).toMatchObject({
      ok: true,
    });
    expect(main.getRecord('orders', saved.id)).toMatchObject({ record: { amount: 2500.75 } });
    // A count is read in the locale as well: "2.001" is the year 2001 there, and "20,5" no whole number.
    expect(main.updateRecord('clients', 'C-000001', { yearFounded: '2.001' }, {})).toMatchObject({
      ok: true,
    });
    expect(main.getRecord('clients', 'C-000001')).toMatchObject({ record: { yearFounded: 2001 } });
    expect(messagesOf(main.updateRecord('clients', 'C-000001', { paymentTermsDays: '20,5' }, {}))).toEqual({
      paymentTermsDays: expect.stringContaining('whole number'),
    });
  });
});

describe('a currency setting written as a code', () => {
  const amounts = () => rowsByHeader(emulator, 'Orders').map((row) => row.Amount);
  /** Saves the workbook's currency setting as the settings page does. */
  function setCurrency(symbol: string): void {
    const settings = getAnalysisSettings().values;
    expect(saveAnalysisSettings({ ...settings, 'reports.currencySymbol': symbol })).toMatchObject({
      ok: true,
    });
  }

  it('takes the peso sign "₱45,000" when the head wrote the setting "PHP" (or "Php")', () => {
    workbook('en_PH');
    for (const setting of ['PHP', 'Php']) {
      setCurrency(setting);
      expect(main.saveRecord('orders', order('₱45,000')), setting).toMatchObject({ ok: true });
    }
    expect(amounts()).toEqual([45_000, 45_000]);
    expect(messagesOf(main.saveRecord('orders', order('$45')))).toEqual({
      amount: 'Amount: this workbook’s amounts are in Php; convert it and type the amount in Php.',
    });
  });

  it('takes "$45" when the head wrote the dollar setting "US$" or "USD", in a form and an import', () => {
    workbook('en_US');
    setCurrency('US$');
    expect(main.saveRecord('orders', order('$45'))).toMatchObject({ ok: true });
    setCurrency('USD');
    expect(main.saveRecord('orders', order('$46'))).toMatchObject({ ok: true });
    const report = importChecked('orders', { csv: 'Client,Date,Amount\nAlpha Foods,2026-01-05,$47' });
    expect(report).toMatchObject({ imported: 1 });
    expect(amounts()).toEqual([45, 46, 47]);
  });
});

describe('a dollar workbook that is not in US dollars (en_AU: the setting defaults to "$")', () => {
  const amounts = () => rowsByHeader(emulator, 'Orders').map((row) => row.Amount);

  it('refuses "USD 45" and "US$45" in a form and an import instead of taking them as Australian dollars', () => {
    workbook('en_AU');
    for (const typed of ['USD 45', 'US$45']) {
      expect(messagesOf(main.saveRecord('orders', order(typed))), typed).toEqual({
        amount: 'Amount: this workbook’s amounts are in $; convert it and type the amount in $.',
      });
    }
    const report = checkImport('orders', { csv: 'Client,Date,Amount\nAlpha Foods,2026-01-05,USD 45' });
    expect(report).toMatchObject({ rejectedCount: 1 });
    expect(amounts()).toEqual([]);
  });

  it('takes the workbook’s own dollars written with their code or sign, "AUD 45", "A$45", "$45"', () => {
    workbook('en_AU');
    for (const typed of ['AUD 45', 'A$45', 'AU$ 45', '$45']) {
      expect(main.saveRecord('orders', order(typed)), typed).toMatchObject({ ok: true });
    }
    expect(amounts()).toEqual([45, 45, 45, 45]);
  });

  it('reads "$" as the country’s dollar in Canada, New Zealand and Mexico too', () => {
    for (const [locale, code, other] of [
      ['en_CA', 'CAD', 'NZD'],
      ['en_NZ', 'NZD', 'AUD'],
      ['es_MX', 'MXN', 'USD'],
    ] as const) {
      workbook(locale);
      expect(main.saveRecord('orders', order(`${code} 45`)), locale).toMatchObject({ ok: true });
      expect(main.saveRecord('orders', order(`${other} 45`)), locale).toMatchObject({ ok: false });
      expect(amounts(), locale).toEqual([45]);
    }
  });
});

describe('what reading the currency costs', () => {
  /** The service calls of saving one order, or of importing `rows` orders, in a dollar workbook. */
  function calls(action: () => unknown): Record<string, number> {
    action(); // warm the remembered table places, as any second action of a session finds them
    emulator.calls.reset();
    action();
    return emulator.calls.byKind();
  }
  const importOf = (rows: number) => () =>
    checkImport('orders', {
      csv: `Client,Date,Amount\n${'Alpha Foods,2026-01-05,$45\n'.repeat(rows)}`,
    });

  it('reads the settings once per save with an amount, and an import’s calls do not grow with its rows', () => {
    workbook('en_US');
    const save = calls(() => main.saveRecord('orders', order('$45')));
    const blank = calls(() => main.saveRecord('orders', { ...order(''), amount: 45 }));
    // The typed amount costs the one settings read (and the locale its default follows), no more.
    expect((save['Properties.getProperty'] ?? 0) - (blank['Properties.getProperty'] ?? 0)).toBe(1);
    expect(calls(importOf(500))).toEqual(calls(importOf(5)));
  });
});
