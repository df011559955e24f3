/**
 * What an add-on's installable trigger has in hand. A time-driven trigger runs with no container:
 * no active spreadsheet, no Ui, no document properties, cache or lock (an add-on could reach the
 * file only by opening it by ID, which needs the full `spreadsheets` scope Suki does not ask for).
 * A spreadsheet's own installable triggers (on open, on edit) keep their document, as does every
 * execution before and after. The emulator must be at least as strict as Sheets.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';

/** What one execution could reach, as a handler sees it. */
interface Seen {
  active: boolean;
  activeSpreadsheet: boolean;
  activeSheet: string;
  ui: string;
  documentProperties: boolean;
  documentCache: boolean;
  documentLock: boolean;
  source: boolean;
}

function setUp() {
  const em = createEmulator();
  const seen: Seen[] = [];
  const look = (e: unknown) => {
    const { SpreadsheetApp, PropertiesService, CacheService, LockService } = em.globals;
    const attempt = (fn: () => string) => {
      try {
        return fn();
      } catch (error) {
        return `refused: ${error instanceof Error ? error.message : String(error)}`;
      }
    };
    seen.push({
      active: SpreadsheetApp.getActive() !== null,
      activeSpreadsheet: SpreadsheetApp.getActiveSpreadsheet() !== null,
      activeSheet: attempt(() => SpreadsheetApp.getActiveSheet().getName()),
      ui: attempt(() => (SpreadsheetApp.getUi() ? 'ui' : 'none')),
      documentProperties: PropertiesService.getDocumentProperties() !== null,
      documentCache: CacheService.getDocumentCache() !== null,
      documentLock: LockService.getDocumentLock() !== null,
      source: (e as { source?: unknown }).source !== undefined,
    });
  };
  em.attachScript((name) => (name === 'look' ? look : undefined));
  return { em, seen };
}

const WITH_DOCUMENT: Seen = {
  active: true,
  activeSpreadsheet: true,
  activeSheet: 'Sheet1',
  ui: 'ui',
  documentProperties: true,
  documentCache: true,
  documentLock: true,
  source: true,
};

describe('a time-driven trigger has no container', () => {
  it('sees no active spreadsheet, no Ui and no document stores, and the next execution has them again', () => {
    const { em, seen } = setUp();
    const hourly = em.globals.ScriptApp.newTrigger('look').timeBased().everyHours(1).create();
    em.fireTrigger(hourly.getUniqueId());
    expect(em.triggerErrors).toEqual([]);
    expect(seen).toEqual([
      {
        active: false,
        activeSpreadsheet: false,
        activeSheet: expect.stringMatching(/^refused: /),
        ui: 'refused: Cannot call SpreadsheetApp.getUi() from this context.',
        documentProperties: false,
        documentCache: false,
        documentLock: false,
        source: false,
      },
    ]);
    // Outside the trigger (a menu, a page's call) the document is back.
    expect(em.globals.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
    expect(em.globals.PropertiesService.getDocumentProperties()).not.toBeNull();
  });

  it('even when the handler throws, the document comes back afterwards', () => {
    const em = createEmulator();
    em.attachScript((name) =>
      name === 'fails'
        ? () => {
            throw new Error('no spreadsheet here');
          }
        : undefined,
    );
    const daily = em.globals.ScriptApp.newTrigger('fails').timeBased().everyDays(1).create();
    em.fireTrigger(daily.getUniqueId());
    expect(em.triggerErrors).toEqual([{ functionName: 'fails', error: 'no spreadsheet here' }]);
    expect(em.globals.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
    expect(em.globals.LockService.getDocumentLock()).not.toBeNull();
  });
});

describe('a spreadsheet’s installable triggers keep their document', () => {
  it('on open, whether the person opens the file or the trigger is fired', () => {
    const { em, seen } = setUp();
    const onOpen = em.globals.ScriptApp.newTrigger('look').forSpreadsheet(em.spreadsheet).onOpen().create();
    em.personOpen();
    em.fireTrigger(onOpen.getUniqueId());
    expect(em.triggerErrors).toEqual([]);
    expect(seen).toEqual([WITH_DOCUMENT, WITH_DOCUMENT]);
  });

  it('on edit', () => {
    const { em, seen } = setUp();
    em.globals.ScriptApp.newTrigger('look').forSpreadsheet(em.spreadsheet).onEdit().create();
    expect(em.personEdit('Sheet1', 1, 1, 'x')).toEqual({ accepted: true });
    expect(seen).toEqual([WITH_DOCUMENT]);
  });
});
