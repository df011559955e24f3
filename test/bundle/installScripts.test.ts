/**
 * A fresh `npm ci` prints no warning about install scripts (npm 11's advisory, a block in npm 12):
 * every package of the lockfile that has an install script is reviewed in package.json's
 * allowScripts, and no entry there names a package that is gone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

/** "node_modules/a/node_modules/@s/b" → "@s/b". */
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('install scripts', () => {
  it('are each reviewed in allowScripts, by name, and nothing else is', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript === true)
      .map(([path]) => nameOf(path));
    const reviewed = Object.keys(manifest.allowScripts ?? {});
    expect(new Set(reviewed)).toEqual(new Set(withScripts));
    // Names only: a version pinned here would warn again on the next update of the package.
    for (const key of reviewed) expect(key, key).not.toMatch(/.@/);
  });
});
