import { FORM_LAYOUTS } from '../core/forms/formLayouts';
import type { MessageKey } from '../core/i18n/en';
import type { Translator } from '../core/i18n/translate';
import { REPORTS } from '../core/reports/reportCatalog';
import { type MenuEntry, showAddonMenu } from '../gas/ui';

const SEPARATOR: MenuEntry = { kind: 'separator' };

const forms = (menu: 'work' | 'team') => Object.values(FORM_LAYOUTS).filter((form) => form.menu === menu);

/**
 * Suki's add-on menu, in the person's language. The forms come from core's FORM_LAYOUTS and the
 * reports from REPORTS, in their order; every item names a top-level function of the bundle (see
 * main.ts), which the bundle tests check.
 */
function addonMenuEntries(t: Translator): MenuEntry[] {
  const item = (label: MessageKey, functionName: string): MenuEntry => ({
    kind: 'item',
    caption: t(label),
    functionName,
  });
  const submenu = (label: MessageKey, items: MenuEntry[]): MenuEntry => ({
    kind: 'submenu',
    caption: t(label),
    items,
  });
  return [
    item('menu.myDay', 'showMyDay'),
    ...forms('work').map((form) => item(form.menuLabel, form.functionName)),
    item('menu.editRow', 'editSelectedRow'),
    item('menu.archiveRow', 'archiveSelectedRow'),
    item('menu.import', 'showImport'),
    submenu('menu.outreach', [
      item('menu.schemes', 'showSchemes'),
      item('menu.campaignMail', 'showCampaignMail'),
      item('menu.eventCampaign', 'showEventCampaign'),
    ]),
    SEPARATOR,
    item('menu.clientCard', 'showClientCard'),
    item('menu.dashboard', 'refreshDashboard'),
    submenu('menu.reports', [
      ...REPORTS.map((report) => item(report.menuLabel, report.functionName)),
      SEPARATOR,
      item('menu.settings', 'showAnalysisSettings'),
      item('menu.dailyDashboardOn', 'enableDailyDashboard'),
      item('menu.dailyDashboardOff', 'disableDailyDashboard'),
      item('menu.dailyDigestOn', 'enableDailyDigest'),
      item('menu.dailyDigestOff', 'disableDailyDigest'),
    ]),
    SEPARATOR,
    submenu('menu.team', [
      ...forms('team').map((form) => item(form.menuLabel, form.functionName)),
      item('menu.dismiss', 'showDismissal'),
    ]),
    item('menu.setUp', 'setUpWorkbook'),
    submenu('menu.language', [
      item('menu.languageEnglish', 'useEnglish'),
      item('menu.languageFilipino', 'useFilipino'),
      SEPARATOR,
      item('menu.workbookLanguage', 'chooseWorkbookLanguage'),
    ]),
    submenu('menu.helpMenu', [
      item('menu.help', 'showAbout'),
      item('menu.selfCheck', 'checkThisSpreadsheet'),
      item('menu.identify', 'tellSukiWhoYouAre'),
    ]),
  ];
}

/** Builds Suki's add-on menu. Safe under AuthMode.NONE: it touches no data. */
export function buildAddonMenu(t: Translator): void {
  showAddonMenu(addonMenuEntries(t));
}
