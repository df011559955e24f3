/** PropertiesService with Apps Script's size limits: 9 KB per value, 500 KB per store. Values are strings. */
import { asGas, type EmulatorContext } from './context';

type Properties = GoogleAppsScript.Properties.Properties;

const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Checks and applies a batch of writes to a store, all or nothing. */
function write(store: Map<string, string>, entries: [string, unknown][], replaceAll: boolean): void {
  const next = new Map(replaceAll ? [] : store);
  for (const [key, raw] of entries) {
    if (!key) throw new Error('Invalid argument: key');
    const value = String(raw);
    if (bytes(value) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    next.set(key, value);
  }
  let total = 0;
  for (const [k, v] of next) total += bytes(k) + bytes(v);
  if (total > MAX_STORE_BYTES) {
    throw new Error(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  }
  store.clear();
  for (const [k, v] of next) store.set(k, v);
}

/** One property store. */
class FakeProperties
  implements
    Pick<
      Properties,
      | 'getProperty'
      | 'setProperty'
      | 'setProperties'
      | 'getProperties'
      | 'getKeys'
      | 'deleteProperty'
      | 'deleteAllProperties'
    >
{
  constructor(private readonly store: Map<string, string>) {}
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): Properties {
    write(this.store, [[key, value]], false);
    return asGas(this);
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
    write(this.store, Object.entries(properties), deleteAllOthers);
    return asGas(this);
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  deleteProperty(key: string): Properties {
    this.store.delete(key);
    return asGas(this);
  }
  deleteAllProperties(): Properties {
    this.store.clear();
    return asGas(this);
  }
}

/** The PropertiesService global; user properties belong to the user running the script. */
export function createPropertiesService(ctx: EmulatorContext): GoogleAppsScript.Properties.PropertiesService {
  const wrap = (store: Map<string, string>): Properties =>
    asGas(ctx.track(new FakeProperties(store), 'Properties'));
  const service: GoogleAppsScript.Properties.PropertiesService = {
    // Null outside a container, although the typings do not say so.
    getDocumentProperties: () =>
      ctx.hasContainer() ? wrap(ctx.documentProperties) : asGas<Properties>(null),
    getScriptProperties: () => wrap(ctx.scriptProperties),
    getUserProperties: () => {
      let store = ctx.userProperties.get(ctx.userKey());
      if (!store) {
        store = new Map();
        ctx.userProperties.set(ctx.userKey(), store);
      }
      return wrap(store);
    },
  };
  return ctx.track(service, 'PropertiesService');
}
