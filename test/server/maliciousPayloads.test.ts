/**
 * Random and malicious payloads to every public server function a page can call: each returns
 * field errors or a clear refusal, writes nothing when it refuses, and never stores a formula.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORM_LAYOUTS, formLayoutOf } from '../../src/core/forms/formLayouts';
import { personColumns } from '../../src/core/tables/tableSpec';
import { getPageContext } from '../../src/server/pages';
import { getRecord, listClients, saveRecord, updateRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import { previewImport, runImport } from '../../src/server/tableImport';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;

beforeAll(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  expect(saveRecord('clients', { name: 'Alpha Foods' })).toMatchObject({ ok: true, id: 'C-000001' });
});

function snapshot(): string {
  return JSON.stringify(
    emulator.uncounted(() => emulator.spreadsheet.getSheets().map((s) => s.getDataRange().getValues())),
  );
}

function formulaCount(): number {
  return emulator.uncounted(
    () =>
      emulator.spreadsheet
        .getSheets()
        .flatMap((s) => s.getDataRange().getFormulas().flat())
        .filter(Boolean).length,
  );
}

const FORMULA_TRIGGERS = ['=1+1', '=IMPORTXML("http://x","//a")', '+1', '-cmd', '@x', '\t=1', '\r=1', "'=1"];
const nastyText = fc.oneof(
  fc.constantFrom(...FORMULA_TRIGGERS, '__proto__', 'constructor', '', ' ', 'C-000001', '2026-02-30'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constant('x'.repeat(100_000)),
);
const nastyValue = fc.oneof(
  nastyText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.anything(),
);

/** A payload for a table: mostly its own fields with nasty values, sometimes unknown or poisoned keys. */
function payloadFor(tableKey: string) {
  const form = formLayoutOf(tableKey);
  const keys = form ? personColumns(form.table).map((c) => c.key) : [];
  const key = fc.oneof(
    fc.constantFrom(...keys, 'id', 'createdBy', '__proto__', 'constructor'),
    fc.string({ maxLength: 10 }),
  );
  return fc.oneof(
    fc
      .dictionary(key, nastyValue, { maxKeys: 8 })
      .map((entries) => JSON.parse(JSON.stringify(entries)) as unknown),
    fc.constant(JSON.parse('{"__proto__":{"polluted":true},"name":"x"}') as unknown),
    fc.anything(),
  );
}

const TABLE_KEYS = [...Object.keys(FORM_LAYOUTS), 'audit', 'team', '__proto__', 'toString', ''];

describe('every public server function under random and malicious input', () => {
  it('saveRecord: refuses with field errors and writes nothing, or saves text as text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TABLE_KEYS), fc.nat(), fc.anything(), (tableKey, seed, options) => {
        const payload = fc.sample(payloadFor(tableKey), { seed, numRuns: 1 })[0];
        const before = snapshot();
        const result = saveRecord(tableKey, payload, options as { allowDuplicate?: boolean });
        expect(typeof result.message).toBe('string');
        expect(result.message.length).toBeGreaterThan(0);
        if (!result.ok) {
          expect(snapshot()).toBe(before);
          for (const error of result.fieldErrors) expect(error.message.length).toBeLessThan(400);
        }
        expect(formulaCount()).toBe(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it('updateRecord: refuses cleanly and writes nothing on bad input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TABLE_KEYS),
        fc.anything(),
        fc.nat(),
        fc.anything(),
        (tableKey, id, seed, expected) => {
          const payload = fc.sample(payloadFor(tableKey), { seed, numRuns: 1 })[0];
          const before = snapshot();
          const result = updateRecord(tableKey, id, payload, expected);
          if (!result.ok) expect(snapshot()).toBe(before);
          expect(formulaCount()).toBe(0);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('updateRecord with formula triggers in every text field of a real record stores them as text', () => {
    for (const text of FORMULA_TRIGGERS) {
      const result = updateRecord('clients', 'C-000001', { needs: text, goal: text }, {});
      expect(result.ok, JSON.stringify(result)).toBe(true);
      expect(getRecord('clients', 'C-000001')).toMatchObject({
        ok: true,
        record: { needs: text.trim(), goal: text.trim() },
      });
    }
    expect(formulaCount()).toBe(0);
  });

  it('previewImport and runImport refuse or import text as text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          nastyText.map((csv) => ({ csv: `Name,Needs\n${csv},${csv}` })),
        ),
        fc.anything(),
        fc.anything(),
        (source, mapping, headers) => {
          const before = snapshot();
          const request = { table: 'clients', source, mapping, headers };
          const preview = previewImport(request);
          expect(typeof preview.message).toBe('string');
          expect(snapshot()).toBe(before);
          const result = runImport({ ...request, headers: preview.headers });
          if (!result.ok || result.imported === 0) expect(snapshot()).toBe(before);
          expect(formulaCount()).toBe(0);
        },
      ),
      { numRuns: 100, seed: 11 },
    );
  });

  it('every public function takes junk arguments without throwing or storing a formula', async () => {
    const server = (await import('../../src/server/main')) as Record<string, (...args: unknown[]) => unknown>;
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(server)),
        fc.array(fc.anything(), { maxLength: 3 }),
        (name, args) => {
          expect(() => server[name]?.(...args), name).not.toThrow();
          expect(formulaCount()).toBe(0);
        },
      ),
      { numRuns: 150, seed: 5 },
    );
  });

  it('read-only functions answer anything without writing or throwing', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const before = snapshot();
        expect(() => getRecord(a, b)).not.toThrow();
        expect(() => getPageContext(a)).not.toThrow();
        expect(listClients()[0]).toEqual({ id: 'C-000001', name: 'Alpha Foods' });
        expect(snapshot()).toBe(before);
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});
