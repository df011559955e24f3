import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';
import { firstSheet } from './helpers';

type Handler = (...args: unknown[]) => unknown;

function withScript(functions: Record<string, Handler>) {
  const em = createEmulator();
  em.attachScript((name) => functions[name]);
  return em;
}

describe('personEdit', () => {
  it('parses as typed and fires onEdit in LIMITED mode with the event fields', () => {
    const events: Record<string, unknown>[] = [];
    const em = withScript({
      onEdit: (e) => {
        const ev = e as Record<string, unknown>;
        events.push({
          authMode: String(ev.authMode),
          a1: (ev.range as GoogleAppsScript.Spreadsheet.Range).getA1Notation(),
          value: ev.value,
          oldValue: ev.oldValue,
          user: (ev.user as GoogleAppsScript.Base.User).getEmail(),
          same: ev.source === em.spreadsheet,
          mode: em.authMode,
        });
      },
    });
    expect(em.personEdit('Sheet1', 2, 3, '12')).toEqual({ accepted: true });
    expect(em.personEdit('Sheet1', 2, 3, '=2*6')).toEqual({ accepted: true });
    expect(em.spreadsheet.getRange('C2').getFormula()).toBe('=2*6');
    expect(events).toEqual([
      {
        authMode: 'LIMITED',
        a1: 'C2',
        value: '12',
        oldValue: undefined,
        user: 'head@example.com',
        same: true,
        mode: 'LIMITED',
      },
      {
        authMode: 'LIMITED',
        a1: 'C2',
        value: undefined,
        oldValue: '12',
        user: 'head@example.com',
        same: true,
        mode: 'LIMITED',
      },
    ]);
    expect(em.authMode).toBe('FULL');
  });

  it('never fires for script writes', () => {
    let fired = 0;
    const em = withScript({ onEdit: () => fired++ });
    const sheet = firstSheet(em);
    sheet.getRange('A1').setValue('x');
    sheet.getRange('A1:B1').setValues([[1, 2]]);
    sheet.appendRow(['y']);
    expect(fired).toBe(0);
    em.personEdit('Sheet1', 1, 1, 'z');
    expect(fired).toBe(1);
  });

  it('data validation that disallows invalid input rejects the edit and changes nothing', () => {
    let fired = 0;
    const em = withScript({ onEdit: () => fired++ });
    const app = em.globals.SpreadsheetApp;
    const sheet = firstSheet(em);
    sheet.getRange('A1').setValue('A');
    sheet
      .getRange('A1:A10')
      .setDataValidation(
        app
          .newDataValidation()
          .requireValueInList(['A', 'B'])
          .setAllowInvalid(false)
          .setHelpText('Tier must be A or B')
          .build(),
      );
    sheet
      .getRange('B1:B10')
      .setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build());
    sheet.getRange('C1:C10').setDataValidation(app.newDataValidation().requireValueInList(['A']).build());
    sheet
      .getRange('D1')
      .setDataValidation(app.newDataValidation().requireTextIsEmail().setAllowInvalid(false).build());
    sheet
      .getRange('E1')
      .setDataValidation(app.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
    sheet
      .getRange('F1')
      .setDataValidation(
        app
          .newDataValidation()
          .requireDateOnOrAfter(new Date('2024-01-01T00:00:00+08:00'))
          .setAllowInvalid(false)
          .build(),
      );
    expect(em.personEdit('Sheet1', 1, 1, 'Z')).toEqual({ accepted: false, reason: 'Tier must be A or B' });
    expect(sheet.getRange('A1').getValue()).toBe('A');
    expect(em.personEdit('Sheet1', 1, 1, 'B').accepted).toBe(true);
    expect(em.personEdit('Sheet1', 1, 2, '101').accepted).toBe(false);
    expect(em.personEdit('Sheet1', 1, 2, 'lots').accepted).toBe(false);
    expect(em.personEdit('Sheet1', 1, 2, '50').accepted).toBe(true);
    expect(em.personEdit('Sheet1', 1, 3, 'anything').accepted).toBe(true);
    expect(em.personEdit('Sheet1', 1, 4, 'nope').accepted).toBe(false);
    expect(em.personEdit('Sheet1', 1, 4, 'a@b.example').accepted).toBe(true);
    expect(em.personEdit('Sheet1', 1, 5, 'yes').accepted).toBe(false);
    expect(em.personEdit('Sheet1', 1, 5, 'TRUE').accepted).toBe(true);
    expect(em.personEdit('Sheet1', 1, 6, '2023-12-31').accepted).toBe(false);
    expect(em.personEdit('Sheet1', 1, 6, '2024-01-01').accepted).toBe(true);
    expect(em.personEdit('Sheet1', 1, 1, '').accepted).toBe(true);
    expect(fired).toBe(7);
    // Scripts are not held to validation.
    sheet.getRange('A2').setValue('Z');
    expect(sheet.getRange('A2').getValue()).toBe('Z');
  });

  it('records errors thrown by onEdit instead of throwing them', () => {
    const em = withScript({
      onEdit: () => {
        throw new Error('boom');
      },
    });
    expect(em.personEdit('Sheet1', 1, 1, 'x')).toEqual({ accepted: true });
    expect(em.triggerErrors).toEqual([{ functionName: 'onEdit', error: 'boom' }]);
  });

  it('a simple onEdit cannot send mail, an installable one runs in FULL as its owner', () => {
    const seen: string[] = [];
    const em = withScript({
      onEdit: () => em.globals.MailApp.sendEmail('a@example.com', 's', 'b'),
      stamp: (e) => {
        seen.push(
          `${String((e as { authMode: unknown }).authMode)} ${em.globals.Session.getEffectiveUser().getEmail()}`,
        );
      },
    });
    em.globals.ScriptApp.newTrigger('stamp').forSpreadsheet(em.spreadsheet).onEdit().create();
    em.setActiveUser('am@example.com');
    em.personEdit('Sheet1', 1, 1, 'x');
    expect(em.triggerErrors[0]?.error).toContain('You do not have permission to call MailApp.sendEmail');
    expect(seen).toEqual(['FULL head@example.com']);
  });
});

describe('personOpen', () => {
  it('runs onOpen in the given mode; in NONE only menus work', () => {
    const em = withScript({
      onOpen: (e) => {
        em.globals.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addToUi();
        if (String((e as { authMode: unknown }).authMode) !== 'NONE') {
          em.globals.PropertiesService.getDocumentProperties().setProperty('opened', 'yes');
        }
      },
    });
    em.personOpen('NONE');
    expect(em.ui.menus).toHaveLength(1);
    expect(em.triggerErrors).toEqual([]);
    em.personOpen();
    expect(em.ui.menus).toHaveLength(1);
    expect(em.globals.PropertiesService.getDocumentProperties().getProperty('opened')).toBe('yes');
  });
});
