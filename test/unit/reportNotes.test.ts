/**
 * A block's long note reads as a paragraph (issue #14): broken into lines under the block's title,
 * none wider than the data or NOTE_MAX_PX, words kept whole; and the sheet checks flag a note that
 * runs on in one line past the data, as the Reliability and ABC-XYZ notes used to.
 */
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_PX, noteLines, noteWidthPx } from '../../src/core/reports/reportColumns';
import { col, layoutReport, type ReportSheetModel } from '../../src/core/reports/reportModel';
import { MAX_COLUMN_PX, textWidthPx } from '../../src/core/reports/sheetSizing';
import { createEmulator } from '../../workbench/emulator';
import { reportSheetProblems } from '../support/reportSheetChecks';

const NOTE =
  'The chance comes from the book’s own payments (the average client paid 28% of invoices late; 33 clients, 671 invoices) and each client’s invoices and credit checks, recent ones counting more. The chance lies inside the range 8 times in 10.';

/** A report whose first block has a long note, over `columns` columns of short text. */
function model(columns: number, note = NOTE): ReportSheetModel {
  const labels = Array.from({ length: columns }, (_, i) => `Column number ${i + 1}`);
  return {
    key: 'notes',
    sheetName: 'Notes',
    title: 'Title',
    asOfLine: 'As of 2026-12-01',
    blocks: [
      {
        title: 'Clients',
        note,
        columns: labels.map((label) => col(label)),
        rows: [labels.map((_, i) => `value ${i}`)],
      },
    ],
    charts: [],
  };
}

describe('a note as a paragraph', () => {
  it('breaks between words, each line within the width, nothing lost', () => {
    for (const width of [200, 333, 500, NOTE_MAX_PX]) {
      const lines = noteLines(NOTE, width);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(textWidthPx(line)).toBeLessThanOrEqual(width);
      expect(lines.join(' ')).toBe(NOTE);
      // Greedy: the next line's first word would not have fitted on the line before.
      lines.slice(1).forEach((line, i) => {
        expect(textWidthPx(`${lines[i]} ${line.split(' ')[0]}`)).toBeGreaterThan(width);
      });
    }
    expect(noteLines('short', 300)).toEqual(['short']);
  });

  it('breaks a word longer than a line inside it', () => {
    const lines = noteLines(`see ${'x'.repeat(50)} end`, 120);
    for (const line of lines) expect(textWidthPx(line)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/ /g, '')).toBe(`see${'x'.repeat(50)}end`);
  });

  it('lays the lines out under the title, as wide as the data or NOTE_MAX_PX, the header after', () => {
    for (const columns of [2, 4, 9]) {
      const layout = layoutReport(model(columns));
      const place = layout.placements[0];
      const dataWidth = layout.columns.reduce((sum, c) => sum + c.width, 0);
      const room = noteWidthPx(layout.columns);
      expect(room).toBe(Math.min(NOTE_MAX_PX, dataWidth));
      const lines = layout.grid.slice(place?.titleRow ?? 0, (place?.headerRow ?? 0) - 1).map((row) => row[0]);
      expect(lines).toHaveLength(place?.noteRows ?? -1);
      expect(lines).toEqual(noteLines(NOTE, room));
      for (const line of lines) expect(textWidthPx(String(line))).toBeLessThanOrEqual(room);
      expect(layout.grid[(place?.titleRow ?? 0) - 1]?.[0]).toBe('Clients');
      expect(layout.grid[(place?.headerRow ?? 0) - 1]?.[0]).toBe('Column number 1');
      // Nothing else on a note's row: each line runs on over the empty cells of the data.
      for (let r = place?.titleRow ?? 0; r < (place?.headerRow ?? 0) - 1; r++)
        expect(layout.grid[r]?.slice(1).every((cell) => cell === null)).toBe(true);
    }
  });
});

describe('the sheet checks on notes', () => {
  /** A sheet with one block, its title row holding `titleRow` and `notes` under it. */
  function problemsOf(titleRow: string, notes: readonly string[]): string[] {
    const emulator = createEmulator();
    return emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.insertSheet('Checked');
      const rows = [['Title', ''], ['As of', ''], ['', ''], [titleRow, ''], ...notes.map((n) => [n, ''])];
      rows.push(['Client', 'Orders'], ['C-000001 Short', '12']);
      sheet.getRange(1, 1, rows.length, 2).setValues(rows);
      sheet.getRange(rows.length - 1, 1, 1, 2).setBackground('#e8eef0');
      sheet.setColumnWidths(1, 2, 150);
      return reportSheetProblems(emulator, 'Checked');
    });
  }

  it('flags a note run on in one line past the data, and passes it as a paragraph', () => {
    expect(problemsOf(`Clients — ${NOTE}`, [])).toEqual([
      expect.stringMatching(/^A4: "Clients — The chance .*" \(\d+ px\) runs on past the data \(300 px\)$/),
    ]);
    expect(problemsOf('Clients', [NOTE])).toEqual([expect.stringMatching(/^A5: .* runs on past the data/)]);
    expect(problemsOf('Clients', noteLines(NOTE, 300))).toEqual([]);
  });

  it('lets off a note that wraps in its cell: as wide as a wrapping column, a filled cell after it', () => {
    const emulator = createEmulator();
    const problems = emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.insertSheet('Wrapped');
      sheet.getRange(1, 1, 6, 2).setValues([
        ['Title', ''],
        ['As of', ''],
        ['', ''],
        [NOTE, 'beside'],
        ['Client', 'Orders'],
        ['C-000001 Short', '12'],
      ]);
      sheet.getRange(5, 1, 1, 2).setBackground('#e8eef0');
      sheet.setColumnWidth(1, MAX_COLUMN_PX);
      sheet.getRange(4, 1).setWrap(false);
      const off = reportSheetProblems(emulator, 'Wrapped');
      sheet.getRange(4, 1).setWrap(true);
      return { off, on: reportSheetProblems(emulator, 'Wrapped') };
    });
    expect(problems.off).toContainEqual(
      expect.stringMatching(new RegExp(`^A4: .* runs on past the data \\(${MAX_COLUMN_PX} px\\)$`)),
    );
    expect(problems.on).toEqual([]);
  });
});
