/**
 * The demo's relationship plans: a handful per manager, for their best active clients, each naming
 * people of its own client, valid as a form would store them, and the same for the same options.
 */
import { describe, expect, it } from 'vitest';
import { PLANS_TABLE } from '../../src/core/tables/planTable';
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { type DemoOptions, generateDemoWorkbook } from '../../workbench/demo';
import { WORKBENCH_SEED } from '../../workbench/seed';
import { validationProblems } from './demoHelpers';

const CASES: readonly (readonly [string, DemoOptions])[] = [
  ['the default demo', {}],
  ["the workbench's demo", { ...WORKBENCH_SEED, asOf: '2027-01-04' }],
  ['a bigger demo', { ...WORKBENCH_SEED, seed: 9, size: { clients: 1500 } }],
];

/** Each client's revenue over the whole history: its sales less its credit notes. */
function revenueByClient(orders: readonly TableRecord[]): Map<string, number> {
  const revenue = new Map<string, number>();
  for (const order of orders) {
    const id = String(order.clientId);
    revenue.set(id, (revenue.get(id) ?? 0) + Number(order.amount ?? 0));
  }
  return revenue;
}

describe.each(CASES)('demo relationship plans: %s', (_, options) => {
  const demo = generateDemoWorkbook(options);
  const plans = demo.tables.plans ?? [];
  const clients = new Map((demo.tables.clients ?? []).map((c) => [String(c.id), c]));
  const people = new Map((demo.tables.people ?? []).map((p) => [String(p.id), p]));
  const managers = (demo.tables.team ?? []).filter((t) => t.role === 'manager').map((t) => t.email);

  it('gives each manager three active plans, for three of their own active clients', () => {
    expect(plans).toHaveLength(managers.length * 3);
    for (const manager of managers) expect(plans.filter((p) => p.owner === manager)).toHaveLength(3);
    expect(new Set(plans.map((p) => p.clientId)).size).toBe(plans.length);
    for (const plan of plans) {
      const client = clients.get(String(plan.clientId));
      expect(client, `${plan.id}`).toBeDefined();
      expect(client?.status, `${plan.id}`).toBe('active');
      expect(plan.owner, `${plan.id}`).toBe(client?.owner);
      expect([plan.status, plan.createdBy, plan.updatedBy]).toEqual(['active', plan.owner, plan.owner]);
    }
  });

  it('names one to three people, all of its own client and working there, a decision maker first', () => {
    for (const plan of plans) {
      const ids = String(plan.peopleIds).split(', ');
      expect(ids.length, `${plan.id}`).toBeGreaterThanOrEqual(1);
      expect(ids.length, `${plan.id}`).toBeLessThanOrEqual(3);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) {
        expect(people.get(id)?.clientId, `${plan.id} ${id}`).toBe(plan.clientId);
        expect(people.get(id)?.status, `${plan.id} ${id}`).toBe('active');
      }
      const deciders = [...people.values()].filter(
        (p) => p.clientId === plan.clientId && p.status === 'active' && p.buyingRole === 'decisionMaker',
      );
      if (deciders.length > 0) expect(people.get(ids[0] ?? '')?.buyingRole).toBe('decisionMaker');
    }
  });

  it("is for the manager's best clients: none of their other active clients with people bought more", () => {
    const revenue = revenueByClient(demo.tables.orders ?? []);
    const withPeople = new Set(
      [...people.values()].filter((p) => p.status === 'active').map((p) => String(p.clientId)),
    );
    for (const manager of managers) {
      const own = plans.filter((p) => p.owner === manager).map((p) => String(p.clientId));
      const least = Math.min(...own.map((id) => revenue.get(id) ?? 0));
      const others = [...clients.values()].filter(
        (c) =>
          c.owner === manager &&
          c.status === 'active' &&
          withPeople.has(String(c.id)) &&
          !own.includes(String(c.id)),
      );
      // A peso of slack: the sums run in another order than the generator's.
      const above = others.filter((c) => (revenue.get(String(c.id)) ?? 0) > least + 1);
      expect(
        above.map((c) => c.id),
        manager as string,
      ).toEqual([]);
    }
  });

  it('is written before asOf, after its client, reviewed after asOf and before its period ends', () => {
    for (const plan of plans) {
      const client = clients.get(String(plan.clientId));
      expect(String(plan.createdAt) >= String(client?.createdAt), `${plan.id}`).toBe(true);
      expect(String(plan.updatedAt) < demo.asOf, `${plan.id}`).toBe(true);
      expect(String(plan.reviewDate) > demo.asOf, `${plan.id}`).toBe(true);
      expect(String(plan.periodEnd) > String(plan.reviewDate), `${plan.id}`).toBe(true);
      expect(String(plan.objective).trim()).not.toBe('');
    }
  });

  it("passes Suki's own validation unchanged, and is the same for the same options", () => {
    expect(validationProblems(PLANS_TABLE, plans)).toEqual([]);
    expect(JSON.stringify(generateDemoWorkbook(options).tables.plans)).toBe(JSON.stringify(plans));
  });
});
