import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';
import { PendingAnswer, type PersonAnswer, type UiQuestion } from '../../workbench/emulator/ui';
import { firstSheet, must } from './helpers';

describe('Ui', () => {
  it('records add-on menus with separators and submenus, replacing on re-add', () => {
    const em = createEmulator({ addonName: 'Suki' });
    const ui = em.globals.SpreadsheetApp.getUi();
    const reports = ui.createMenu('Reports').addItem('ABC', 'reportAbc');
    ui.createAddonMenu().addItem('Clients', 'openClients').addSeparator().addSubMenu(reports).addToUi();
    ui.createAddonMenu().addItem('Clients', 'openClients').addToUi();
    expect(em.ui.menus).toEqual([
      { title: 'Suki', items: [{ kind: 'item', caption: 'Clients', functionName: 'openClients' }] },
    ]);
    ui.createAddonMenu().addItem('A', 'a').addSeparator().addSubMenu(reports).addToUi();
    expect(em.ui.menus[0]?.items).toEqual([
      { kind: 'item', caption: 'A', functionName: 'a' },
      { kind: 'separator' },
      {
        kind: 'submenu',
        caption: 'Reports',
        items: [{ kind: 'item', caption: 'ABC', functionName: 'reportAbc' }],
      },
    ]);
  });

  it('shows sidebars and dialogs from HtmlService files', () => {
    const files: Record<string, string> = { Sidebar: '<div id="app"></div>' };
    const em = createEmulator({ htmlFiles: (name) => files[name] });
    const { HtmlService, SpreadsheetApp } = em.globals;
    const page = HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle('Suki')
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.DEFAULT);
    SpreadsheetApp.getUi().showSidebar(page);
    SpreadsheetApp.getUi().showModalDialog(
      HtmlService.createHtmlOutput('<p>hi</p>').setWidth(400).setHeight(200),
      'Hello',
    );
    SpreadsheetApp.getUi().showModelessDialog(
      HtmlService.createHtmlOutput('x').appendUntrusted('<b>'),
      'Plain',
    );
    expect(em.ui.sidebars).toEqual([{ title: 'Suki', html: '<div id="app"></div>' }]);
    expect(em.ui.dialogs).toEqual([
      { title: 'Hello', html: '<p>hi</p>', modal: true },
      { title: 'Plain', html: 'x&#60;b&#62;', modal: false },
    ]);
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });

  it('alerts and prompts answer from the queue, OK by default', () => {
    const em = createEmulator();
    const ui = em.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    em.ui.queueAlertResponse('NO');
    expect(ui.alert('Delete?', 'Really delete 3 rows?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    em.ui.queuePromptResponse('Q3 report', 'OK');
    const answer = ui.prompt('Name', ui.ButtonSet.OK_CANCEL);
    expect(answer.getResponseText()).toBe('Q3 report');
    expect(answer.getSelectedButton()).toBe(ui.Button.OK);
    expect(em.ui.alerts).toEqual([
      { prompt: 'Saved' },
      { title: 'Delete?', prompt: 'Really delete 3 rows?', buttons: 'YES_NO' },
    ]);
    expect(em.ui.prompts).toEqual([{ prompt: 'Name', buttons: 'OK_CANCEL' }]);
  });

  it('asks the person instead of the queue while one is set: the answer comes when they give it', async () => {
    const em = createEmulator();
    const ui = em.globals.SpreadsheetApp.getUi();
    em.ui.queueAlertResponse('YES');
    const asked: UiQuestion[] = [];
    const answers: PersonAnswer[] = [
      { button: 'NO', text: '' },
      { button: 'CANCEL', text: 'typed, then cancelled' },
    ];
    em.ui.person = async (question) => {
      asked.push(question);
      return answers.shift() ?? { button: 'CLOSE', text: '' };
    };
    const alert: unknown = ui.alert('Archive C-000001?', ui.ButtonSet.YES_NO);
    const prompt: unknown = ui.prompt('Who are you?', 'Your e-mail', ui.ButtonSet.OK_CANCEL);
    em.ui.person = undefined;
    expect(alert).toBeInstanceOf(PendingAnswer);
    expect(prompt).toBeInstanceOf(PendingAnswer);
    expect(await (alert as PendingAnswer).value).toBe(ui.Button.NO);
    const response = (await (prompt as PendingAnswer).value) as GoogleAppsScript.Base.PromptResponse;
    expect(response.getSelectedButton()).toBe(ui.Button.CANCEL);
    expect(response.getResponseText()).toBe('typed, then cancelled');
    expect(asked).toEqual([
      { kind: 'alert', prompt: 'Archive C-000001?', buttons: 'YES_NO' },
      { kind: 'prompt', title: 'Who are you?', prompt: 'Your e-mail', buttons: 'OK_CANCEL' },
    ]);
    // Recorded as ever, and the queue is left for the next alert no person answers.
    expect(em.ui.alerts).toHaveLength(1);
    expect(em.ui.prompts).toHaveLength(1);
    expect(ui.alert('Again?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
  });
});

describe('conditional formats and charts', () => {
  it('records rules with getters and keeps ranges in step with inserts', () => {
    const em = createEmulator();
    const app = em.globals.SpreadsheetApp;
    const sheet = firstSheet(em);
    const rule = app
      .newConditionalFormatRule()
      .whenNumberLessThan(0)
      .setBackground('#f4cccc')
      .setBold(true)
      .setRanges([sheet.getRange('C2:C100')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertColumnBefore(1);
    const [stored] = sheet.getConditionalFormatRules();
    const cond = stored?.getBooleanCondition();
    expect(String(cond?.getCriteriaType())).toBe('NUMBER_LESS_THAN');
    expect(cond?.getCriteriaValues()).toEqual([0]);
    expect(cond?.getBackground()).toBe('#f4cccc');
    expect(cond?.getBold()).toBe(true);
    expect(stored?.getRanges().map((r) => r.getA1Notation())).toEqual(['D2:D100']);
  });

  it('builds, inserts, modifies and removes charts', () => {
    const em = createEmulator();
    const { Charts } = em.globals;
    const sheet = em.spreadsheet.insertSheet('Dashboard');
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.PIE)
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'By tier')
      .build();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted?.getOptions().get('title')).toBe('By tier');
    expect(inserted?.getRanges()[0]?.getA1Notation()).toBe('A1:B5');
    expect(inserted?.getContainerInfo().getAnchorColumn()).toBe(4);
    sheet.updateChart(must(inserted).modify().setOption('title', 'Tiers').build());
    expect(sheet.getCharts()[0]?.getOptions().get('title')).toBe('Tiers');
    sheet.removeChart(must(sheet.getCharts()[0]));
    expect(sheet.getCharts()).toEqual([]);
  });
});
