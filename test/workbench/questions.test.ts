/**
 * The workbench session's questions (issue #14): a menu item's alert becomes an event the page
 * answers, listed as waiting until then; only the buttons of its ButtonSet (and CLOSE) are taken,
 * each question is answered once, and the execution goes on with the answer.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../workbench/emulator';
import { ScriptRuntime } from '../../workbench/runtime/scriptRuntime';
import { WorkbookSession } from '../../workbench/server/session';

const CODE = `
function confirmWrite() {
  var ui = SpreadsheetApp.getUi();
  var cell = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange('A1');
  SpreadsheetApp.getActiveSpreadsheet().toast('About to ask', 'Suki', 5);
  var answer = ui.alert('Write?', 'Write the cell?', ui.ButtonSet.YES_NO_CANCEL);
  cell.setValue(String(answer));
}
function tellOnly() { SpreadsheetApp.getUi().alert('Done.'); }
`;

let emulator: Emulator;
let session: WorkbookSession;

const until = async (holds: () => boolean) => {
  for (let i = 0; i < 200 && !holds(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(holds()).toBe(true);
};

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'suki-questions-'));
  writeFileSync(join(dir, 'Code.js'), CODE);
  emulator = createEmulator();
  session = new WorkbookSession(emulator, new ScriptRuntime(emulator, join(dir, 'Code.js')));
});

afterEach(() => session.close());

describe('questions in the workbench session', () => {
  it('waits for the page to answer with one of the buttons offered, then goes on', async () => {
    const run = session.runMenuItem('confirmWrite');
    await until(() => session.waitingQuestions().length === 1);
    const [question] = session.waitingQuestions();
    expect(question).toMatchObject({ kind: 'alert', title: 'Write?', text: 'Write the cell?' });
    expect(question).toMatchObject({ buttons: 'YES_NO_CANCEL', awaiting: true });
    // What the script showed before asking is on the page already.
    expect(session.eventsSince(0).map((event) => event.kind)).toContain('toast');
    const seq = question?.seq ?? 0;
    expect(() => session.answer(seq, 'OK', '')).toThrow('This dialog has no OK button.');
    expect(() => session.answer(seq + 100, 'YES', '')).toThrow('already answered');
    expect(emulator.sheetValues('Sheet1')).toEqual([]);
    session.answer(seq, 'CANCEL', '');
    await run;
    expect(emulator.sheetValues('Sheet1')).toEqual([['CANCEL']]);
    expect(session.waitingQuestions()).toEqual([]);
    expect(() => session.answer(seq, 'CANCEL', '')).toThrow('already answered');
  });

  it('offers OK alone (and CLOSE) for an alert without a ButtonSet', async () => {
    const run = session.runMenuItem('tellOnly');
    await until(() => session.waitingQuestions().length === 1);
    const seq = session.waitingQuestions()[0]?.seq ?? 0;
    expect(() => session.answer(seq, 'YES', '')).toThrow('This dialog has no YES button.');
    session.answer(seq, 'CLOSE', '');
    await run;
    expect(session.eventsSince(0).filter((event) => event.kind === 'error')).toEqual([]);
  });
});

describe('a question whose execution stops', () => {
  it('waits no more once the worker is gone, and the run ends with an error', async () => {
    const run = session.runMenuItem('confirmWrite');
    await until(() => session.waitingQuestions().length === 1);
    const seq = session.waitingQuestions()[0]?.seq ?? 0;
    await session.close();
    await run;
    expect(session.waitingQuestions()).toEqual([]);
    expect(() => session.answer(seq, 'YES', '')).toThrow('already answered');
    expect(session.eventsSince(0).filter((event) => event.kind === 'error')).toHaveLength(1);
    expect(emulator.sheetValues('Sheet1')).toEqual([]);
  });
});
