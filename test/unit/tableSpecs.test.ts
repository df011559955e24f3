import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/i18n/en';
import { allTranslations } from '../../src/core/i18n/translate';
import { ALL_TABLES, tableByKey } from '../../src/core/tables/registry';
import { choiceLabelKey } from '../../src/core/tables/tableSpec';

describe('table specs', () => {
  it('are eighteen tables with unique keys, ID prefixes and sheet names', () => {
    expect(ALL_TABLES).toHaveLength(18);
    expect(new Set(ALL_TABLES.map((t) => t.key)).size).toBe(18);
    expect(new Set(ALL_TABLES.map((t) => t.idPrefix)).size).toBe(18);
    for (const locale of [0, 1]) {
      expect(new Set(ALL_TABLES.map((t) => allTranslations(t.sheetLabel)[locale])).size).toBe(18);
    }
  });

  it('include the credit checks, each tied to a client, with a kind, an outcome and a source', () => {
    const evidence = tableByKey('evidence');
    expect(evidence).toMatchObject({ sheetLabel: 'sheet.evidence', idPrefix: 'E' });
    expect(allTranslations('sheet.evidence')[0]).toBe('Credit checks');
    const required = (evidence?.columns ?? []).filter((c) => c.required).map((c) => c.key);
    expect(required).toEqual(['clientId', 'checkedDate', 'kind', 'outcome', 'source']);
    const kind = evidence?.columns.find((c) => c.key === 'kind');
    expect(kind?.choices).toEqual(['tradeReference', 'registration', 'creditCheck']);
    expect(evidence?.columns.find((c) => c.key === 'outcome')?.choices).toEqual(['good', 'bad']);
    expect(evidence?.columns.find((c) => c.key === 'clientId')).toMatchObject({
      type: 'ref',
      refTable: 'clients',
    });
  });

  it('give Clients the forecast’s computed columns in place of the old score', () => {
    const clients = tableByKey('clients');
    const column = (key: string) => clients?.columns.find((c) => c.key === key);
    expect(column('reliability')).toBeUndefined();
    expect(column('lateChance')).toMatchObject({ type: 'integer', writtenBy: 'suki', min: 0, max: 100 });
    expect(column('reliabilityBand')).toMatchObject({
      type: 'choice',
      writtenBy: 'suki',
      choices: ['low', 'medium', 'high'],
    });
  });

  it.each(ALL_TABLES.map((t) => [t.key, t] as const))(
    '%s: columns are unique, labelled and start with the ID',
    (_key, table) => {
      expect(table.columns[0]?.key).toBe('id');
      expect(new Set(table.columns.map((c) => c.key)).size).toBe(table.columns.length);
      // Two columns with one header text would make header matching ambiguous.
      for (const locale of [0, 1]) {
        const labels = table.columns.map((c) => allTranslations(c.label)[locale]?.toLowerCase());
        expect(new Set(labels).size, `${table.key} labels in language ${locale}`).toBe(labels.length);
      }
      for (const column of table.columns) {
        if (column.type === 'choice') {
          expect(column.choices?.length, column.key).toBeGreaterThan(1);
          for (const choice of column.choices ?? [])
            expect(en).toHaveProperty([choiceLabelKey(column, choice)]);
        }
        if (column.defaultValue !== undefined && column.choices)
          expect(column.choices).toContain(column.defaultValue);
        if (column.type === 'ref') expect(tableByKey(column.refTable ?? '')).toBeDefined();
      }
    },
  );
});
