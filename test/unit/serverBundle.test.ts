import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { catalogCommandFiles, forwarderSource } from '../../scripts/serverBundle';
import { FORM_LAYOUTS } from '../../src/core/forms/formLayouts';
import { REPORTS } from '../../src/core/reports/reportCatalog';
import * as formCommands from '../../src/server/formCommands';
import * as server from '../../src/server/main';
import * as reportCommands from '../../src/server/reportCommands';

const root = resolve(import.meta.dirname, '../..');

describe('forwarderSource', () => {
  it('forwards this and every argument to the bundle', () => {
    const code = `var __suki = { add: function (a, b, c) { return [this.tag, a + b + c, arguments.length]; } };
${forwarderSource('__suki', ['add'])}
add.call({ tag: 'me' }, 1, 2, 3);`;
    expect(runInNewContext(code)).toEqual(['me', 6, 3]);
  });
});

describe('the menu functions generated from the catalogs', () => {
  it('are what the catalogs say (run `npm run build` after changing REPORTS or FORM_LAYOUTS)', () => {
    for (const file of catalogCommandFiles()) {
      expect(readFileSync(resolve(root, file.path), 'utf8'), file.path).toBe(file.source);
    }
  });

  it('are the public functions of those names, one per report and per form', () => {
    const exports = server as unknown as Record<string, unknown>;
    const reports = reportCommands as unknown as Record<string, unknown>;
    const forms = formCommands as unknown as Record<string, unknown>;
    for (const { functionName } of REPORTS) {
      expect(exports[functionName], functionName).toBeTypeOf('function');
      expect(exports[functionName], functionName).toBe(reports[functionName]);
    }
    for (const { functionName } of Object.values(FORM_LAYOUTS)) {
      expect(exports[functionName], functionName).toBeTypeOf('function');
      expect(exports[functionName], functionName).toBe(forms[functionName]);
    }
    expect(Object.keys(reports)).toHaveLength(REPORTS.length);
    expect(Object.keys(forms)).toHaveLength(Object.keys(FORM_LAYOUTS).length);
  });
});

describe('the form layouts', () => {
  it('are keyed by their table and each has its own page', () => {
    const folders = readdirSync(resolve(root, 'src/ui/pages'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const pages = Object.values(FORM_LAYOUTS).map((form) => form.page);
    for (const [key, form] of Object.entries(FORM_LAYOUTS)) expect(form.table.key).toBe(key);
    expect(new Set([...pages, ...folders]).size).toBe(pages.length + folders.length);
  });
});
