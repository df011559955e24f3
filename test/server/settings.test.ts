import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/analysis/settings';
import { formToSettingsInput, settingsToForm } from '../../src/core/forms/settingsFields';
import { readAnalysisSettings } from '../../src/gas/analysisSettings';
import { getAnalysisSettings, saveAnalysisSettings } from '../../src/server/settings';
import { useEmulator } from '../support/emulatedSheets';

beforeEach(() => {
  useEmulator({ activeUserEmail: 'ligaya.santos@suki-demo.ph' });
});

describe('analysis settings', () => {
  it('shows shares as percentages and round-trips the defaults', () => {
    const form = settingsToForm(DEFAULT_SETTINGS);
    expect(form['abc.aMax']).toBe('80');
    expect(form['xyz.xMax']).toBe('10');
    expect(form['reliability.weights.paymentTimeliness']).toBe('0.3');
    expect(formToSettingsInput(form)).toMatchObject({ abc: { aMax: 0.8, bMax: 0.95 }, xyz: { months: 12 } });
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
      { field: 'abc.bMax', message: 'B: cumulative share up to (%): must be more than the class before it.' },
    ]);
    expect(readAnalysisSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses weights that are all zero', () => {
    const zeros = Object.fromEntries(
      Object.keys(DEFAULT_SETTINGS.reliability.weights).map((k) => [`reliability.weights.${k}`, '0']),
    );
    const result = saveAnalysisSettings({ ...getAnalysisSettings().values, ...zeros });
    expect(result.ok ? [] : result.fieldErrors.map((e) => e.field)).toEqual(['reliability.weights']);
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
