/**
 * `Object.hasOwn`, which Apps Script's V8 may lack (esbuild does not polyfill library methods):
 * true when `object` itself, not its prototype, has `key`.
 */
export function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.hasOwn(object, key);
}
