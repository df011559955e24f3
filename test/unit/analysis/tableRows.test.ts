import { describe, expect, it } from 'vitest';
import { monthIndexOfIso } from '../../../src/core/analysis/days';
import { IssueLog } from '../../../src/core/analysis/issues';
import { CLIENT_ROWS, CONTACT_ROWS, DEAL_ROWS, ORDER_ROWS } from '../../../src/core/analysis/rows';
import { rowReader } from '../../../src/core/analysis/tableRows';
import { CLIENT_COLUMNS, CLIENTS_TABLE } from '../../../src/core/tables/clientsTable';
import { columnOf } from '../../../src/core/tables/tableSpec';
import { DEAL_COLUMNS } from '../../../src/core/tables/workTables';

describe('rows read by the column specs', () => {
  it('takes ranges from the spec: the founding year is valid exactly within its column min and max', () => {
    const { min = 0, max = 0 } = columnOf(CLIENTS_TABLE, 'yearFounded');
    const log = new IssueLog();
    const years = [min, max, min - 1, max + 1].map((yearFounded, i) => ({ id: `C${i}`, yearFounded }));
    expect(CLIENT_ROWS.read(years, log).map((c) => c.yearFounded)).toEqual([min, max, null, null]);
    expect(log.summary().counts).toEqual({ 'clients.yearFounded.outOfRange': 2 });
  });

  it('takes choices and defaults from the spec, and applies a lower bound the form applies', () => {
    const log = new IssueLog();
    const [deal] = DEAL_ROWS.read([{ clientId: 'C1', stage: 'Proposal', value: -5 }], log);
    expect(deal).toMatchObject({ stage: 'proposal', value: null });
    expect(DEAL_ROWS.read([{ clientId: 'C1', stage: 'vip' }], log)[0]?.stage).toBe('lead');
    expect(log.summary().counts).toEqual({ 'deals.stage.unknownChoice': 1, 'deals.value.outOfRange': 1 });
  });

  it('carries every other client column quietly, and reads display-only fields without logging them', () => {
    const log = new IssueLog();
    // lateChance and reliabilityBand are Suki's (the forecast writes them): junk typed over them is
    // read as nothing, and not logged as an input issue.
    const [client] = CLIENT_ROWS.read(
      [{ id: 'C1', lateChance: 'soon', reliabilityBand: 'awful', taxNumber: ' 123 ' }],
      log,
    );
    expect(client).toMatchObject({ lateChance: null, reliabilityBand: null, taxNumber: '123', needs: null });
    for (const column of CLIENT_COLUMNS) expect(client, column.key).toBeDefined();
    const [contact] = CONTACT_ROWS.read([{ clientId: 'C1', channel: 'pigeon', purpose: 'Renewal' }], log);
    expect(contact).toMatchObject({ channel: null, purpose: 'Renewal', status: 'planned' });
    expect(log.summary().total).toBe(0);
    // Payment terms are a forecast input now (an invoice's due date without one): junk there is logged.
    const [termsJunk] = CLIENT_ROWS.read([{ id: 'C2', paymentTermsDays: 'soon' }], log);
    expect(termsJunk?.paymentTermsDays).toBeNull();
    expect(log.summary().counts).toEqual({ 'clients.paymentTermsDays.notNumber': 1 });
  });

  it('derives the order month from the order day', () => {
    const rows = ORDER_ROWS.read(
      ['1999-12-31', '2024-02-29', ' 2025-01-10 '].map((orderDate) => ({
        clientId: 'C1',
        orderDate,
        amount: 1,
      })),
      new IssueLog(),
    );
    expect(rows.map((o) => o.month)).toEqual(['1999-12-31', '2024-02-29', '2025-01-10'].map(monthIndexOfIso));
  });

  it('logs a repeated client ID once per copy, in the column it came from', () => {
    const log = new IssueLog();
    CLIENT_ROWS.read([{ id: 'C1' }, { id: 'C1' }, { id: ' C1 ' }], log);
    expect(log.summary().sample).toEqual([
      {
        table: 'clients',
        recordId: 'C1',
        column: 'id',
        problem: 'duplicateId',
        value: 'C1',
        rowSkipped: true,
      },
      {
        table: 'clients',
        recordId: 'C1',
        column: 'id',
        problem: 'duplicateId',
        value: 'C1',
        rowSkipped: true,
      },
    ]);
  });

  it('refuses a declaration its table cannot serve', () => {
    // A column the table does not have is a compile error too.
    // @ts-expect-error: 'nope' is no column of the deals table
    expect(() => rowReader('deals', DEAL_COLUMNS, { x: 'nope' })).toThrow('deals has no column nope');
    expect(() => rowReader('deals', DEAL_COLUMNS, { title: { column: 'title', orDefault: true } })).toThrow(
      'no default value',
    );
    expect(() =>
      rowReader('deals', DEAL_COLUMNS, { title: { column: 'title', need: 'key', quiet: true } }),
    ).toThrow('quiet');
  });
});
