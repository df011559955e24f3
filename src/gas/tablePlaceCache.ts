/**
 * A table's place as an earlier execution found it (its sheet, its header row, its column
 * positions), so a later locate need not search the columns' metadata. Kept in two stores:
 * document properties (`suki.place.<table>`), which last, read free of calls inside a locked action
 * (the write session read them all when it took the lock) and trusted only for the sheet Suki
 * remembers as the table's (`suki.sheetId.<table>`); and the document cache, which is cheaper to
 * read outside a locked action and lasts six hours.
 */
import { ALL_TABLES } from '../core/tables/registry';
import type { TableSpec } from '../core/tables/tableSpec';
import { PLACE_PROPERTY_PREFIX, TABLE_SHEET_PROPERTY_PREFIX } from './metadataKeys';
import { type WriteSession, writeSessionIfLocked } from './writeSession';

type Properties = GoogleAppsScript.Properties.Properties;
type Cache = GoogleAppsScript.Cache.Cache;

/** What a previous execution learnt about a table's place. */
export interface RememberedPlace {
  readonly sheetId: number;
  readonly header: readonly string[];
  readonly positions: readonly (readonly [string, number])[];
}

/** How long the document cache keeps a remembered place (the property keeps it until it changes). */
const PLACE_CACHE_SECONDS = 6 * 60 * 60;
/** The document cache key of `table`'s remembered place. */
const placeCacheKey = (table: TableSpec) => `${PLACE_PROPERTY_PREFIX}${table.key}`;
/** The document property that keeps `table`'s remembered place. */
const placePropertyKey = (table: TableSpec) => `${PLACE_PROPERTY_PREFIX}${table.key}`;
/** The document property naming the sheet Suki remembers as `table`'s (see tableIdentity.ts). */
const tableSheetKey = (table: TableSpec) => `${TABLE_SHEET_PROPERTY_PREFIX}${table.key}`;
/** A header row as the texts a remembered place compares. */
export const headerTexts = (row: readonly unknown[]) => row.map((cell) => String(cell ?? ''));

/** A place bigger than this (a sheet with many long headers of a person's own) stays in the cache only. */
const MAX_PROPERTY_BYTES = 6 * 1024;

const utf8Bytes = (text: string) => encodeURIComponent(text).replace(/%[0-9A-F]{2}/gi, '.').length;

/** A stored place, or null when `raw` is none or not one (a property is never taken on faith). */
function parsePlace(raw: string | null | undefined): RememberedPlace | null {
  if (!raw) return null;
  try {
    const place = JSON.parse(raw) as Partial<RememberedPlace>;
    const wellFormed =
      Number.isInteger(place.sheetId) &&
      Array.isArray(place.header) &&
      place.header.every((text) => typeof text === 'string') &&
      Array.isArray(place.positions) &&
      place.positions.every(
        (entry) => Array.isArray(entry) && typeof entry[0] === 'string' && Number.isInteger(entry[1]),
      );
    return wellFormed ? (place as RememberedPlace) : null;
  } catch {
    return null;
  }
}

/** A remembered place names a position for every column the table has now (specs grow). */
export function coversTable(remembered: RememberedPlace, table: TableSpec): boolean {
  const keys = new Set(remembered.positions.map(([key]) => key));
  return table.columns.every((column) => keys.has(column.key));
}

/** One store's entry as read: its raw text (null when none), read at most once per locate. */
interface Read {
  readonly raw: string | null;
}

/**
 * The document cache as one execution's locates share it: the cache handle asked for once, and every
 * table's remembered place read in one call the first time any is wanted (what this execution
 * remembers or forgets since is kept in step), where each locate would read its own entry.
 */
export class PlaceCache {
  private store: Cache | null | undefined;
  private entries: Map<string, string | null> | undefined;

  /** The document cache, asked for once. */
  cache(): Cache | null {
    if (this.store === undefined) this.store = CacheService.getDocumentCache();
    return this.store;
  }

  /** The cached text under `key`, from the one read of every table's entry. */
  get(key: string): string | null {
    if (!this.entries) {
      const keys = ALL_TABLES.map(placeCacheKey);
      const found = this.cache()?.getAll(keys) ?? {};
      this.entries = new Map(keys.map((k) => [k, found[k] ?? null]));
    }
    return this.entries.has(key) ? (this.entries.get(key) ?? null) : (this.cache()?.get(key) ?? null);
  }

  /**
   * The key of the table whose cached place is on sheet `sheetId`, or null (none, or several):
   * which table a sheet holds, from the one cache read, without reading its metadata. A hint only:
   * the caller locates the table and checks that it is on that sheet.
   */
  tableOnSheet(sheetId: number): string | null {
    const keys = ALL_TABLES.filter(
      (table) => parsePlace(this.get(placeCacheKey(table)))?.sheetId === sheetId,
    );
    return keys.length === 1 ? (keys[0] as TableSpec).key : null;
  }

  /** Notes what this execution put in the cache (null: removed). */
  note(key: string, raw: string | null): void {
    this.entries?.set(key, raw);
  }
}

/**
 * What Suki remembers of one table's place, read lazily: inside a locked action the property first
 * (no call) and the cache only when the property holds none; outside, the cache first (one cheap
 * read) and the properties (one read of them all) only when the cache cannot answer. Writes go
 * only where the place changed.
 */
export class PlaceMemory {
  private readonly session: WriteSession | null = writeSessionIfLocked();
  private cacheStore: Cache | null | undefined;
  private cacheRead: Read | undefined;
  private propertyStore: Properties | null | undefined;
  private propertySnapshot: Record<string, string> | null | undefined;

  constructor(
    private readonly table: TableSpec,
    /** The execution's shared cache reads, when the caller keeps one (a table store does). */
    private readonly shared?: PlaceCache,
  ) {}

  /** The places worth trying, cheapest first, each once (a store is read only when reached). */
  *candidates(): Generator<RememberedPlace> {
    const seen = new Set<string>();
    const order = this.session
      ? [() => this.stored(), () => this.cached()]
      : [() => this.cached(), () => this.stored()];
    for (const [index, read] of order.entries()) {
      // Inside a locked action the cache holds nothing newer than a stored place (every search
      // stores there), so it is read only when the property holds none (a workbook just upgraded).
      if (this.session && index === 1 && this.stored()) break;
      if (!this.session && index === 1) this.refreshCache();
      const place = read();
      const raw = place ? JSON.stringify(place) : '';
      if (!place || seen.has(raw)) continue;
      seen.add(raw);
      yield place;
    }
  }

  /** The first place remembered (see candidates), or null: which sheet is the table, as last found. */
  first(): RememberedPlace | null {
    for (const place of this.candidates()) return place;
    return null;
  }

  /**
   * Remembers `place` wherever it differs from what is kept, in the stores already read (never
   * reading one just to compare): the property when its sheet is the table's remembered sheet (a
   * place on any other sheet would not be trusted), the cache outside a locked action. Best
   * effort: a store that refuses (a quota) leaves the place unremembered.
   */
  remember(place: RememberedPlace): void {
    const raw = JSON.stringify(place);
    const propertiesRead = this.session !== null || this.propertySnapshot !== undefined;
    if (
      propertiesRead &&
      this.storedRaw() !== raw &&
      this.tableSheetId() === place.sheetId &&
      utf8Bytes(raw) <= MAX_PROPERTY_BYTES
    ) {
      this.writeProperty(raw);
    }
    if (!this.session && this.cachedRaw() !== raw) {
      attempt(() => this.cache()?.put(placeCacheKey(this.table), raw, PLACE_CACHE_SECONDS));
      this.cacheRead = { raw };
      this.shared?.note(placeCacheKey(this.table), raw);
    }
  }

  /** Whether `sheetId` is the sheet remembered as the table's (document property `suki.sheetId.<table>`). */
  isTableSheet(sheetId: number): boolean {
    return this.tableSheetId() === sheetId;
  }

  /** Notes that `sheetId` was just remembered as the table's sheet (rememberTableSheet). */
  noteTableSheet(sheetId: number): void {
    if (this.propertySnapshot) this.propertySnapshot[tableSheetKey(this.table)] = String(sheetId);
  }

  /** Forgets the place in both stores (it may be another sheet's), where one is kept. */
  forget(): void {
    if (this.storedRaw() !== null) this.writeProperty(null);
    if (this.cachedRaw() !== null) attempt(() => this.cache()?.remove(placeCacheKey(this.table)));
    this.cacheRead = { raw: null };
    this.shared?.note(placeCacheKey(this.table), null);
  }

  /**
   * Outside a locked action, once the cache could not answer: puts every table's stored place
   * into the cache in one call (the properties were read whole anyway), so the other tables this
   * execution and the next ones locate are answered by the cache again. A stored place is never
   * older than a cached one (a search always stores it), so none is overwritten with an older one.
   */
  private refreshCache(): void {
    const snapshot = this.snapshot();
    if (!snapshot) return;
    const places: Record<string, string> = {};
    for (const [key, raw] of Object.entries(snapshot)) {
      if (!key.startsWith(PLACE_PROPERTY_PREFIX)) continue;
      const tableKey = key.slice(PLACE_PROPERTY_PREFIX.length);
      const place = parsePlace(raw);
      if (place && String(place.sheetId) === snapshot[`${TABLE_SHEET_PROPERTY_PREFIX}${tableKey}`])
        places[key] = raw;
    }
    if (Object.keys(places).length === 0) return;
    attempt(() => this.cache()?.putAll(places, PLACE_CACHE_SECONDS));
    for (const [key, raw] of Object.entries(places)) this.shared?.note(key, raw);
    this.cacheRead = { raw: places[placeCacheKey(this.table)] ?? this.cachedRaw() };
  }

  private cached(): RememberedPlace | null {
    return parsePlace(this.cachedRaw());
  }

  /** The stored place, only while its sheet is the one remembered as the table's. */
  private stored(): RememberedPlace | null {
    const place = parsePlace(this.storedRaw());
    return place && place.sheetId === this.tableSheetId() ? place : null;
  }

  private cache(): Cache | null {
    if (this.shared) return this.shared.cache();
    if (this.cacheStore === undefined) this.cacheStore = CacheService.getDocumentCache();
    return this.cacheStore;
  }

  private cachedRaw(): string | null {
    if (!this.cacheRead) {
      const key = placeCacheKey(this.table);
      this.cacheRead = { raw: this.shared ? this.shared.get(key) : (this.cache()?.get(key) ?? null) };
    }
    return this.cacheRead.raw;
  }

  /** Every document property, read once (outside a locked action only). */
  private snapshot(): Record<string, string> | null {
    if (this.propertySnapshot === undefined) {
      this.propertyStore = PropertiesService.getDocumentProperties();
      this.propertySnapshot = this.propertyStore ? { ...this.propertyStore.getProperties() } : null;
    }
    return this.propertySnapshot;
  }

  private property(key: string): string | null {
    if (this.session) return this.session.propertyAtLock(key) ?? null;
    return this.snapshot()?.[key] ?? null;
  }

  private storedRaw(): string | null {
    return this.property(placePropertyKey(this.table));
  }

  private tableSheetId(): number | null {
    const raw = this.property(tableSheetKey(this.table));
    const id = raw === null || raw === '' ? Number.NaN : Number(raw);
    return Number.isInteger(id) ? id : null;
  }

  private writeProperty(raw: string | null): void {
    const key = placePropertyKey(this.table);
    attempt(() => {
      if (this.session) return this.session.storeProperty(key, raw);
      if (raw === null) this.propertyStore?.deleteProperty(key);
      else this.propertyStore?.setProperty(key, raw);
    });
    if (this.propertySnapshot) {
      if (raw === null) delete this.propertySnapshot[key];
      else this.propertySnapshot[key] = raw;
    }
  }
}

/** Runs a write of what Suki merely remembers: a refusal (a full store) must not fail the action. */
function attempt(write: () => unknown): void {
  try {
    write();
  } catch (error) {
    console.warn('Suki could not remember a table’s place', error);
  }
}

/** The place Suki remembers for `table` (see PlaceMemory), or null: used to tell a table from its copies. */
export function rememberedPlace(table: TableSpec): RememberedPlace | null {
  return new PlaceMemory(table).first();
}
