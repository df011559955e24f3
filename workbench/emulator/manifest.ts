/**
 * The project manifest (appsscript.json) as the emulator needs it: the OAuth scopes it grants.
 * Apps Script grants exactly the manifest's `oauthScopes` when the list is present, and detects
 * scopes from the code when it is not; the emulator models the second case as "everything".
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's own manifest, two folders up from this file. @forTests */
export const PROJECT_MANIFEST = resolve(dirname(fileURLToPath(import.meta.url)), '../../appsscript.json');

const cache = new Map<string, readonly string[] | undefined>();

/**
 * The `oauthScopes` of the manifest at `path`, or undefined when it lists none. Read once per path;
 * a missing or malformed manifest throws, since running without the real scopes would hide refusals.
 */
export function manifestScopes(path: string = PROJECT_MANIFEST): readonly string[] | undefined {
  if (cache.has(path)) return cache.get(path);
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const scopes = (parsed as { oauthScopes?: unknown } | null)?.oauthScopes;
  if (scopes !== undefined && !(Array.isArray(scopes) && scopes.every((s) => typeof s === 'string'))) {
    throw new Error(`${path}: oauthScopes must be a list of scope URLs.`);
  }
  const result = scopes === undefined ? undefined : Object.freeze([...(scopes as string[])]);
  cache.set(path, result);
  return result;
}
