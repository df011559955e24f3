import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettingsFor, resolveSettings } from '../../src/core/analysis/settings';
import { formToSettingsInput, settingsToForm } from '../../src/core/forms/settingsFields';
import { readAnalysisSettings } from '../../src/gas/analysisSettings';
import { getAnalysisSettings, saveAnalysisSettings } from '../../src/server/settings';
import { useEmulator } from '../support/emulatedSheets';

beforeEach(() => {
  useEmulator({ activeUserEmail: 'ligaya.santos@suki-demo.ph' });
});

/** The defaults of the emulated spreadsheet, whose locale gives the currency sign. */
const spreadsheetDefaults = () =>
  defaultSettingsFor(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());

describe('analysis settings', () => {
  it('shows shares as percentages and round-trips the defaults', () => {
    const form = settingsToForm(DEFAULT_SETTINGS);
    expect(form['abc.aMax']).toBe('80');
    expect(form['xyz.xMax']).toBe('10');
    expect(form['reliability.mediumFrom']).toBe('20');
    expect(form['reliability.highFrom']).toBe('50');
    expect(form['reliability.lateAfterDays']).toBe('0');
    expect(form['reliability.halfLifeDays']).toBe('365');
    expect(form['recommendations.newClientInvoices']).toBe('3');
    // The old score's fields are not on the page any more.
    expect(Object.keys(form).filter((k) => /weights|minOrders|priorScore|reliabilityDrop/.test(k))).toEqual(
      [],
    );
    expect(formToSettingsInput(form)).toMatchObject({ abc: { aMax: 0.8, bMax: 0.95 }, xyz: { months: 12 } });
    expect(formToSettingsInput(form)).toMatchObject({ reliability: { mediumFrom: 0.2, highFrom: 0.5 } });
    expect(resolveSettings(formToSettingsInput(form))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('saves the band cut-offs typed as percentages', () => {
    const { values } = getAnalysisSettings();
    const result = saveAnalysisSettings({
      ...values,
      'reliability.mediumFrom': '15',
      'reliability.highFrom': '40',
      'reliability.lateAfterDays': '7',
      'recommendations.newClientInvoices': '5',
    });
    expect(result).toMatchObject({ ok: true });
    const settings = readAnalysisSettings();
    expect(settings.reliability).toEqual({
      lateAfterDays: 7,
      halfLifeDays: 365,
      mediumFrom: 0.15,
      highFrom: 0.4,
    });
    expect(settings.recommendations.newClientInvoices).toBe(5);
    expect(getAnalysisSettings().values['reliability.highFrom']).toBe('40');
  });

  it('saves valid settings for the workbook and the next analysis reads them', () => {
    const { values } = getAnalysisSettings();
    const result = saveAnalysisSettings({
      ...values,
      'abc.aMax': '70',
      'abc.bMax': '90',
      'freshness.staleDays': '30',
    });
    expect(result).toMatchObject({ ok: true });
    const settings = readAnalysisSettings();
    expect(settings.abc).toEqual({ aMax: 0.7, bMax: 0.9 });
    expect(settings.freshness.staleDays).toBe(30);
    expect(getAnalysisSettings().values['abc.aMax']).toBe('70');
  });

  it('refuses bad settings by field, in the person’s words, and stores nothing', () => {
    const { values } = getAnalysisSettings();
    const result = saveAnalysisSettings({
      ...values,
      'abc.aMax': '96',
      'xyz.months': '1.5',
      'freshness.staleDays': 'soon',
      'recommendations.dormantDays': '0',
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.fieldErrors).toEqual([
      { field: 'xyz.months', message: 'XYZ: months of history: must be a whole number.' },
      { field: 'freshness.staleDays', message: 'Record is stale after (days): must be a number.' },
      {
        field: 'recommendations.dormantDays',
        message: 'A-client without contact for (days): must be between 1 and 3650.',
      },
      { field: 'abc.bMax', message: 'B: cumulative share up to (%): must be more than the one before it.' },
    ]);
    expect(readAnalysisSettings()).toEqual(spreadsheetDefaults());
  });

  it('refuses a high band that does not start above the medium one, in percent', () => {
    const result = saveAnalysisSettings({
      ...getAnalysisSettings().values,
      'reliability.mediumFrom': '50',
      'reliability.highFrom': '30',
    });
    expect(result.ok ? [] : result.fieldErrors).toEqual([
      {
        field: 'reliability.highFrom',
        message: 'High band from (% chance): must be more than the one before it.',
      },
    ]);
    const range = saveAnalysisSettings({ ...getAnalysisSettings().values, 'reliability.mediumFrom': '100' });
    expect(range.ok ? [] : range.fieldErrors).toEqual([
      { field: 'reliability.mediumFrom', message: 'Medium band from (% chance): must be between 0 and 100.' },
    ]);
    expect(readAnalysisSettings()).toEqual(spreadsheetDefaults());
  });

  it('reads settings saved by the old version, leaving out the old score’s fields', () => {
    PropertiesService.getDocumentProperties()?.setProperty(
      'suki.analysisSettings',
      JSON.stringify({
        ...DEFAULT_SETTINGS,
        abc: { aMax: 0.7, bMax: 0.9 },
        reliability: { weights: { paymentTimeliness: 0.3, creditUse: 0.1 }, minOrders: 3, priorScore: 40 },
        recommendations: { dormantDays: 60, obligationDueDays: 3, reliabilityDropPoints: 10 },
      }),
    );
    const settings = readAnalysisSettings();
    expect(settings.abc).toEqual({ aMax: 0.7, bMax: 0.9 });
    expect(settings.reliability).toEqual(DEFAULT_SETTINGS.reliability);
    expect(settings.recommendations).toEqual({ ...DEFAULT_SETTINGS.recommendations, dormantDays: 60 });
    expect(getAnalysisSettings().values['recommendations.dormantDays']).toBe('60');
  });
});

describe('numbers typed into settings', () => {
  it('refuses a decimal comma instead of reading 12,50 as 1250, and reads 1,250 as a thousand', () => {
    const form = { ...settingsToForm(DEFAULT_SETTINGS), 'freshness.staleDays': '12,50' };
    expect(formToSettingsInput(form)).toMatchObject({ freshness: { staleDays: '12,50' } });
    const thousands = { ...settingsToForm(DEFAULT_SETTINGS), 'freshness.staleDays': '1,250' };
    expect(formToSettingsInput(thousands)).toMatchObject({ freshness: { staleDays: 1250 } });
    const { values } = getAnalysisSettings();
    expect(saveAnalysisSettings({ ...values, 'freshness.staleDays': '12,50' })).toMatchObject({ ok: false });
    expect(readAnalysisSettings().freshness.staleDays).toBe(DEFAULT_SETTINGS.freshness.staleDays);
  });
});

describe('the currency sign of report sheets', () => {
  it('defaults to the spreadsheet locale’s, until a head saves one', () => {
    useEmulator({ activeUserEmail: 'ligaya.santos@suki-demo.ph', spreadsheetLocale: 'fil_PH' });
    expect(readAnalysisSettings().reports.currencySymbol).toBe('₱');
    expect(getAnalysisSettings().defaults['reports.currencySymbol']).toBe('₱');
    SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetLocale('de_DE');
    expect(readAnalysisSettings().reports.currencySymbol).toBe('€');
    const saved = saveAnalysisSettings({ ...getAnalysisSettings().values, 'reports.currencySymbol': ' ₱ ' });
    expect(saved).toMatchObject({ ok: true });
    // Saved, it no longer follows the locale.
    SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetLocale('en_US');
    expect(readAnalysisSettings().reports.currencySymbol).toBe('₱');
    expect(getAnalysisSettings().defaults['reports.currencySymbol']).toBe('$');
  });

  it('settings saved before the currency sign existed take the locale’s', () => {
    useEmulator({ activeUserEmail: 'ligaya.santos@suki-demo.ph', spreadsheetLocale: 'en_PH' });
    const { reports: _reports, ...before } = { ...DEFAULT_SETTINGS, freshness: { staleDays: 30 } };
    PropertiesService.getDocumentProperties()?.setProperty('suki.analysisSettings', JSON.stringify(before));
    expect(readAnalysisSettings()).toMatchObject({
      freshness: { staleDays: 30 },
      reports: { currencySymbol: '₱' },
    });
  });

  it('refuses a sign a number format cannot hold, by field, and stores nothing', () => {
    for (const bad of ['12', 'P ₱', 'a]b', 'toolong', '"']) {
      const result = saveAnalysisSettings({ ...getAnalysisSettings().values, 'reports.currencySymbol': bad });
      expect(result.ok ? [] : result.fieldErrors, bad).toEqual([
        {
          field: 'reports.currencySymbol',
          message:
            'Currency sign for money (blank for none): type a currency sign such as ₱, $ or €, up to 5 characters, without digits or spaces, or leave it blank.',
        },
      ]);
    }
    expect(readAnalysisSettings()).toEqual(spreadsheetDefaults());
  });
});
