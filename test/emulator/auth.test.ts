import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';

describe('AuthMode.NONE', () => {
  it('blocks data services with Apps Script permission errors', () => {
    const em = createEmulator({ authMode: 'NONE' });
    const g = em.globals;
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    expect(() => g.SpreadsheetApp.getActive()).toThrow('You do not have permission');
    expect(() => em.spreadsheet.getSheets()).toThrow(
      'You do not have permission to call Spreadsheet.getSheets',
    );
    expect(() => g.PropertiesService.getDocumentProperties()).toThrow('You do not have permission');
    expect(() => g.CacheService.getScriptCache()).toThrow('You do not have permission');
    expect(() => g.LockService.getDocumentLock()).toThrow('You do not have permission');
    expect(() => g.Session.getActiveUser()).toThrow('You do not have permission');
    expect(() => g.Session.getEffectiveUser()).toThrow('You do not have permission');
    expect(() => g.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow('You do not have permission');
    expect(() => g.ScriptApp.newTrigger('daily')).toThrow('You do not have permission');
    expect(() => g.ScriptApp.getProjectTriggers()).toThrow('You do not have permission');
  });

  it('still lets onOpen build menus and use harmless services', () => {
    const em = createEmulator({ authMode: 'NONE', locale: 'fil' });
    const g = em.globals;
    g.SpreadsheetApp.getUi().createAddonMenu().addItem('Buksan', 'openSidebar').addToUi();
    expect(em.ui.menus).toEqual([
      { title: 'Suki', items: [{ kind: 'item', caption: 'Buksan', functionName: 'openSidebar' }] },
    ]);
    expect(g.Session.getActiveUserLocale()).toBe('fil');
    expect(g.ScriptApp.AuthMode.NONE.toString()).toBe('NONE');
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.REQUIRED);
    expect(g.Utilities.formatDate(new Date(0), 'UTC', 'yyyy')).toBe('1970');
    g.Logger.log('ok');
    g.HtmlService.createHtmlOutput('<p>x</p>');
    expect(em.logs).toEqual(['ok']);
  });
});

describe('AuthMode.LIMITED', () => {
  it('allows the current document, properties, cache and locks but not mail or triggers', () => {
    const em = createEmulator({ authMode: 'LIMITED', oauthScopes: 'auto' });
    const g = em.globals;
    g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]?.getRange('A1').setValue('x');
    g.PropertiesService.getDocumentProperties().setProperty('a', 'b');
    g.CacheService.getDocumentCache()?.put('a', 'b');
    expect(g.LockService.getDocumentLock().tryLock(10)).toBe(true);
    expect(() => g.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() => g.MailApp.getRemainingDailyQuota()).toThrow('You do not have permission');
    expect(() => g.ScriptApp.newTrigger('x')).toThrow(
      'Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(() => g.ScriptApp.getProjectTriggers()).toThrow('You do not have permission');
    em.setAuthMode('FULL');
    expect(em.authMode).toBe('FULL');
    expect(g.MailApp.getRemainingDailyQuota()).toBe(100);
    expect(g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL).getAuthorizationStatus()).toBe(
      g.ScriptApp.AuthorizationStatus.NOT_REQUIRED,
    );
  });
});
