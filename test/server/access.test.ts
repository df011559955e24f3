/**
 * The entry points of the server as google.script.run reaches them: anyone who can open a sidebar
 * can call any export of main.ts with any arguments. Every export declares what it requires; the
 * table below gives each one sample arguments, and every head-only and member-only function called
 * by someone lacking the role is refused and changes nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/analysis/settings';
import { settingsToForm } from '../../src/core/forms/settingsFields';
import type { MessageKey } from '../../src/core/i18n/en';
import { translatorFor } from '../../src/core/i18n/translate';
import { type EntryRequirement, requirementOf } from '../../src/server/access';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const MANAGER = 'mario.manager@suki.test';
const STRANGER = 'sam.stranger@elsewhere.test';
const t = translatorFor('en');

/** How an entry point answers: a page call returns a PageResult, a menu item shows a message box. */
type Kind = 'page' | 'menu' | 'trigger' | 'simple';

interface EntrySample {
  readonly need: EntryRequirement;
  readonly kind: Kind;
  readonly args: readonly unknown[];
}

const IMPORT = {
  table: 'clients',
  source: { csv: 'Name\nSample Import Co' },
  mapping: { 0: 'name' },
  headers: ['Name'],
};
/** The newest import Suki noted (runImport's sample runs first), or '' when none. */
const latestImportId = (): string => {
  const raw = emulator.globals.PropertiesService.getDocumentProperties().getProperty('suki.imports');
  return (JSON.parse(raw ?? '[]') as { id: string }[])[0]?.id ?? '';
};
const page = (need: EntryRequirement, ...args: unknown[]): EntrySample => ({ need, kind: 'page', args });
const menu = (need: EntryRequirement): EntrySample => ({ need, kind: 'menu', args: [] });
/**
 * An e-mail campaign of the caller's with one person to mail (made on first use by whoever is
 * entitled; a refused caller's attempt writes nothing), for the campaign e-mail entries.
 */
const mailCampaign = (): string => {
  main.saveRecord('people', { clientId: 'C-000001', name: 'Rosa Cruz', email: 'rosa@alpha.test' });
  main.saveRecord('campaigns', {
    name: 'Price list',
    channel: 'email',
    mailSubject: 'Prices for {{client.name}}',
    mailBody: 'Dear {{person.name}},\n\nOur new prices.',
  });
  return 'M-000001';
};

/**
 * An exhibition of the caller's (made on first use by whoever is entitled; a refused caller's attempt
 * writes nothing), for the event campaign entries.
 */
const eventCampaign = (): string => {
  const saved = main.saveRecord('campaigns', {
    name: 'Sample expo',
    channel: 'exhibition',
    date: '2030-01-07',
  });
  return saved.ok ? saved.id : 'M-000002';
};

/**
 * Every export of main.ts, with the requirement it must declare and arguments that would do real
 * work for someone entitled (C-000001 and P-000001 are the manager's, C-000002 the head's).
 */
const ENTRIES: Readonly<Record<string, EntrySample>> = {
  onOpen: { need: 'anyone', kind: 'simple', args: [] },
  onInstall: { need: 'anyone', kind: 'simple', args: [] },
  onEdit: { need: 'anyone', kind: 'simple', args: [] },
  getPageContext: page('anyone', 'clients'),
  getRecord: page('anyone', 'clients', 'C-000001'),
  getRelationshipPlan: page('anyone', 'C-000001'),
  listPeople: page('anyone', 'C-000001'),
  showRelationshipPlan: page('member', 'C-000001'),
  listClients: page('anyone'),
  getClientCard: page('anyone', 'C-000001'),
  getAnalysisSettings: page('anyone'),
  getSchemes: page('anyone'),
  showClientCard: menu('anyone'),
  showAbout: menu('anyone'),
  useEnglish: menu('anyone'),
  useFilipino: menu('anyone'),
  tellSukiWhoYouAre: menu('anyone'),

  saveRecord: page('member', 'clients', { name: 'Sample Client' }),
  updateRecord: page('member', 'clients', 'C-000001', { phone: '0917 555 0101' }, {}),
  showMyDay: menu('member'),
  getMyDay: page('member'),
  logContactOutcome: page('member', 'P-000001', 'done', 'Talked to the buyer', null, {}),
  archiveRecord: page('member', 'contacts', 'P-000001'),
  archiveSelectedRow: menu('member'),
  editSelectedRow: menu('member'),
  showImport: menu('member'),
  listImportSources: page('member'),
  previewImport: page('member', IMPORT),
  runImport: page('member', IMPORT),
  undoImport: page('member', () => latestImportId()),
  refreshDashboard: menu('member'),
  checkThisSpreadsheet: menu('member'),
  showSchemes: menu('member'),
  showSchemesForClient: page('member', 'C-000001'),
  saveScheme: page('member', 'Sample scheme', [{ step: 1, dayOffset: 0, channel: 'call' }], null),
  previewApplyScheme: page('member', 'Sample scheme', { clientIds: ['C-000001'] }, '2030-01-07'),
  applyScheme: page('member', 'Sample scheme', { clientIds: ['C-000001'] }, '2030-01-07'),
  previewSchemeUpdate: page('member', 'Sample scheme'),
  applySchemeUpdate: page('member', 'Sample scheme'),
  stopScheme: page('member', 'C-000001', 'Sample scheme'),
  showClientForm: menu('member'),
  showPersonForm: menu('member'),
  showPlanForm: menu('member'),
  showContactForm: menu('member'),
  showClaimForm: menu('member'),
  showDealForm: menu('member'),
  showOrderForm: menu('member'),
  showObligationForm: menu('member'),
  showEvidenceForm: menu('member'),
  showCompetitorForm: menu('member'),
  showCampaignForm: menu('member'),
  reportAudience: menu('member'),
  reportAbcXyz: menu('member'),
  reportReliability: menu('member'),
  reportClaims: menu('member'),
  reportObligations: menu('member'),
  reportFreshness: menu('member'),
  reportLeadSources: menu('member'),
  reportCampaigns: menu('member'),
  reportCompetitors: menu('member'),
  reportRecommendations: menu('member'),
  reportRelationships: menu('member'),

  showDismissal: menu('head'),
  getDismissalChoices: page('head'),
  dismissMember: page('head', MANAGER, HEAD),
  showAnalysisSettings: menu('head'),
  chooseWorkbookLanguage: menu('head'),
  saveAnalysisSettings: page('head', { ...settingsToForm(DEFAULT_SETTINGS), staleDays: '45' }),
  enableDailyDashboard: menu('head'),
  disableDailyDashboard: menu('head'),
  enableDailyDigest: menu('head'),
  disableDailyDigest: menu('head'),
  showTeamMemberForm: menu('head'),
  showAbsenceForm: menu('head'),
  setUpWorkbook: menu('setUp'),
  refreshDashboardOnOpen: { need: 'head', kind: 'trigger', args: [] },
  showCampaignMail: menu('member'),
  getCampaignMailPage: page('member'),
  previewCampaignMail: page('member', mailCampaign, {}),
  sendTestMail: page('member', mailCampaign, {}),
  startCampaignMail: page('member', mailCampaign, {}, 1),
  getCampaignMailStatus: page('member', mailCampaign),
  continueCampaignMail: page('member', mailCampaign),
  cancelCampaignMail: page('member', mailCampaign),
  resolveCampaignMail: page('member', mailCampaign, 'resendUnknown'),
  showEventCampaign: menu('member'),
  getEventCampaign: page('member', eventCampaign),
  inviteToCampaign: page('member', eventCampaign, { filter: { clientIds: ['C-000001'] } }),
  markAttendance: page('member', eventCampaign, []),
  addLeadFromEvent: page('member', eventCampaign, { name: 'Sample Lead Co' }, { name: 'Lea Santos' }),
  showFaxInvitations: page('member', eventCampaign),
  sendFaxInvitations: page('member', eventCampaign),
};

const exported = main as unknown as Record<string, unknown>;
const callEntry = (name: string): unknown => {
  const fn = exported[name] as (...args: readonly unknown[]) => unknown;
  // An argument only known once the test runs (the ID of the import runImport just made) is a thunk.
  const args = (ENTRIES[name]?.args ?? []).map((arg) => (typeof arg === 'function' ? arg() : arg));
  return fn(...args);
};
const namesNeeding = (...needs: EntryRequirement[]) =>
  Object.keys(ENTRIES).filter((name) => needs.includes(ENTRIES[name]?.need ?? 'anyone'));

const message = (key: MessageKey, email?: string) => t(key, email === undefined ? {} : { email });

let emulator: Emulator;

/** Everything a call could change: every sheet's values, the document properties, the triggers. */
function snapshot() {
  return emulator.uncounted(() => ({
    sheets: Object.fromEntries(
      emulator.spreadsheet
        .getSheets()
        .map((sheet) => [sheet.getName(), emulator.sheetValues(sheet.getName())]),
    ),
    properties: emulator.globals.PropertiesService.getDocumentProperties().getProperties(),
    triggers: emulator.triggers(),
  }));
}

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: HEAD });
  main.setUpWorkbook();
  expect(rowsByHeader(emulator, 'Team').map((row) => [row['E-mail'], row.Role])).toEqual([[HEAD, 'head']]);
  expect(main.saveRecord('team', { email: MANAGER, name: 'Mario', role: 'manager' })).toMatchObject({
    ok: true,
  });
  expect(main.saveRecord('clients', { name: 'Alpha Foods', owner: MANAGER })).toMatchObject({
    ok: true,
    id: 'C-000001',
  });
  expect(main.saveRecord('clients', { name: 'Bravo Logistics' })).toMatchObject({ ok: true, id: 'C-000002' });
  expect(
    main.saveRecord('contacts', { clientId: 'C-000001', plannedDate: '2025-06-02', channel: 'call' }),
  ).toMatchObject({ ok: true, id: 'P-000001' });
  // The daily refresh is on, so turning it off or firing it would show in the snapshot.
  main.enableDailyDashboard();
  expect(emulator.triggers().map((trigger) => trigger.owner)).toEqual([HEAD]);
  emulator.select('Clients', 2, 2);
});

describe('the table of entry points', () => {
  it('names every export of the server entry, each a function with the requirement the table gives', () => {
    expect(Object.keys(ENTRIES).sort()).toEqual(Object.keys(main).sort());
    for (const [name, value] of Object.entries(exported)) {
      expect(typeof value, name).toBe('function');
      expect(requirementOf(value), `${name} declares no requirement`).toBeDefined();
      expect(requirementOf(value), name).toBe(ENTRIES[name]?.need);
    }
  });

  /** Calls every page and menu entry requiring `need` as `email`, who is entitled to them: none is refused. */
  function expectServed(email: string, need: EntryRequirement): void {
    emulator.setActiveUser(email);
    const refusals = [
      message('access.headOnly', email),
      message('access.setUpHeadOnly'),
      message('access.notOnTeam', email),
      message('access.hiddenEmail'),
    ];
    for (const name of namesNeeding(need)) {
      const alerts = emulator.ui.alerts.length;
      const result = callEntry(name);
      if (ENTRIES[name]?.kind === 'page') expect(result, name).toMatchObject({ ok: true });
      const shown = emulator.ui.alerts.slice(alerts).map((alert) => alert.prompt);
      expect(
        shown.filter((prompt) => refusals.includes(prompt)),
        name,
      ).toEqual([]);
    }
  }

  it('gives the head-only functions arguments a head is served with', () => {
    expectServed(HEAD, 'head');
    expectServed(HEAD, 'setUp');
  });

  it('gives the member functions arguments the manager is served with', () => {
    expectServed(MANAGER, 'member');
  });
});

/** Who calls, and the refusal each gets for an entry requiring `need`. */
interface Outsider {
  readonly label: string;
  readonly email: string;
  readonly refusal: (need: EntryRequirement) => string;
}

const MANAGER_CALLER: Outsider = {
  label: 'a manager',
  email: MANAGER,
  refusal: (need) =>
    need === 'setUp' ? message('access.setUpHeadOnly') : message('access.headOnly', MANAGER),
};
const STRANGER_CALLER: Outsider = {
  label: 'a stranger',
  email: STRANGER,
  refusal: () => message('access.notOnTeam', STRANGER),
};
const HIDDEN_CALLER: Outsider = {
  label: 'an empty e-mail',
  email: '',
  refusal: () => message('access.hiddenEmail'),
};

/** Calls `name` as `who` and checks the refusal, and that nothing at all changed. */
function expectRefused(who: Outsider, name: string): void {
  const entry = ENTRIES[name];
  if (!entry) throw new Error(`no entry ${name}`);
  emulator.setActiveUser(who.email);
  const before = snapshot();
  const alerts = emulator.ui.alerts.length;
  const sidebars = emulator.ui.sidebars.length;
  const result = callEntry(name);
  const expected = who.refusal(entry.need);
  if (entry.kind === 'page') {
    expect(result, `${name} as ${who.label}`).toMatchObject({ ok: false, message: expected });
    expect(emulator.ui.alerts.length, name).toBe(alerts);
  } else if (entry.kind === 'menu') {
    expect(result, name).toBeUndefined();
    expect(
      emulator.ui.alerts.slice(alerts).map((alert) => alert.prompt),
      `${name} as ${who.label}`,
    ).toEqual([expected]);
  }
  expect(emulator.ui.sidebars.length, `${name} opened a page for ${who.label}`).toBe(sidebars);
  expect(emulator.triggerErrors).toEqual([]);
  expect(snapshot(), `${name} as ${who.label} changed something`).toEqual(before);
}

describe('a head-only function called directly', () => {
  const headOnly = namesNeeding('head', 'setUp');

  it('lists the team, the settings, the daily refresh and set-up as head-only', () => {
    expect(headOnly).toEqual(
      expect.arrayContaining([
        'dismissMember',
        'saveAnalysisSettings',
        'disableDailyDashboard',
        'setUpWorkbook',
      ]),
    );
  });

  for (const who of [MANAGER_CALLER, STRANGER_CALLER, HIDDEN_CALLER]) {
    it(`by ${who.label} is refused and changes nothing`, () => {
      for (const name of headOnly) expectRefused(who, name);
    });
  }

  it('by a manager tells them only a head can do it', () => {
    emulator.setActiveUser(MANAGER);
    const answer = main.dismissMember(MANAGER, HEAD);
    expect(answer.ok).toBe(false);
    expect(answer.message).toMatch(/^Only a head of the team can do this/);
  });
});

describe('a member function called directly', () => {
  for (const who of [STRANGER_CALLER, HIDDEN_CALLER]) {
    it(`by ${who.label} is refused and changes nothing`, () => {
      for (const name of namesNeeding('member')) expectRefused(who, name);
    });
  }
});

describe('an identity the person gave because Google hid theirs', () => {
  it('is kept once, works as that manager, and is marked unverified in the audit log', () => {
    emulator.setActiveUser('');
    emulator.ui.queuePromptResponse(` ${MANAGER.toUpperCase()} `);
    const asked = emulator.ui.prompts.length;
    main.tellSukiWhoYouAre();
    expect(emulator.ui.prompts.slice(asked).map((prompt) => prompt.title)).toEqual([t('identity.title')]);
    expect(emulator.ui.toasts.at(-1)?.message).toBe(t('identity.saved', { email: MANAGER }));
    expect(rowsByHeader(emulator, 'Audit log').at(-1)).toMatchObject({
      Action: 'identify',
      Who: MANAGER,
      As: 'unverified',
      Before: '',
      After: MANAGER,
    });

    const logged = rowsByHeader(emulator, 'Audit log').length;
    expect(main.updateRecord('clients', 'C-000001', { phone: '0917 555 0102' }, {})).toMatchObject({
      ok: true,
    });
    expect(main.saveRecord('clients', { name: 'Declared Trading' })).toMatchObject({
      ok: true,
      id: 'C-000003',
    });
    const written = rowsByHeader(emulator, 'Audit log').slice(logged);
    expect(written.map((row) => [row.Action, row['Record ID']])).toEqual(
      expect.arrayContaining([
        ['update', 'C-000001'],
        ['create', 'C-000003'],
      ]),
    );
    expect(new Set(written.map((row) => `${String(row.Who)} as ${String(row.As)}`))).toEqual(
      new Set([`${MANAGER} as unverified`]),
    );
    const client = rowsByHeader(emulator, 'Clients').find((row) => row.ID === 'C-000003');
    expect(client).toMatchObject({ Owner: MANAGER, 'Created by': MANAGER });
  });

  it('refuses what is not an e-mail address and keeps nothing', () => {
    emulator.setActiveUser('');
    emulator.ui.queuePromptResponse('not an address');
    main.tellSukiWhoYouAre();
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(t('identity.invalid'));
    expect(main.saveRecord('clients', { name: 'Nobody Co' })).toMatchObject({
      ok: false,
      message: message('access.hiddenEmail'),
    });
  });

  it('naming a head gives no rights at all', () => {
    emulator.setActiveUser('');
    emulator.ui.queuePromptResponse(HEAD);
    main.tellSukiWhoYouAre();
    const before = snapshot();
    const refusal = message('access.unverifiedHead', HEAD);
    expect(main.dismissMember(MANAGER, HEAD)).toMatchObject({ ok: false, message: refusal });
    expect(main.saveRecord('team', { email: STRANGER, name: 'Sam', role: 'head' })).toMatchObject({
      ok: false,
      message: refusal,
    });
    expect(main.saveRecord('clients', { name: 'Sneaky Co' })).toMatchObject({ ok: false, message: refusal });
    main.disableDailyDashboard();
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(refusal);
    expect(snapshot()).toEqual(before);
  });
});
