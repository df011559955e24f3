import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, SCOPE } from '../../workbench/emulator/index';
import { manifestScopes, PROJECT_MANIFEST } from '../../workbench/emulator/manifest';
import { firstSheet } from './helpers';

const SHEETS_REFUSAL = `Required permissions: (${SCOPE.sheetsCurrent} || ${SCOPE.sheets})`;

describe('manifest scopes', () => {
  it("default to the oauthScopes of the project's appsscript.json", () => {
    const manifest = JSON.parse(readFileSync(PROJECT_MANIFEST, 'utf8')) as { oauthScopes: string[] };
    expect(createEmulator().grantedScopes).toEqual(manifest.oauthScopes);
  });

  it('refuse MailApp when script.send_mail is not listed, with Apps Script’s message, even in FULL', () => {
    const em = createEmulator({ authMode: 'FULL', oauthScopes: [SCOPE.sheetsCurrent, SCOPE.ui] });
    expect(() => em.globals.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow(
      new Error(
        'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
      ),
    );
    expect(() => em.globals.MailApp.getRemainingDailyQuota()).toThrow(`Required permissions: ${SCOPE.mail}`);
    expect(em.mail.outbox).toEqual([]);
  });

  it('accept MailApp once its scope is listed', () => {
    const em = createEmulator({ oauthScopes: [SCOPE.mail] });
    em.globals.MailApp.sendEmail('a@example.com', 's', 'b');
    expect(em.mail.outbox).toHaveLength(1);
  });

  it('accept the document with either spreadsheets.currentonly or spreadsheets, refuse it with neither', () => {
    for (const scope of [SCOPE.sheetsCurrent, SCOPE.sheets]) {
      const em = createEmulator({ oauthScopes: [scope] });
      em.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]?.getRange('A1').setValue('x');
      em.globals.SpreadsheetApp.flush();
    }
    const em = createEmulator({ oauthScopes: [SCOPE.ui] });
    expect(() => em.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. ${SHEETS_REFUSAL}`,
    );
    expect(() => em.globals.SpreadsheetApp.flush()).toThrow(SHEETS_REFUSAL);
    expect(() => em.spreadsheet.getSheets()).toThrow(`Spreadsheet.getSheets. ${SHEETS_REFUSAL}`);
    const a1 = em.uncounted(() => firstSheet(em).getRange('A1'));
    expect(() => a1.getValue()).toThrow(`Range.getValue. ${SHEETS_REFUSAL}`);
    // Builders need no scope.
    em.globals.SpreadsheetApp.newDataValidation().requireValueInList(['A']).build();
  });

  it('refuse sidebars and dialogs without script.container.ui; menus need no scope', () => {
    const em = createEmulator({ oauthScopes: [SCOPE.sheetsCurrent] });
    const ui = em.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Open', 'open').addToUi();
    const page = em.globals.HtmlService.createHtmlOutput('<p>x</p>');
    expect(() => ui.showSidebar(page)).toThrow(
      `You do not have permission to call Ui.showSidebar. Required permissions: ${SCOPE.ui}`,
    );
    expect(() => ui.showModalDialog(page, 't')).toThrow(`Required permissions: ${SCOPE.ui}`);
    expect(() => ui.alert('hi')).toThrow(`Required permissions: ${SCOPE.ui}`);
    expect(em.ui.menus).toHaveLength(1);
    expect(em.ui.sidebars).toEqual([]);
  });

  it('refuse the user’s identity without userinfo.email; locale and time zone need none', () => {
    const em = createEmulator({ oauthScopes: [SCOPE.sheetsCurrent] });
    const { Session } = em.globals;
    expect(() => Session.getActiveUser()).toThrow(
      `You do not have permission to call Session.getActiveUser. Required permissions: ${SCOPE.email}`,
    );
    expect(() => Session.getEffectiveUser()).toThrow(`Required permissions: ${SCOPE.email}`);
    expect(Session.getActiveUserLocale()).toBe('en');
    expect(Session.getScriptTimeZone()).toBe('Asia/Manila');
    expect(Session.getTemporaryActiveUserKey()).toMatch(/^[\w-]{43}$/);
  });

  it('refuse triggers without script.scriptapp; auth info and the script id need none', () => {
    const em = createEmulator({ oauthScopes: [SCOPE.sheetsCurrent] });
    const { ScriptApp } = em.globals;
    expect(() => ScriptApp.newTrigger('f')).toThrow(
      `You do not have permission to call ScriptApp.newTrigger. Required permissions: ${SCOPE.scriptapp}`,
    );
    expect(() => ScriptApp.getProjectTriggers()).toThrow(`Required permissions: ${SCOPE.scriptapp}`);
    expect(() => ScriptApp.getUserTriggers(em.spreadsheet)).toThrow(
      `Required permissions: ${SCOPE.scriptapp}`,
    );
    expect(ScriptApp.getScriptId()).toBeTruthy();
    expect(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()).toBe(
      ScriptApp.AuthorizationStatus.NOT_REQUIRED,
    );
    // A scope missing from the manifest can never be consented to. (@types lacks this overload.)
    const withScopes = ScriptApp.getAuthorizationInfo as (
      mode: GoogleAppsScript.Script.AuthMode,
      scopes: string[],
    ) => GoogleAppsScript.Script.AuthorizationInfo;
    expect(withScopes(ScriptApp.AuthMode.FULL, [SCOPE.mail]).getAuthorizationStatus()).toBe(
      ScriptApp.AuthorizationStatus.REQUIRED,
    );
    expect(() => ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPE.mail])).toThrow(
      'Authorization is required to perform that action.',
    );
    ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPE.sheetsCurrent]);
  });

  it('need no scope for properties, cache, locks, Utilities, HtmlService and Logger', () => {
    const em = createEmulator({ oauthScopes: [] });
    const g = em.globals;
    g.PropertiesService.getDocumentProperties().setProperty('a', 'b');
    g.PropertiesService.getUserProperties().getProperty('a');
    g.CacheService.getScriptCache().put('a', 'b');
    expect(g.LockService.getScriptLock().tryLock(10)).toBe(true);
    expect(g.Utilities.formatDate(new Date(0), 'UTC', 'yyyy')).toBe('1970');
    g.HtmlService.createHtmlOutput('<p>x</p>');
    g.Logger.log('ok');
    expect(em.logs).toEqual(['ok']);
  });

  it("'auto' (a manifest without oauthScopes) grants whatever the code uses", () => {
    const em = createEmulator({ oauthScopes: 'auto' });
    expect(em.grantedScopes).toBeUndefined();
    em.globals.MailApp.sendEmail('a@example.com', 's', 'b');
    em.globals.ScriptApp.newTrigger('f').timeBased().everyDays(1).create();
    expect(em.mail.outbox).toHaveLength(1);
  });

  it('still let the auth mode refuse first: NONE names the scope even when it is listed', () => {
    const em = createEmulator({ authMode: 'NONE' });
    expect(() => em.globals.Session.getActiveUser()).toThrow(`Required permissions: ${SCOPE.email}`);
  });

  it('read a manifest file: the list, none, or a malformed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'suki-manifest-'));
    const write = (name: string, body: unknown) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(body));
      return path;
    };
    expect(manifestScopes(write('a.json', { oauthScopes: [SCOPE.mail] }))).toEqual([SCOPE.mail]);
    expect(manifestScopes(write('b.json', { timeZone: 'UTC' }))).toBeUndefined();
    expect(() => manifestScopes(write('c.json', { oauthScopes: 'all' }))).toThrow('oauthScopes');
    rmSync(dir, { recursive: true, force: true });
  });
});
