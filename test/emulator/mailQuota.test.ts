/**
 * MailApp's quota as the emulator keeps it, at least as strict as Apps Script: per sending account
 * (in an installable trigger, its creator's), counted in recipients, each recipient counting for 24
 * hours after it was mailed.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, SCOPE } from '../../workbench/emulator/index';

const A = 'ana@suki.test';
const B = 'ben@suki.test';
const DAY = 24 * 3_600_000;

describe('the MailApp quota', () => {
  it('is each account’s own', () => {
    const em = createEmulator({ mailQuota: 3, activeUserEmail: A });
    const { MailApp } = em.globals;
    MailApp.sendEmail({ to: 'x@example.com,y@example.com', subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    em.setActiveUser(B);
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
    MailApp.sendEmail('z@example.com', 's', 'b');
    expect(em.mail.outbox.map((mail) => [mail.from, mail.to])).toEqual([
      [A, 'x@example.com,y@example.com'],
      [B, 'z@example.com'],
    ]);
    em.setActiveUser(A);
    expect(() => MailApp.sendEmail({ to: 'p@example.com,q@example.com', subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
  });

  it('comes back 24 hours after each recipient was mailed, not before', () => {
    const em = createEmulator({ mailQuota: 2, activeUserEmail: A });
    const { MailApp } = em.globals;
    MailApp.sendEmail('x@example.com', 's', 'b');
    em.advanceClock(12 * 3_600_000);
    MailApp.sendEmail('y@example.com', 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    em.advanceClock(DAY - 12 * 3_600_000 + 1);
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(em.mail.remaining()).toBe(1);
    em.advanceClock(12 * 3_600_000);
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
  });

  it('of mail an installable trigger sends is its creator’s', () => {
    const em = createEmulator({ mailQuota: 5, activeUserEmail: A });
    em.attachScript((name) =>
      name === 'remind'
        ? () => em.globals.MailApp.sendEmail('client@example.com', 'Reminder', 'b')
        : undefined,
    );
    const trigger = em.globals.ScriptApp.newTrigger('remind').timeBased().everyHours(1).create();
    em.setActiveUser(B);
    em.fireTrigger(trigger.getUniqueId());
    expect(em.triggerErrors).toEqual([]);
    expect(em.mail.outbox.map((mail) => mail.from)).toEqual([A]);
    expect(em.globals.MailApp.getRemainingDailyQuota()).toBe(5);
    em.setActiveUser(A);
    expect(em.globals.MailApp.getRemainingDailyQuota()).toBe(4);
  });

  it('is only reached with the script.send_mail scope, whatever the mode', () => {
    const em = createEmulator({ oauthScopes: [SCOPE.sheetsCurrent], authMode: 'FULL' });
    expect(() => em.globals.MailApp.getRemainingDailyQuota()).toThrow(`Required permissions: ${SCOPE.mail}`);
    const limited = createEmulator({ authMode: 'LIMITED' });
    expect(() => limited.globals.MailApp.sendEmail('x@example.com', 's', 'b')).toThrow(
      `Required permissions: ${SCOPE.mail}`,
    );
  });
});
