import { describe, expect, it } from 'vitest';
import { createEmulator, type EmulatorOptions } from '../../workbench/emulator/index';

type Handler = (...args: unknown[]) => unknown;
interface Seen {
  fn: string;
  mode: string;
  effective: string;
  active: string;
  eventUser?: string;
}

function setUp(options: EmulatorOptions = {}) {
  const seen: Seen[] = [];
  const em = createEmulator(options);
  const record =
    (fn: string): Handler =>
    (e) => {
      const ev = e as { authMode: unknown; user?: GoogleAppsScript.Base.User };
      const { Session } = em.globals;
      seen.push({
        fn,
        mode: String(ev.authMode),
        effective: Session.getEffectiveUser().getEmail(),
        active: Session.getActiveUser().getEmail(),
        ...(ev.user ? { eventUser: ev.user.getEmail() } : {}),
      });
    };
  const functions: Record<string, Handler> = {
    stampEdit: record('stampEdit'),
    stampOpen: record('stampOpen'),
    daily: record('daily'),
  };
  em.attachScript((name) => functions[name]);
  return { em, seen, functions };
}

describe('installable triggers run as their creator', () => {
  it('remember who created them', () => {
    const { em } = setUp();
    em.setActiveUser('am@example.com');
    em.globals.ScriptApp.newTrigger('stampEdit').forSpreadsheet(em.spreadsheet).onEdit().create();
    expect(em.triggers()[0]?.owner).toBe('am@example.com');
  });

  it('onEdit: effective user is the creator; the editor is visible only when they are the creator', () => {
    const { em, seen } = setUp();
    em.setActiveUser('head@example.com');
    em.globals.ScriptApp.newTrigger('stampEdit').forSpreadsheet(em.spreadsheet).onEdit().create();
    em.personEdit('Sheet1', 1, 1, 'by the creator');
    em.setActiveUser('am@example.com');
    em.personEdit('Sheet1', 1, 1, 'by someone else');
    expect(em.triggerErrors).toEqual([]);
    expect(seen).toEqual([
      {
        fn: 'stampEdit',
        mode: 'FULL',
        effective: 'head@example.com',
        active: 'head@example.com',
        eventUser: 'head@example.com',
      },
      { fn: 'stampEdit', mode: 'FULL', effective: 'head@example.com', active: '', eventUser: '' },
    ]);
    // The person acting is restored after the trigger.
    expect(em.globals.Session.getActiveUser().getEmail()).toBe('am@example.com');
  });

  it('onOpen: the same rule', () => {
    const { em, seen } = setUp();
    em.globals.ScriptApp.newTrigger('stampOpen').forSpreadsheet(em.spreadsheet).onOpen().create();
    em.personOpen();
    em.setActiveUser('am@example.com');
    em.personOpen();
    expect(seen.map((s) => [s.effective, s.active, s.eventUser])).toEqual([
      ['head@example.com', 'head@example.com', 'head@example.com'],
      ['head@example.com', '', ''],
    ]);
  });

  it('a time-driven trigger nobody caused hides the active user', () => {
    const { em, seen } = setUp();
    const t = em.globals.ScriptApp.newTrigger('daily').timeBased().everyDays(1).create();
    em.fireTrigger(t.getUniqueId());
    expect(seen).toEqual([{ fn: 'daily', mode: 'FULL', effective: 'head@example.com', active: '' }]);
  });
});

describe('simple triggers and the add-on state', () => {
  function probe(em: ReturnType<typeof createEmulator>, out: string[]): Handler {
    return (e) => {
      const g = em.globals;
      out.push(`mode ${String((e as { authMode: unknown }).authMode)}`);
      g.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addToUi();
      out.push(`locale ${g.Session.getActiveUserLocale()}`);
      const tries: [string, () => unknown][] = [
        ['document', () => g.SpreadsheetApp.getActiveSpreadsheet()],
        ['properties', () => g.PropertiesService.getDocumentProperties()],
        ['user properties', () => g.PropertiesService.getUserProperties()],
        ['cache', () => g.CacheService.getDocumentCache()],
        ['lock', () => g.LockService.getDocumentLock()],
        ['email', () => g.Session.getActiveUser()],
      ];
      for (const [name, call] of tries) {
        try {
          call();
          out.push(`${name} ok`);
        } catch (error) {
          out.push(`${name} refused: ${(error as Error).message.startsWith('You do not have permission')}`);
        }
      }
    };
  }

  const REFUSED = [
    'document refused: true',
    'properties refused: true',
    'user properties refused: true',
    'cache refused: true',
    'lock refused: true',
    'email refused: true',
  ];
  const ALLOWED = ['document ok', 'properties ok', 'user properties ok', 'cache ok', 'lock ok', 'email ok'];

  it('installed but not yet used here: onOpen and onEdit run in NONE, refusing every data service', () => {
    const out: string[] = [];
    const em = createEmulator({ addOnState: 'installed' });
    const handler = probe(em, out);
    em.attachScript((name) => (name === 'onOpen' || name === 'onEdit' ? handler : undefined));
    em.personOpen();
    expect(out).toEqual(['mode NONE', 'locale en', ...REFUSED]);
    out.length = 0;
    expect(em.personEdit('Sheet1', 1, 1, 'x')).toEqual({ accepted: true });
    expect(out).toEqual(['mode NONE', 'locale en', ...REFUSED]);
    expect(em.ui.menus).toHaveLength(1);
    expect(em.triggerErrors).toEqual([]);
  });

  it('once enabled in the document they run in LIMITED', () => {
    const out: string[] = [];
    const em = createEmulator({ addOnState: 'installed' });
    const handler = probe(em, out);
    em.attachScript((name) => (name === 'onOpen' || name === 'onEdit' ? handler : undefined));
    em.addOnState = 'enabled';
    em.personOpen();
    em.personEdit('Sheet1', 1, 1, 'x');
    expect(out).toEqual(['mode LIMITED', 'locale en', ...ALLOWED, 'mode LIMITED', 'locale en', ...ALLOWED]);
  });

  it("default to 'enabled'; an explicit personOpen mode still wins", () => {
    const out: string[] = [];
    const em = createEmulator();
    expect(em.addOnState).toBe('enabled');
    const handler = probe(em, out);
    em.attachScript((name) => (name === 'onOpen' ? handler : undefined));
    em.personOpen('NONE');
    expect(out[0]).toBe('mode NONE');
  });

  it('in NONE the edit event carries no range or document', () => {
    const events: Record<string, unknown>[] = [];
    const em = createEmulator({ addOnState: 'installed' });
    em.attachScript((name) =>
      name === 'onEdit' ? (e) => events.push(e as Record<string, unknown>) : undefined,
    );
    em.personEdit('Sheet1', 1, 1, 'x');
    expect(events[0]).toMatchObject({ value: 'x' });
    expect(events[0]?.range).toBeUndefined();
    expect(events[0]?.source).toBeUndefined();
  });
});
