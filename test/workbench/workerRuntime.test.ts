/**
 * The worker runtime (workbench/runtime/workerRuntime.ts): an execution blocked in ui.alert or
 * ui.prompt waits for the person's answer and goes on from there, once (no replay); without a
 * person the emulator's queues answer; errors, the clock and the stripped V8 are as in ScriptRuntime.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../workbench/emulator';
import type { PersonAnswer, UiQuestion } from '../../workbench/emulator/ui';
import { TIME_LIMIT_MESSAGE } from '../../workbench/runtime/scriptRuntime';
import { WorkerRuntime } from '../../workbench/runtime/workerRuntime';

const CODE = `
function cell_(a1) { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange(a1); }
function archiveAsked() {
  cell_('A1').setValue('before');
  var ui = SpreadsheetApp.getUi();
  var answer = ui.alert('Archive?', ui.ButtonSet.YES_NO);
  cell_('B1').setValue(answer === ui.Button.YES ? 'archived' : 'kept:' + answer);
}
function askName() {
  var ui = SpreadsheetApp.getUi();
  var response = ui.prompt('Name', 'Who are you?', ui.ButtonSet.OK_CANCEL);
  return [String(response.getSelectedButton()), response.getResponseText()];
}
function inspect(x) {
  return { at: typeof [].at, isDate: cell_('C1').setValue(new Date(0)).getValue() instanceof Date,
    arg: x, now: Date.now(), values: cell_('A1:B1').getValues() };
}
function fails() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Nope').getName(); }
`;

let emulator: Emulator;
let runtime: WorkerRuntime;

/** A person who answers each question with the next answer, after the test lets them. */
function person(answers: PersonAnswer[]) {
  const asked: UiQuestion[] = [];
  let release: () => void = () => undefined;
  const answering = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    asked,
    release: () => release(),
    answer: async (question: UiQuestion): Promise<PersonAnswer> => {
      asked.push(question);
      await answering;
      return answers.shift() ?? { button: 'CLOSE', text: '' };
    },
  };
}

const until = async (holds: () => boolean) => {
  for (let i = 0; i < 200 && !holds(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(holds()).toBe(true);
};

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'suki-worker-'));
  writeFileSync(join(dir, 'Code.js'), CODE);
  emulator = createEmulator();
  runtime = new WorkerRuntime(emulator, join(dir, 'Code.js'));
});

afterEach(() => runtime.close());

describe('WorkerRuntime', () => {
  it('waits in ui.alert for the person and goes on with their button, running once', async () => {
    const yes = person([{ button: 'YES', text: '' }]);
    const run = runtime.call('archiveAsked', [], 'sheets', yes.answer);
    await until(() => yes.asked.length === 1);
    expect(yes.asked[0]).toEqual({ kind: 'alert', prompt: 'Archive?', buttons: 'YES_NO' });
    // Blocked in the alert: the write before it is done, the one after it is not.
    expect(emulator.sheetValues('Sheet1')).toEqual([['before']]);
    yes.release();
    await run;
    expect(emulator.sheetValues('Sheet1')[0]?.slice(0, 2)).toEqual(['before', 'archived']);
    expect(emulator.calls.count('Range.setValue')).toBe(2);
  });

  it('gives the script NO, and CLOSE when the dialog is closed', async () => {
    const no = person([{ button: 'NO', text: '' }]);
    no.release();
    await runtime.call('archiveAsked', [], 'sheets', no.answer);
    expect(emulator.sheetValues('Sheet1')[0]?.[1]).toBe('kept:NO');
    const closed = person([{ button: 'CLOSE', text: '' }]);
    closed.release();
    await runtime.call('archiveAsked', [], 'sheets', closed.answer);
    expect(emulator.sheetValues('Sheet1')[0]?.[1]).toBe('kept:CLOSE');
  });

  it("hands a prompt's button and typed text to the script", async () => {
    const cancel = person([{ button: 'CANCEL', text: 'typed anyway' }]);
    cancel.release();
    await expect(runtime.call('askName', [], 'page', cancel.answer)).resolves.toEqual([
      'CANCEL',
      'typed anyway',
    ]);
    expect(cancel.asked).toEqual([
      { kind: 'prompt', title: 'Name', prompt: 'Who are you?', buttons: 'OK_CANCEL' },
    ]);
  });

  it('leaves alerts and prompts to the queues without a person', async () => {
    emulator.ui.queueAlertResponse('NO');
    emulator.ui.queuePromptResponse('Ana', 'OK');
    await runtime.call('archiveAsked');
    expect(emulator.sheetValues('Sheet1')[0]?.[1]).toBe('kept:NO');
    await expect(runtime.call('askName', [], 'page')).resolves.toEqual(['OK', 'Ana']);
  });

  it('runs in a stripped context with the emulated clock, Dates of its realm and JSON arguments', async () => {
    emulator.advanceClock(86_400_000);
    const result = (await runtime.call('inspect', [{ n: 1 }], 'page')) as Record<string, unknown>;
    expect(result.at).toBe('undefined');
    expect(result.isDate).toBe(true);
    expect(result.arg).toEqual({ n: 1 });
    expect(Number(result.now)).toBeGreaterThan(Date.now() + 86_000_000);
  });

  it("fails with the service's error and refuses a page's private names", async () => {
    await expect(runtime.call('fails')).rejects.toThrow(/getName|null|undefined/);
    await expect(runtime.call('cell_', ['A1'], 'page')).rejects.toThrow('Script function not found: cell_');
    await expect(runtime.call('missing')).rejects.toThrow('Script function not found: missing');
  });
});

describe('WorkerRuntime time limit', () => {
  it('counts the time a person takes to answer: past the limit the next service call fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'suki-worker-'));
    writeFileSync(join(dir, 'Code.js'), CODE);
    const slow = new WorkerRuntime(emulator, join(dir, 'Code.js'), { executionLimitMs: 1_000 });
    try {
      const late = async (): Promise<PersonAnswer> => {
        emulator.advanceClock(2_000);
        return { button: 'YES', text: '' };
      };
      await expect(slow.call('archiveAsked', [], 'sheets', late)).rejects.toThrow(TIME_LIMIT_MESSAGE);
      expect(emulator.sheetValues('Sheet1')).toEqual([['before']]);
    } finally {
      await slow.close();
    }
  });
});
