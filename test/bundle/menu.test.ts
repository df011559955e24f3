/**
 * The whole Suki menu, as the bundle builds it, in both languages: every caption, function name and
 * position. The forms and reports come from core's catalogs; this pins what a person sees (the
 * captions, names and order that existed before the catalogs drove the menu, plus the Campaign form
 * and the Campaign channels report added through them; My day, the Outreach submenu and the daily digest's two items came with #13; the Team submenu and "Tell Suki who you
 * are…" came with team, roles and deputies, #10).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MenuEntry } from '../../workbench/emulator';
import { ScriptRuntime } from '../../workbench/runtime/scriptRuntime';
import { useEmulator } from '../support/emulatedSheets';

const CODE = resolve(import.meta.dirname, '../../dist/Code.js');

/** An item as [caption, function], a submenu as [caption, entries], a separator as '---'. */
type Compact = '---' | readonly [string, string] | readonly [string, readonly Compact[]];

function compact(entries: readonly MenuEntry[]): Compact[] {
  return entries.map((entry): Compact => {
    if (entry.kind === 'separator') return '---';
    if (entry.kind === 'submenu') return [entry.caption, compact(entry.items)];
    return [entry.caption, entry.functionName];
  });
}

function menuIn(locale: string): { title: string; entries: Compact[]; functions: Set<string> } {
  const emulator = useEmulator({ locale });
  const runtime = new ScriptRuntime(emulator, CODE);
  runtime.call('onOpen', [{ authMode: emulator.globals.ScriptApp.AuthMode.FULL }]);
  const menu = emulator.ui.menus[0];
  return {
    title: menu?.title ?? '',
    entries: compact(menu?.items ?? []),
    functions: new Set(runtime.functionNames()),
  };
}

const ENGLISH: Compact[] = [
  ['My day…', 'showMyDay'],
  ['Client…', 'showClientForm'],
  ['Person at a client…', 'showPersonForm'],
  ['Relationship plan…', 'showPlanForm'],
  ['Plan or log a contact…', 'showContactForm'],
  ['Register a claim…', 'showClaimForm'],
  ['Deal…', 'showDealForm'],
  ['Order…', 'showOrderForm'],
  ['Obligation…', 'showObligationForm'],
  ['Record a credit check…', 'showEvidenceForm'],
  ['Competitor observation…', 'showCompetitorForm'],
  ['Campaign…', 'showCampaignForm'],
  ['Edit selected row', 'editSelectedRow'],
  ['Archive selected row', 'archiveSelectedRow'],
  ['Import a list…', 'showImport'],
  [
    'Outreach',
    [
      ['Interaction schemes…', 'showSchemes'],
      ['E-mail a campaign…', 'showCampaignMail'],
      ['Event or fax campaign…', 'showEventCampaign'],
    ],
  ],
  '---',
  ['Client card…', 'showClientCard'],
  ['Dashboard (refresh)', 'refreshDashboard'],
  [
    'Reports',
    [
      ['Audience', 'reportAudience'],
      ['ABC-XYZ', 'reportAbcXyz'],
      ['Reliability', 'reportReliability'],
      ['Relationships', 'reportRelationships'],
      ['Claims analysis', 'reportClaims'],
      ['Obligations report', 'reportObligations'],
      ['Freshness', 'reportFreshness'],
      ['Lead sources', 'reportLeadSources'],
      ['Campaign channels', 'reportCampaigns'],
      ['Competitor matrix', 'reportCompetitors'],
      ['Next best actions', 'reportRecommendations'],
      '---',
      ['Analysis settings…', 'showAnalysisSettings'],
      ['Refresh the dashboard daily', 'enableDailyDashboard'],
      ['Stop the daily refresh', 'disableDailyDashboard'],
      ['Send the daily digest', 'enableDailyDigest'],
      ['Stop the daily digest', 'disableDailyDigest'],
    ],
  ],
  '---',
  [
    'Team',
    [
      ['Appoint a team member…', 'showTeamMemberForm'],
      ['Record an absence…', 'showAbsenceForm'],
      ['Dismiss a team member…', 'showDismissal'],
    ],
  ],
  ['Set up workbook', 'setUpWorkbook'],
  [
    'Language',
    [
      ['English', 'useEnglish'],
      ['Filipino', 'useFilipino'],
      '---',
      ['Workbook language…', 'chooseWorkbookLanguage'],
    ],
  ],
  [
    'Help',
    [
      ['About Suki', 'showAbout'],
      ['Check this spreadsheet', 'checkThisSpreadsheet'],
      ['Tell Suki who you are…', 'tellSukiWhoYouAre'],
    ],
  ],
];

const FILIPINO: Compact[] = [
  ['Ang araw ko…', 'showMyDay'],
  ['Kliyente…', 'showClientForm'],
  ['Tao sa isang kliyente…', 'showPersonForm'],
  ['Plano ng ugnayan…', 'showPlanForm'],
  ['Magplano o magtala ng kontak…', 'showContactForm'],
  ['Magtala ng reklamo…', 'showClaimForm'],
  ['Deal…', 'showDealForm'],
  ['Order…', 'showOrderForm'],
  ['Obligasyon…', 'showObligationForm'],
  ['Magtala ng pagsusuri sa kredito…', 'showEvidenceForm'],
  ['Obserbasyon sa kakumpitensiya…', 'showCompetitorForm'],
  ['Kampanya…', 'showCampaignForm'],
  ['Baguhin ang napiling hilera', 'editSelectedRow'],
  ['I-archive ang napiling hilera', 'archiveSelectedRow'],
  ['Mag-import ng listahan…', 'showImport'],
  [
    'Pag-abot sa kliyente',
    [
      ['Mga iskema ng pakikipag-ugnayan…', 'showSchemes'],
      ['Mag-e-mail ng kampanya…', 'showCampaignMail'],
      ['Kampanyang event o fax…', 'showEventCampaign'],
    ],
  ],
  '---',
  ['Card ng kliyente…', 'showClientCard'],
  ['Dashboard (i-refresh)', 'refreshDashboard'],
  [
    'Mga ulat',
    [
      ['Madla', 'reportAudience'],
      ['ABC-XYZ', 'reportAbcXyz'],
      ['Pagiging maaasahan', 'reportReliability'],
      ['Mga ugnayan', 'reportRelationships'],
      ['Pagsusuri ng reklamo', 'reportClaims'],
      ['Ulat ng mga obligasyon', 'reportObligations'],
      ['Kasariwaan', 'reportFreshness'],
      ['Pinagmulan ng lead', 'reportLeadSources'],
      ['Mga paraan ng kampanya', 'reportCampaigns'],
      ['Matrix ng kakumpitensiya', 'reportCompetitors'],
      ['Susunod na hakbang', 'reportRecommendations'],
      '---',
      ['Mga setting ng pagsusuri…', 'showAnalysisSettings'],
      ['I-refresh ang dashboard araw-araw', 'enableDailyDashboard'],
      ['Itigil ang araw-araw na pag-refresh', 'disableDailyDashboard'],
      ['Ipadala ang araw-araw na buod', 'enableDailyDigest'],
      ['Itigil ang araw-araw na buod', 'disableDailyDigest'],
    ],
  ],
  '---',
  [
    'Koponan',
    [
      ['Magtalaga ng kasapi…', 'showTeamMemberForm'],
      ['Magtala ng pagliban…', 'showAbsenceForm'],
      ['Magtanggal ng kasapi…', 'showDismissal'],
    ],
  ],
  ['Ihanda ang workbook', 'setUpWorkbook'],
  [
    'Wika',
    [
      ['English', 'useEnglish'],
      ['Filipino', 'useFilipino'],
      '---',
      ['Wika ng workbook…', 'chooseWorkbookLanguage'],
    ],
  ],
  [
    'Tulong',
    [
      ['Tungkol sa Suki', 'showAbout'],
      ['Suriin ang spreadsheet na ito', 'checkThisSpreadsheet'],
      ['Sabihin sa Suki kung sino ka…', 'tellSukiWhoYouAre'],
    ],
  ],
];

function functionsOf(entries: readonly Compact[]): string[] {
  return entries.flatMap((entry) => {
    if (entry === '---') return [];
    const [, target] = entry;
    return typeof target === 'string' ? [target] : functionsOf(target);
  });
}

describe('the Suki menu', () => {
  it.each([
    ['en', ENGLISH],
    ['fil', FILIPINO],
  ] as const)('in %s has every item in its place', (locale, expected) => {
    const menu = menuIn(locale);
    expect(menu.entries).toEqual(expected);
    for (const name of functionsOf(expected)) expect(menu.functions, name).toContain(name);
  });

  it('opens the Campaign form in its own built page', () => {
    const emulator = useEmulator();
    const runtime = new ScriptRuntime(emulator, CODE);
    // The forms are the team's (#10): the first set-up makes the person running it the head.
    runtime.call('setUpWorkbook');
    runtime.call('showCampaignForm');
    expect(emulator.ui.sidebars.map((s) => s.title)).toEqual(['Campaign']);
    expect(emulator.ui.sidebars[0]?.html).toContain('<div id="app"></div>');
  });
});
