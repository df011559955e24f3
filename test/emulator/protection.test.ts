import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';
import { firstSheet } from './helpers';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function setup() {
  const em = createEmulator({ ownerEmail: 'head@example.com', activeUserEmail: 'head@example.com' });
  const app = em.globals.SpreadsheetApp;
  const sheet = firstSheet(em);
  return { em, app, sheet };
}

describe('Protection', () => {
  it('a new protection mirrors the spreadsheet until editors change', () => {
    const { em, sheet } = setup();
    const p = sheet.getRange('A1:B2').protect().setDescription('Totals');
    em.setActiveUser('am@example.com');
    expect(() => sheet.getRange('A1').setValue(1)).not.toThrow();
    em.setActiveUser('head@example.com');
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['head@example.com']);
    expect(p.getDescription()).toBe('Totals');
  });

  it('blocks writes by users who are neither owner nor editor', () => {
    const { em, app, sheet } = setup();
    const p = sheet.getRange('A1:B2').protect();
    p.removeEditors(p.getEditors());
    p.addEditor('deputy@example.com');
    em.setActiveUser('am@example.com');
    expect(() => sheet.getRange('B2').setValue('x')).toThrow(PROTECTED);
    expect(() =>
      sheet.getRange('A1:C3').setValues([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ]),
    ).toThrow(PROTECTED);
    expect(() => sheet.getRange('A1').clear()).toThrow(PROTECTED);
    expect(() => sheet.getRange('A1').setBackground('red')).toThrow(PROTECTED);
    expect(() => sheet.deleteRow(2)).toThrow(PROTECTED);
    expect(sheet.getRange('A1').canEdit()).toBe(false);
    expect(() => sheet.getRange('C3').setValue('fine')).not.toThrow();
    expect(() => sheet.insertRowBefore(1)).not.toThrow();
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0]?.canEdit()).toBe(false);
    expect(() => sheet.getProtections(app.ProtectionType.RANGE)[0]?.remove()).toThrow(PROTECTED);
    em.setActiveUser('deputy@example.com');
    expect(() => sheet.getRange('B3').setValue('deputy')).not.toThrow();
    em.setActiveUser('head@example.com');
    expect(() => sheet.getRange('B3').setValue('owner')).not.toThrow();
  });

  it('warning-only protections do not block scripts; domain edit lets the owner domain in', () => {
    const { em, sheet } = setup();
    const p = sheet.getRange('A1').protect();
    p.removeEditors(p.getEditors());
    p.setWarningOnly(true);
    em.setActiveUser('outsider@other.example');
    expect(() => sheet.getRange('A1').setValue(1)).not.toThrow();
    em.setActiveUser('head@example.com');
    p.setWarningOnly(false);
    p.setDomainEdit(true);
    em.setActiveUser('am@example.com');
    expect(() => sheet.getRange('A1').setValue(2)).not.toThrow();
    em.setActiveUser('outsider@other.example');
    expect(() => sheet.getRange('A1').setValue(3)).toThrow(PROTECTED);
  });

  it('sheet protection blocks everything outside its unprotected ranges', () => {
    const { em, app, sheet } = setup();
    const p = sheet.protect();
    p.removeEditors(p.getEditors());
    p.setUnprotectedRanges([sheet.getRange('D:D')]);
    expect(sheet.protect().getProtectionType()).toBe(app.ProtectionType.SHEET);
    em.setActiveUser('am@example.com');
    expect(() => sheet.getRange('A5').setValue(1)).toThrow(PROTECTED);
    expect(() => sheet.insertColumnAfter(1)).toThrow(PROTECTED);
    expect(() => sheet.appendRow(['x'])).toThrow(PROTECTED);
    expect(() => sheet.setName('Renamed')).toThrow(PROTECTED);
    expect(() => sheet.getRange('D5').setValue('ok')).not.toThrow();
    expect(em.spreadsheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('a person editing a protected cell is refused', () => {
    const { em, sheet } = setup();
    const p = sheet.getRange('A1').protect();
    p.removeEditors(p.getEditors());
    em.setActiveUser('am@example.com');
    expect(em.personEdit('Sheet1', 1, 1, 'x')).toEqual({ accepted: false, reason: PROTECTED });
    expect(em.personEdit('Sheet1', 2, 1, 'x')).toEqual({ accepted: true });
  });
});
