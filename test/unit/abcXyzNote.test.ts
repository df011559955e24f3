/** The ABC-XYZ report says its rules exactly, with the workbook's own settings, in both languages. */
import { describe, expect, it } from 'vitest';
import { runFullAnalysis } from '../../src/core/analysis/fullAnalysis';
import { DEFAULT_SETTINGS } from '../../src/core/analysis/settings';
import { translatorFor } from '../../src/core/i18n/translate';
import { reportEntry } from '../../src/core/reports/reportCatalog';

function noteOf(locale: 'en' | 'fil'): string {
  const settings = {
    ...DEFAULT_SETTINGS,
    abc: { ...DEFAULT_SETTINGS.abc, aMax: 0.7, bMax: 0.9 },
    xyz: { ...DEFAULT_SETTINGS.xyz, months: 6 },
  };
  const analysis = runFullAnalysis({ clients: [{ id: 'C-000001', name: 'Alpha' }] }, '2025-06-15', settings);
  const model = reportEntry('abcXyz').build({ analysis, t: translatorFor(locale), clientNames: new Map() });
  return model.blocks.map((block) => block.note ?? '').join(' ');
}

describe('the ABC-XYZ report’s note', () => {
  it('says the client that crosses the A boundary is A, and how variation is measured', () => {
    const note = noteOf('en');
    expect(note).toContain('less than 70% of revenue, so the client that crosses 70% is A too');
    expect(note).toContain('below 90%');
    expect(note).toContain(
      'population standard deviation of monthly revenue over the last 6 complete months',
    );
    expect(note).toContain('months without orders count as zero');
  });

  it('says the same in Filipino', () => {
    const note = noteOf('fil');
    expect(note).toContain('lumampas sa 70%');
    expect(note).toContain('huling 6 buong buwan');
  });
});
