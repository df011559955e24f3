/**
 * The manifest asks for exactly the scopes Suki's code needs, e-mail campaigns included: each scope
 * it lists is used by some service call in src/gas (the only code that calls services), and no call
 * needs a scope it does not list. The emulator refuses a call whose scope the manifest lacks
 * (scopes.test.ts); test/server/mailCampaign.test.ts shows Suki saying so and sending nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, SCOPE } from '../../workbench/emulator/index';
import { PROJECT_MANIFEST } from '../../workbench/emulator/manifest';

const SRC = resolve(import.meta.dirname, '../../src');

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [{ path: relative(SRC, path), text: readFileSync(path, 'utf8') }] : [];
  });
}
const code = sources(SRC);
const using = (pattern: RegExp) => code.filter((file) => pattern.test(file.text)).map((file) => file.path);

/** Each scope of the manifest, and a call in Suki's code that needs it. */
const NEEDED_BY: Readonly<Record<string, RegExp>> = {
  [SCOPE.sheetsCurrent]: /SpreadsheetApp\.getActiveSpreadsheet\(\)/,
  [SCOPE.ui]: /\.showSidebar\(/,
  [SCOPE.scriptapp]: /ScriptApp\.newTrigger\(/,
  [SCOPE.email]: /Session\.getActiveUser\(\)/,
  [SCOPE.mail]: /MailApp\.sendEmail\(/,
};

describe('the manifest’s scopes', () => {
  const manifest = JSON.parse(readFileSync(PROJECT_MANIFEST, 'utf8')) as { oauthScopes: string[] };

  it('are exactly the five Suki’s services need, e-mail included', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(Object.keys(NEEDED_BY).sort());
    expect(createEmulator().grantedScopes).toEqual(manifest.oauthScopes);
  });

  it('are each used by a service call in src/gas, the one place services are called', () => {
    for (const [scope, call] of Object.entries(NEEDED_BY)) {
      const files = using(call);
      expect(files.length, scope).toBeGreaterThan(0);
      expect(
        files.filter((path) => !path.startsWith('gas/')),
        scope,
      ).toEqual([]);
    }
    expect(using(/\bMailApp\./)).toEqual(['gas/mail.ts']);
  });

  it('cover every call: nothing needs the full spreadsheets scope, Gmail, Drive or outside requests', () => {
    expect(
      using(
        /SpreadsheetApp\.open(ById|ByUrl)?\(|\b(GmailApp|UrlFetchApp|DriveApp|DocumentApp|CalendarApp|FormApp)\b/,
      ),
    ).toEqual([]);
  });
});
