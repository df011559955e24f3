/**
 * The seed checks the demo against the workbook's cell limit before it writes a row: a demo that
 * does not fit (`npm start -- --clients 50000` against Sheets' 10,000,000) is refused at once with
 * the cells it needs and the limit, and the count it checks is exactly what the writes then take.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { generateDemoWorkbook } from '../../workbench/demo';
import { createEmulator } from '../../workbench/emulator';
import { ScriptRuntime } from '../../workbench/runtime/scriptRuntime';
import { locateTableIn, SeedCellLimitError, seedWorkbook } from '../../workbench/seed';

const DIST = resolve(import.meta.dirname, '../../dist');
const demo = generateDemoWorkbook({ size: { clients: 300 } });

/** Seeds the demo into a fresh workbench whose emulator holds at most `cellLimit` cells. */
function seedWithin(cellLimit: number) {
  const emulator = createEmulator({ timeZone: 'Asia/Manila', spreadsheetLocale: 'en_PH', cellLimit });
  const runtime = new ScriptRuntime(emulator, join(DIST, 'Code.js'));
  try {
    seedWorkbook(emulator, runtime, demo);
    return { emulator, error: null };
  } catch (error) {
    return { emulator, error };
  }
}

describe('the seed and the cell limit', () => {
  it('refuses a demo past the limit before writing, naming the cells it needs, and fits in exactly those', () => {
    const tight = seedWithin(100_000);
    expect(tight.error).toBeInstanceOf(SeedCellLimitError);
    const refusal = tight.error as SeedCellLimitError;
    expect(refusal.limit).toBe(100_000);
    expect(refusal.needed).toBeGreaterThan(100_000);
    expect(refusal.message).toContain(`Seeding 300 clients needs ${refusal.needed} cells`);
    expect(refusal.message).toContain('above the limit of 100000 cells');
    const clients = locateTableIn(tight.emulator, CLIENTS_TABLE);
    expect(clients && tight.emulator.uncounted(() => clients.sheet.getLastRow())).toBe(1);

    expect(seedWithin(refusal.needed - 1).error).toBeInstanceOf(SeedCellLimitError);
    const exact = seedWithin(refusal.needed);
    expect(exact.error).toBeNull();
    const seeded = locateTableIn(exact.emulator, CLIENTS_TABLE);
    expect(seeded && exact.emulator.uncounted(() => seeded.sheet.getLastRow())).toBe(301);
  });
});
