/**
 * CacheService on the emulated clock: entries expire when emulator.advanceClock passes their time.
 * Limits as Apps Script: key 250 characters, value 100 KB, 6 hours at most, 1,000 items (oldest out).
 */
import { asGas, type CacheEntry, type EmulatorContext } from './context';

type Cache = GoogleAppsScript.Cache.Cache;

const MAX_KEY = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const MAX_ITEMS = 1000;
const DEFAULT_TTL_S = 600;
const MAX_TTL_S = 21600;

/** One cache (document, script or per-user). */
class FakeCache implements Pick<Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly store: Map<string, CacheEntry>,
  ) {}
  private live(key: string): string | null {
    const entry = this.store.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.ctx.now()) {
      this.store.delete(key);
      return null;
    }
    return entry.value;
  }
  private check(key: string, value: string): void {
    if (key.length > MAX_KEY) throw new Error('Argument too large: key');
    if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
  }
  get(key: string): string | null {
    return this.live(key);
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.live(key);
      if (value !== null) out[key] = value;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = DEFAULT_TTL_S): void {
    this.putAll({ [key]: value }, expirationInSeconds);
  }
  putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_TTL_S): void {
    const entries = Object.entries(values).map(([k, v]) => [k, String(v)] as const);
    for (const [k, v] of entries) this.check(k, v);
    const expiresAt = this.ctx.now() + Math.min(expirationInSeconds, MAX_TTL_S) * 1000;
    for (const [k, v] of entries) {
      this.store.delete(k);
      this.store.set(k, { value: v, expiresAt });
    }
    // Oldest entries are evicted first once the cache is full.
    for (const k of this.store.keys()) {
      if (this.store.size <= MAX_ITEMS) break;
      this.store.delete(k);
    }
  }
  remove(key: string): void {
    this.store.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(k);
  }
}

/** The CacheService global. */
export function createCacheService(ctx: EmulatorContext): GoogleAppsScript.Cache.CacheService {
  const cache = (name: string): Cache => {
    let store = ctx.caches.get(name);
    if (!store) {
      store = new Map();
      ctx.caches.set(name, store);
    }
    return asGas(ctx.track(new FakeCache(ctx, store), 'Cache'));
  };
  const service: GoogleAppsScript.Cache.CacheService = {
    getDocumentCache: () => (ctx.hasContainer() ? cache('document') : null),
    getScriptCache: () => cache('script'),
    getUserCache: () => cache(`user:${ctx.userKey()}`),
  };
  return ctx.track(service, 'CacheService');
}
