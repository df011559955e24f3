import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../workbench/demo';
import { recordId } from '../../workbench/demo/records';
import { SPECS, validationProblems } from './demoHelpers';

const demo = generateDemoWorkbook();
const tableCases = SPECS.map((spec) => [spec.key, spec] as const);

describe('demo workbook shape', () => {
  it('has exactly the tables of Suki, keyed by table key', () => {
    expect(Object.keys(demo.tables).sort()).toEqual(SPECS.map((s) => s.key).sort());
    expect(demo.tables.audit).toEqual([]);
    expect(demo.tables.absences).toEqual([]);
  });

  it.each(tableCases)('%s: every record has exactly the spec columns, in spec order', (key, spec) => {
    const keys = spec.columns.map((c) => c.key);
    for (const record of demo.tables[key] ?? []) expect(Object.keys(record)).toEqual(keys);
  });

  it.each(tableCases)(
    '%s: values are strings, finite numbers or null, typed as the column says',
    (key, spec) => {
      for (const record of demo.tables[key] ?? []) {
        for (const column of spec.columns) {
          const value = record[column.key];
          if (value === null) continue;
          const numeric = ['integer', 'number', 'currency'].includes(column.type);
          expect(typeof value, `${record.id} ${column.key}`).toBe(numeric ? 'number' : 'string');
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          if (column.type === 'date')
            expect(value, `${record.id} ${column.key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (column.type === 'datetime') expect(new Date(String(value)).toISOString()).toBe(value);
        }
      }
    },
  );

  it.each(tableCases)('%s: IDs run from <prefix>-000001 upward without gaps', (key, spec) => {
    const ids = (demo.tables[key] ?? []).map((r) => r.id);
    expect(ids).toEqual(ids.map((_, i) => recordId(spec, i + 1)));
    if (ids.length > 0) expect(ids[0]).toBe(`${spec.idPrefix}-000001`);
  });

  it.each(tableCases)("%s: every person-entered part passes Suki's own validation unchanged", (key, spec) => {
    expect(validationProblems(spec, demo.tables[key] ?? [])).toEqual([]);
  });

  it.each(tableCases.filter(([key]) => key !== 'audit'))(
    '%s: stamps: created ≤ updated, before asOf, creation order follows the IDs',
    (key) => {
      let previous = '';
      for (const record of demo.tables[key] ?? []) {
        const createdAt = record.createdAt as string;
        const updatedAt = record.updatedAt as string;
        expect(createdAt <= updatedAt, `${record.id}`).toBe(true);
        expect(updatedAt < demo.asOf, `${record.id}`).toBe(true);
        expect(createdAt >= previous, `${record.id}`).toBe(true);
        previous = createdAt;
      }
    },
  );

  it('every clientId points to an existing client, and none made before the day of its client', () => {
    const created = new Map((demo.tables.clients ?? []).map((c) => [c.id, c.createdAt as string]));
    for (const key of ['contacts', 'claims', 'deals', 'orders', 'obligations', 'evidence']) {
      for (const record of demo.tables[key] ?? []) {
        const clientCreated = created.get(record.clientId as string);
        expect(clientCreated, `${key} ${record.id} → ${record.clientId}`).toBeDefined();
        const day = (stamp: unknown) => String(stamp).slice(0, 10);
        expect(day(record.createdAt) >= day(clientCreated), `${key} ${record.id}`).toBe(true);
      }
    }
  });

  it('every owner is a manager from the team, the client owner for client rows; stamps name team members', () => {
    const team = demo.tables.team ?? [];
    const managers = new Set(team.filter((t) => t.role === 'manager').map((t) => t.email));
    const members = new Set(team.map((t) => t.email));
    const ownerOf = new Map((demo.tables.clients ?? []).map((c) => [c.id, c.owner]));
    for (const client of demo.tables.clients ?? []) expect(managers.has(client.owner as string)).toBe(true);
    for (const key of ['contacts', 'claims', 'deals', 'obligations', 'evidence']) {
      for (const record of demo.tables[key] ?? [])
        expect(record.owner).toBe(ownerOf.get(record.clientId as string));
    }
    for (const campaign of demo.tables.campaigns ?? [])
      expect(members.has(campaign.owner as string)).toBe(true);
    for (const records of Object.values(demo.tables)) {
      for (const record of records) {
        expect(members.has(record.createdBy as string), `${record.id}`).toBe(true);
        expect(members.has(record.updatedBy as string), `${record.id}`).toBe(true);
      }
    }
  });
});
