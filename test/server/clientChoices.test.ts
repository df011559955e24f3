/**
 * The client picker's data: a small workbook sends every client the caller may pick; a large one
 * sends none and answers each search from the sheet (Sheets searches, nothing is read whole), with
 * the same calls at 2,500 and 50,000 clients and an answer far under 500 KB.
 */
import { describe, expect, it } from 'vitest';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { TEAM_TABLE } from '../../src/core/tables/teamTables';
import { clientChoices } from '../../src/server/clientChoices';
import * as main from '../../src/server/main';
import { writeTableRecords } from '../../workbench/seed';
import { useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const MANAGER = 'mario.manager@suki.test';

/** `count` clients; every third one the manager's, C-000007 archived. */
function book(count: number, asWho = HEAD) {
  const emulator = useEmulator({ activeUserEmail: HEAD });
  main.setUpWorkbook();
  writeTableRecords(
    emulator,
    TEAM_TABLE,
    [{ email: MANAGER, name: 'Mario', role: 'manager', status: 'active' }],
    'Asia/Manila',
  );
  writeTableRecords(
    emulator,
    CLIENTS_TABLE,
    Array.from({ length: count }, (_, i) => ({
      id: `C-${String(i + 1).padStart(6, '0')}`,
      name: i === 41 ? 'Dela Cruz Trading, Inc.' : `Seeded ${i + 1} Niño Foods`,
      owner: i % 3 === 0 ? MANAGER : HEAD,
      archivedAt: i === 6 ? '2026-01-01T00:00:00.000Z' : null,
    })),
    'Asia/Manila',
  );
  emulator.setActiveUser(asWho);
  return emulator;
}

describe('the client picker’s data', () => {
  it('sends a small workbook’s clients whole, archived ones left out, and filters a search the same way', () => {
    book(30);
    const all = clientChoices();
    if (!all.ok) throw new Error(all.message);
    expect(all.complete).toBe(true);
    expect(all.clients).toHaveLength(29);
    expect(all.clients.some((c) => c.id === 'C-000007')).toBe(false);
    const found = clientChoices('seeded 12 nino');
    expect(found.ok && found.clients.map((c) => c.id)).toEqual(['C-000012']);
    expect(found).toMatchObject({ complete: true });
  });

  it('sends a large workbook none at first, and finds by name (accents and case aside) or by ID', () => {
    book(2_500);
    const first = clientChoices();
    expect(first).toMatchObject({ ok: true, complete: false, clients: [] });
    const byName = clientChoices('dela CRUZ');
    expect(byName).toMatchObject({
      ok: true,
      complete: false,
      clients: [{ id: 'C-000042', name: 'Dela Cruz Trading, Inc.' }],
    });
    const accents = clientChoices('seeded 2345 nino');
    expect(accents.ok && accents.clients.map((c) => c.id)).toEqual(['C-002345']);
    // As the page matches: an ID starting with it, or holding its words ("c", "00234").
    const byId = clientChoices('c-00234');
    expect(byId.ok && byId.clients.map((c) => c.id)).toEqual([
      'C-000234',
      'C-002340',
      'C-002341',
      'C-002342',
      'C-002343',
      'C-002344',
      'C-002345',
      'C-002346',
    ]);
    expect(clientChoices('c-000007')).toMatchObject({ ok: true, clients: [] });
  });

  it('gives a manager only the clients theirs to add work to', () => {
    book(2_500, MANAGER);
    const found = clientChoices('c-00001');
    if (!found.ok) throw new Error(found.message);
    expect(found.clients.length).toBeGreaterThan(0);
    // Every third client is the manager's: C-000001, C-000004, C-000010, C-000013…
    expect(found.clients.every((c) => (Number(c.id.slice(2)) - 1) % 3 === 0)).toBe(true);
  });

  it('costs the same calls to search at 2,500 and 50,000 clients, and answers far under 500 KB', () => {
    const measure = (count: number) => {
      const emulator = book(count);
      clientChoices('dela cruz');
      emulator.calls.reset();
      const first = clientChoices();
      const search = clientChoices('dela cruz');
      expect(search).toMatchObject({ ok: true, clients: [{ id: 'C-000042' }] });
      expect(JSON.stringify(first).length + JSON.stringify(search).length).toBeLessThan(2_000);
      return { kinds: emulator.calls.byKind(), ms: emulator.calls.modelledMs() };
    };
    const small = measure(2_500);
    const large = measure(50_000);
    expect(large.kinds).toEqual(small.kinds);
    expect(large.ms).toBe(small.ms);
  });
});
