/**
 * dist/Code.js as Apps Script runs it: a fresh node:vm context per execution holding only the
 * emulator's globals, functions called by name like menus, triggers and google.script.run do.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuthModeName, EmulatorOptions, MenuEntry } from '../../workbench/emulator';
import { ScriptRuntime } from '../../workbench/runtime/scriptRuntime';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const CODE = resolve(import.meta.dirname, '../../dist/Code.js');

function boot(options: EmulatorOptions = {}) {
  const emulator = useEmulator(options);
  const runtime = new ScriptRuntime(emulator, CODE);
  return { emulator, runtime };
}

type MenuItem = Extract<MenuEntry, { kind: 'item' }>;

/** Every item of a menu, submenus opened, separators left out. */
function menuItems(entries: readonly MenuEntry[]): MenuItem[] {
  return entries.flatMap((entry) => {
    if (entry.kind === 'submenu') return menuItems(entry.items);
    return entry.kind === 'item' ? [entry] : [];
  });
}

describe('the bundle', () => {
  it('declares a top-level function for every server export, and only those', () => {
    const { runtime } = boot();
    const names = runtime.functionNames().sort();
    expect(names).toEqual(
      expect.arrayContaining(['onEdit', 'onInstall', 'onOpen', 'saveRecord', 'setUpWorkbook']),
    );
    expect(names.filter((name) => !/^[a-z][A-Za-z]+$/.test(name))).toEqual([]);
  });

  it.each<AuthModeName>(['NONE', 'LIMITED', 'FULL'])(
    'onOpen builds the Suki add-on menu under AuthMode.%s',
    (mode) => {
      const { emulator, runtime } = boot({ authMode: mode });
      emulator.calls.reset();
      runtime.call('onOpen', [{ authMode: emulator.globals.ScriptApp.AuthMode[mode] }]);
      expect(emulator.ui.menus).toHaveLength(1);
      const items = menuItems(emulator.ui.menus[0]?.items ?? []).filter((e) => e.kind === 'item');
      expect(items.map((e) => e.caption)).toContain('Set up workbook');
      if (mode === 'NONE') {
        // No document data or properties may be touched before the add-on is authorised here.
        const touched = Object.keys(emulator.calls.byKind()).filter((kind) =>
          /^(PropertiesService|SpreadsheetApp\.getActive|CacheService|LockService)/.test(kind),
        );
        expect(touched).toEqual([]);
      }
    },
  );

  it('still builds the menu, in English, when the locale cannot be read under AuthMode.NONE', () => {
    const { emulator, runtime } = boot({ authMode: 'NONE', locale: 'fil' });
    const session = emulator.globals.Session as unknown as Record<string, unknown>;
    session.getActiveUserLocale = () => {
      throw new Error('You do not have permission to call Session.getActiveUserLocale');
    };
    runtime.call('onOpen', [{ authMode: emulator.globals.ScriptApp.AuthMode.NONE }]);
    expect(menuItems(emulator.ui.menus[0]?.items ?? []).map((e) => e.caption)).toContain('Set up workbook');
  });

  it('names only top-level functions that exist in every menu item', () => {
    const { emulator, runtime } = boot();
    runtime.call('onOpen', [{ authMode: emulator.globals.ScriptApp.AuthMode.FULL }]);
    const names = new Set(runtime.functionNames());
    const items = menuItems(emulator.ui.menus[0]?.items ?? []).filter((e) => e.kind === 'item');
    expect(items.length).toBeGreaterThan(5);
    for (const item of items)
      expect(names, `${item.caption} → ${item.functionName}`).toContain(item.functionName);
  });

  it('onInstall shows the menu at once', () => {
    const { emulator, runtime } = boot();
    expect(emulator.ui.menus).toHaveLength(0);
    runtime.call('onInstall', [{ authMode: emulator.globals.ScriptApp.AuthMode.FULL }]);
    expect(emulator.ui.menus).toHaveLength(1);
  });

  it('speaks Filipino to a Filipino account, and the menu item switches language', () => {
    const { emulator, runtime } = boot({ locale: 'fil_PH' });
    runtime.call('onOpen', [{ authMode: emulator.globals.ScriptApp.AuthMode.FULL }]);
    expect(menuItems(emulator.ui.menus[0]?.items ?? []).map((e) => e.caption)).toContain(
      'Ihanda ang workbook',
    );
    runtime.call('useEnglish');
    expect(menuItems(emulator.ui.menus.at(-1)?.items ?? []).map((e) => e.caption)).toContain(
      'Set up workbook',
    );
  });

  it('sets up the workbook and saves a client from a page call, as JSON', () => {
    const { emulator, runtime } = boot({ activeUserEmail: 'mara@suki-demo.ph' });
    runtime.call('setUpWorkbook');
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(
      expect.arrayContaining(['Clients', 'Contact plan', 'Claims', 'Audit log']),
    );
    const result = runtime.call(
      'saveRecord',
      ['clients', { name: '=HYPERLINK("x")', nextContactDate: '2026-12-01' }],
      'page',
    );
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true, id: 'C-000001' });
    expect(rowsByHeader(emulator, 'Clients')[0]).toMatchObject({
      Name: '=HYPERLINK("x")',
      Owner: 'mara@suki-demo.ph',
    });
    const context = runtime.call('getPageContext', ['clients'], 'page') as { locale: string };
    expect(context.locale).toBe('en');
  });

  it('refuses private functions and unknown names from a page', () => {
    const { runtime } = boot();
    expect(() => runtime.call('setUpWorkbook_', [], 'page')).toThrow('Script function not found');
    expect(() => runtime.call('nothingHere', [], 'page')).toThrow('Script function not found');
  });

  it('opens the built page in the sidebar for a member of the team, and for no one else', () => {
    const { emulator, runtime } = boot();
    runtime.call('showClientForm');
    // #10: the form is a member's; someone not on the team is told why, and no sidebar opens.
    expect(emulator.ui.sidebars).toHaveLength(0);
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain('head@example.com is not on this workbook’s team');
    runtime.call('setUpWorkbook'); // the first set-up makes the person running it the team's head
    runtime.call('showClientForm');
    expect(emulator.ui.sidebars).toHaveLength(1);
    expect(emulator.ui.sidebars[0]?.title).toBe('Client');
    expect(emulator.ui.sidebars[0]?.html).toContain('<div id="app"></div>');
  });
});
