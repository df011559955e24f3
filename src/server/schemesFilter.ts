/**
 * Which clients a scheme is applied to: a filter by client ID (one client, from the client card) or
 * by segment, tier, ABC class, status, owner and reliability band, each a list of accepted values
 * (a list left empty accepts any). Anyone can send anything, so the filter is checked by field.
 */
import type { Translator } from '../core/i18n/translate';
import { type FieldMessage, type Refusal, refused } from '../core/pageResult';
import { CLIENT_STATUSES, CLIENT_TIERS, RELIABILITY_BANDS } from '../core/tables/clientsTable';
import type { SchemeClientRow } from './schemesData';

/** The filter's lists, by the key the page sends. */
const FILTER_KEYS = ['clientIds', 'segments', 'tiers', 'abcClasses', 'statuses', 'owners', 'bands'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** A checked filter: each list's accepted values, normalised as the clients' fields are read. */
export type SchemeFilter = Readonly<Record<FilterKey, readonly string[]>>;

/** The ABC classes the analysis writes into the Clients sheet. */
const ABC_CLASSES = ['A', 'B', 'C'] as const;

const MAX_VALUES = 5_000;
const MAX_LENGTH = 200;

/** How each list's values are compared: segments space- and case-blind, owners by e-mail, classes upper-case. */
function normalised(key: FilterKey, value: string): string {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (key === 'segments' || key === 'owners') return trimmed.toLowerCase();
  if (key === 'abcClasses') return trimmed.toUpperCase();
  return trimmed;
}

/** The values a choice list may hold (others would match nothing, so they are refused). */
const CHOICES: Partial<Record<FilterKey, readonly string[]>> = {
  tiers: CLIENT_TIERS,
  statuses: CLIENT_STATUSES,
  abcClasses: ABC_CLASSES,
  bands: RELIABILITY_BANDS,
};

/** One list of the filter, or the message saying why it is refused. */
function readList(key: FilterKey, value: unknown, t: Translator): readonly string[] | string {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > MAX_VALUES) return t('schemes.filter.notList');
  const values: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string' || item.length > MAX_LENGTH) return t('schemes.filter.notList');
    const normal = normalised(key, item);
    const allowed = CHOICES[key];
    if (allowed && !allowed.includes(normal)) return t('schemes.filter.unknownValue', { value: normal });
    if (normal !== '' && !values.includes(normal)) values.push(normal);
  }
  return values;
}

/** The filter the page sent, checked; a refusal names each field that is wrong. */
export function readFilter(input: unknown, t: Translator): SchemeFilter | Refusal {
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input))
    return refused(t('schemes.filter.notList'), [{ field: 'filter', message: t('schemes.filter.notList') }]);
  const source = input as Record<string, unknown>;
  const errors: FieldMessage[] = Object.keys(source)
    .filter((key) => !(FILTER_KEYS as readonly string[]).includes(key))
    .map((key) => ({ field: `filter.${key.slice(0, 40)}`, message: t('schemes.filter.unknownField') }));
  const filter = {} as Record<FilterKey, readonly string[]>;
  for (const key of FILTER_KEYS) {
    const list = readList(key, source[key], t);
    if (typeof list === 'string') errors.push({ field: `filter.${key}`, message: list });
    else filter[key] = list;
  }
  if (errors.length > 0) return refused(t('form.fixErrors'), errors);
  return filter;
}

/** Whether the filter accepts `client`: every list left empty or holding the client's value. */
export function filterAccepts(filter: SchemeFilter, client: SchemeClientRow): boolean {
  const fields: Record<FilterKey, string> = {
    clientIds: client.id,
    segments: client.segment.toLowerCase(),
    tiers: client.tier,
    abcClasses: client.abcClass,
    statuses: client.status,
    owners: client.owner,
    bands: client.band,
  };
  return FILTER_KEYS.every((key) => filter[key].length === 0 || filter[key].includes(fields[key]));
}

/** The distinct values of a client field, sorted as a person reads them. */
function distinct(values: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const value of values)
    if (value !== '' && !byKey.has(value.toLowerCase())) byKey.set(value.toLowerCase(), value);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

/** What the page offers to filter by: the values present in Clients, and the fixed choices. */
export interface FilterChoices {
  readonly segments: readonly string[];
  readonly tiers: readonly string[];
  readonly owners: readonly string[];
  readonly statuses: readonly string[];
  readonly abcClasses: readonly string[];
  readonly bands: readonly string[];
}

/** The filter choices of `clients` (segments, tiers and owners as found; the fixed lists in their order). */
export function filterChoices(clients: readonly SchemeClientRow[]): FilterChoices {
  const tiers = new Set(clients.map((client) => client.tier));
  return {
    segments: distinct(clients.map((client) => client.segment)),
    tiers: CLIENT_TIERS.filter((tier) => tiers.has(tier)),
    owners: distinct(clients.map((client) => client.owner)),
    statuses: CLIENT_STATUSES,
    abcClasses: ABC_CLASSES,
    bands: RELIABILITY_BANDS,
  };
}
