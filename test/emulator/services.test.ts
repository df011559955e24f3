import { describe, expect, it } from 'vitest';
import { createEmulator, SCOPE } from '../../workbench/emulator/index';

describe('PropertiesService', () => {
  it('stores strings per document, script and user', () => {
    const em = createEmulator();
    const { PropertiesService } = em.globals;
    PropertiesService.getDocumentProperties().setProperty('n', 5 as unknown as string);
    expect(PropertiesService.getDocumentProperties().getProperty('n')).toBe('5');
    expect(PropertiesService.getDocumentProperties().getProperty('missing')).toBeNull();
    PropertiesService.getUserProperties().setProperty('lang', 'fil');
    em.setActiveUser('am@example.com');
    expect(PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
    em.setActiveUser('head@example.com');
    expect(PropertiesService.getUserProperties().getProperty('lang')).toBe('fil');
    const script = PropertiesService.getScriptProperties();
    script.setProperties({ a: '1', b: '2' });
    script.setProperties({ c: '3' }, true);
    expect(script.getKeys()).toEqual(['c']);
    script.deleteProperty('c');
    expect(script.getProperties()).toEqual({});
  });

  it('refuses values over 9 KB and stores over 500 KB, changing nothing', () => {
    const em = createEmulator();
    const props = em.globals.PropertiesService.getScriptProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    const many: Record<string, string> = {};
    for (let i = 0; i < 60; i++) many[`k${i}`] = 'y'.repeat(9000);
    expect(() => props.setProperties(many)).toThrow('You have exceeded the property storage quota');
    expect(props.getKeys()).toEqual(['ok']);
  });

  it('has no document store outside a container', () => {
    const em = createEmulator({ noContainer: true });
    expect(em.globals.PropertiesService.getDocumentProperties()).toBeNull();
    expect(em.globals.LockService.getDocumentLock()).toBeNull();
    expect(em.globals.CacheService.getDocumentCache()).toBeNull();
    expect(em.globals.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(() => em.globals.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});

describe('CacheService', () => {
  it('expires entries on the emulated clock', () => {
    const em = createEmulator();
    const cache = em.globals.CacheService.getScriptCache();
    cache.put('a', '1', 60);
    cache.putAll({ b: '2', c: '3' });
    expect(cache.getAll(['a', 'b', 'x'])).toEqual({ a: '1', b: '2' });
    em.advanceClock(61_000);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).toBe('2');
    em.globals.Utilities.sleep(300_000);
    expect(cache.get('b')).toBe('2');
    em.advanceClock(600_000 - 361_000);
    expect(cache.get('b')).toBeNull();
    cache.put('d', '4');
    cache.remove('d');
    expect(cache.get('d')).toBeNull();
  });

  it('enforces key and value limits and keeps 1,000 items', () => {
    const em = createEmulator();
    const cache = em.globals.CacheService.getUserCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    for (let i = 0; i < 1001; i++) cache.put(`k${i}`, 'v');
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k1000')).toBe('v');
  });
});

describe('LockService', () => {
  it('tryLock fails and waitLock throws while another execution holds the document lock', () => {
    const em = createEmulator();
    const release = em.locks.holdDocumentLockElsewhere();
    const lock = em.globals.LockService.getDocumentLock();
    const before = em.now();
    expect(lock.tryLock(10_000)).toBe(false);
    expect(em.now() - before).toBeGreaterThanOrEqual(10_000);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(5_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(em.globals.LockService.getScriptLock().tryLock(1)).toBe(true);
    release();
    expect(lock.tryLock(10_000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });
});

/** Mail needs its scope (Suki's manifest lists it for campaign e-mail; these tests name it themselves). */
const MAIL_SCOPES = [SCOPE.sheetsCurrent, SCOPE.mail];

describe('MailApp', () => {
  it('records mail and spends one quota per recipient', () => {
    const em = createEmulator({ mailQuota: 3, oauthScopes: MAIL_SCOPES });
    const { MailApp } = em.globals;
    MailApp.sendEmail('a@example.com', 'Hi', 'Body');
    MailApp.sendEmail({
      to: 'b@example.com',
      cc: 'c@example.com',
      subject: 'S',
      body: 'B',
      htmlBody: '<b>B</b>',
      name: 'Suki',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(em.mail.remaining()).toBe(0);
    expect(em.mail.outbox[1]).toMatchObject({
      to: 'b@example.com',
      cc: 'c@example.com',
      htmlBody: '<b>B</b>',
      name: 'Suki',
    });
    expect(() => MailApp.sendEmail('d@example.com', 'S', 'B')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(em.mail.outbox).toHaveLength(2);
  });

  it('refuses more than 50 recipients and bad addresses', () => {
    const em = createEmulator({ mailQuota: 1000, oauthScopes: MAIL_SCOPES });
    const to = Array.from({ length: 51 }, (_, i) => `p${i}@example.com`).join(',');
    expect(() => em.globals.MailApp.sendEmail(to, 'S', 'B')).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
    expect(() => em.globals.MailApp.sendEmail('not-an-address', 'S', 'B')).toThrow(
      'Invalid email: not-an-address',
    );
    expect(em.mail.remaining()).toBe(1000);
  });
});

describe('Session', () => {
  it('reports users, locale and zone; the active e-mail can be hidden', () => {
    const em = createEmulator({ activeUserEmail: '', locale: 'fil', timeZone: 'Asia/Manila' });
    const { Session } = em.globals;
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getEffectiveUser().getEmail()).toBe('owner@example.com');
    expect(Session.getActiveUserLocale()).toBe('fil');
    expect(Session.getScriptTimeZone()).toBe('Asia/Manila');
    const key = Session.getTemporaryActiveUserKey();
    expect(key).toMatch(/^[\w-]{20,}$/);
    em.setActiveUser('am@example.com', 'en');
    expect(Session.getTemporaryActiveUserKey()).not.toBe(key);
    expect(Session.getActiveUser().getEmail()).toBe('am@example.com');
    expect(Session.getEffectiveUser().getEmail()).toBe('am@example.com');
  });
});

describe('Utilities and logging', () => {
  it('formatDate follows SimpleDateFormat in the given zone', () => {
    const em = createEmulator();
    const { Utilities } = em.globals;
    const d = new Date('2024-03-09T18:30:05Z');
    expect(Utilities.formatDate(d, 'Asia/Manila', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-03-10 02:30:05');
    expect(Utilities.formatDate(d, 'Asia/Manila', "EEE, d MMM yy 'at' h:mm a")).toBe(
      'Sun, 10 Mar 24 at 2:30 AM',
    );
    expect(Utilities.formatDate(d, 'Asia/Manila', 'EEEE MMMM dd')).toBe('Sunday March 10');
    expect(Utilities.formatDate(d, 'Asia/Manila', 'Z XXX')).toBe('+0800 +08:00');
    expect(Utilities.formatDate(d, 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2024-03-09T18:30:05Z');
    expect(Utilities.formatDate(d, 'America/New_York', 'HH:mm z')).toBe('13:30 EST');
    expect(Utilities.formatDate(d, 'UTC', "h 'o''clock'")).toBe("6 o'clock");
  });

  it('uuid, base64, blobs and formatString', () => {
    const { Utilities } = createEmulator().globals;
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(Utilities.getUuid()).not.toBe(Utilities.getUuid());
    expect(Utilities.base64Encode('Suki ñ')).toBe(Buffer.from('Suki ñ').toString('base64'));
    expect(Utilities.base64Decode(Utilities.base64Encode('ñ'))).toEqual([-61, -79]);
    expect(Utilities.newBlob('hello', 'text/plain', 'a.txt').getDataAsString()).toBe('hello');
    expect(Utilities.formatString('%s has %d (%.2f%%)', 'Abe', 3.7, 12.345)).toBe('Abe has 3 (12.35%)');
  });

  it('Logger and console lines land in emulator.logs', () => {
    const em = createEmulator();
    em.globals.Logger.log('rows: %s', 12);
    em.globals.console.warn('careful', { a: 1 });
    expect(em.logs).toEqual(['rows: 12', '[warn] careful { a: 1 }']);
  });
});
