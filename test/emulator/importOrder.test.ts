/**
 * Any emulator module can be the first one loaded: each is imported into a fresh module graph and
 * must evaluate without error. A class whose base class sits in an import cycle with it fails
 * here (the base is not defined yet when `extends` runs), whichever module a caller happens to
 * import first. importGraph.test.ts checks the cause statically.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const root = fileURLToPath(new URL('../../workbench/', import.meta.url));
const modules = ['emulator', 'runtime'].flatMap((dir) =>
  readdirSync(`${root}${dir}`)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${dir}/${name}`),
);

describe('emulator modules load in any order', () => {
  it('finds the modules', () => {
    expect(modules).toContain('emulator/rangeFormat.ts');
    expect(modules).toContain('emulator/index.ts');
  });

  it.each(modules)('%s loads first in a fresh module graph', async (path) => {
    vi.resetModules();
    const loaded: Record<string, unknown> = await import(/* @vite-ignore */ `${root}${path}`);
    expect(Object.keys(loaded).length).toBeGreaterThan(0);
  });
});
