/**
 * What `Object.hasOwn` does, written without it: Apps Script's V8 may lack library methods newer
 * than ES2020, and esbuild lowers syntax, never library calls. True when `object` itself, not its
 * prototype, has `key`.
 */
export function hasOwn(object: object, key: PropertyKey): boolean {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: its fix is Object.hasOwn, which Apps Script may lack.
  return Object.prototype.hasOwnProperty.call(object, key);
}
