import { describe, expect, it } from 'vitest';
import { LOCALES, translate } from '../../src/core/i18n/translate';
import { fromCell, toCell } from '../../src/core/tables/cellCodec';
import { choiceCaption, choiceCaptions, choiceKeyOf } from '../../src/core/tables/choiceCaptions';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { ALL_TABLES } from '../../src/core/tables/registry';
import {
  captionReplacements,
  headersToRelabel,
  sheetNameLanguage,
  tableSheetNameIn,
} from '../../src/core/tables/tableLanguage';
import { columnOf } from '../../src/core/tables/tableSpec';

const choiceColumns = ALL_TABLES.flatMap((table) =>
  table.columns.filter((column) => column.type === 'choice').map((column) => ({ table, column })),
);

describe('choice captions', () => {
  it.each(choiceColumns.map(({ table, column }) => [`${table.key}.${column.key}`, column] as const))(
    '%s: every key and caption names its own choice, and captions differ within each language',
    (_name, column) => {
      for (const choice of column.choices ?? []) {
        expect(choiceKeyOf(column, choice)).toBe(choice);
        for (const locale of LOCALES)
          expect(choiceKeyOf(column, choiceCaption(column, choice, locale))).toBe(choice);
      }
      for (const locale of LOCALES) {
        const captions = choiceCaptions(column, locale).map((caption) => caption.toLowerCase());
        expect(new Set(captions).size).toBe(captions.length);
      }
    },
  );

  it('no caption holds a comma: an .xlsx dropdown separates its items with commas', () => {
    for (const { column } of choiceColumns)
      for (const locale of LOCALES)
        for (const caption of choiceCaptions(column, locale)) expect(caption).not.toContain(',');
  });

  it('no replacement of a column turns one choice into another, whichever order they run in', () => {
    for (const { column } of choiceColumns) {
      for (const locale of LOCALES) {
        for (const { from, to } of captionReplacements(column, locale)) {
          expect(choiceKeyOf(column, from)).toBe(choiceKeyOf(column, to));
          // A replaced text is never what another replacement writes: it cannot be replaced twice.
          expect(captionReplacements(column, locale).some((other) => other.to === from)).toBe(false);
        }
      }
    }
  });

  const status = columnOf(CLIENTS_TABLE, 'status');

  it('writes a choice as its caption in the workbook language, and its key while none is set', () => {
    expect(toCell(status, 'active', 'Asia/Manila', 'plain', 'fil')).toBe(
      translate('fil', 'choice.status.active'),
    );
    expect(toCell(status, 'active', 'Asia/Manila', 'plain', 'en')).toBe(
      translate('en', 'choice.status.active'),
    );
    expect(toCell(status, 'active', 'Asia/Manila', 'plain', null)).toBe('active');
    // A value that is no choice is written as it is, for validation to have refused it first.
    expect(toCell(status, 'whatever', 'Asia/Manila', 'plain', 'fil')).toBe('whatever');
    expect(toCell(status, 'active', 'Asia/Manila', 'apostrophe', 'en')).toBe(
      `'${translate('en', 'choice.status.active')}`,
    );
  });

  it('reads a caption in either language, or the key, as the choice', () => {
    for (const locale of LOCALES) {
      expect(fromCell(status, translate(locale, 'choice.status.active'), 'Asia/Manila')).toBe('active');
      expect(
        fromCell(status, ` ${translate(locale, 'choice.status.active').toUpperCase()} `, 'Asia/Manila'),
      ).toBe('active');
    }
    expect(fromCell(status, 'active', 'Asia/Manila')).toBe('active');
    expect(fromCell(status, 'Not a status', 'Asia/Manila')).toBe('Not a status');
  });
});

describe('a table sheet in the workbook language', () => {
  const en = translate('en', CLIENTS_TABLE.sheetLabel);
  const fil = translate('fil', CLIENTS_TABLE.sheetLabel);

  it('renames only the names Suki gave', () => {
    expect(tableSheetNameIn(CLIENTS_TABLE, en, 'fil')).toBe(fil);
    expect(tableSheetNameIn(CLIENTS_TABLE, `${en} (Suki)`, 'fil')).toBe(fil);
    expect(tableSheetNameIn(CLIENTS_TABLE, `${en} (Suki 3)`, 'fil')).toBe(fil);
    expect(tableSheetNameIn(CLIENTS_TABLE, fil, 'fil')).toBeNull();
    expect(tableSheetNameIn(CLIENTS_TABLE, `${fil} (Suki 2)`, 'fil')).toBeNull();
    expect(tableSheetNameIn(CLIENTS_TABLE, 'Our customers', 'fil')).toBeNull();
    expect(tableSheetNameIn(CLIENTS_TABLE, `${en} 2025`, 'fil')).toBeNull();
  });

  it('tells the language a sheet is named in', () => {
    expect(sheetNameLanguage(CLIENTS_TABLE, fil)).toBe('fil');
    expect(sheetNameLanguage(CLIENTS_TABLE, `${en} (Suki)`)).toBe('en');
    expect(sheetNameLanguage(CLIENTS_TABLE, 'Our customers')).toBeNull();
  });

  it("relabels Suki's headers, not a header a person wrote", () => {
    const name = columnOf(CLIENTS_TABLE, 'name');
    const status = columnOf(CLIENTS_TABLE, 'status');
    const positions = new Map([
      ['name', 1],
      ['status', 2],
    ]);
    const header = [translate('en', name.label), 'Where they stand'];
    const changes = headersToRelabel(CLIENTS_TABLE, positions, header, 'fil');
    expect([...changes]).toEqual([[1, translate('fil', name.label)]]);
    const already = [translate('fil', name.label), translate('fil', status.label)];
    expect(headersToRelabel(CLIENTS_TABLE, positions, already, 'fil').size).toBe(0);
  });
});
