import type { Translator } from '../core/i18n/translate';
import { REPORTS } from '../core/reports/reportCatalog';

/**
 * Builds Suki's add-on menu. Every item names a top-level function of the bundle (see main.ts);
 * the bundle tests check that each one exists. Safe under AuthMode.NONE: it touches no data.
 */
export function buildAddonMenu(t: Translator): void {
  const ui = SpreadsheetApp.getUi();
  const language = ui
    .createMenu(t('menu.language'))
    .addItem(t('menu.languageEnglish'), 'useEnglish')
    .addItem(t('menu.languageFilipino'), 'useFilipino');
  const help = ui
    .createMenu(t('menu.helpMenu'))
    .addItem(t('menu.help'), 'showAbout')
    .addItem(t('menu.selfCheck'), 'checkThisSpreadsheet');
  const reports = ui.createMenu(t('menu.reports'));
  for (const report of REPORTS) reports.addItem(t(report.menuLabel), report.functionName);
  reports
    .addSeparator()
    .addItem(t('menu.settings'), 'showAnalysisSettings')
    .addItem(t('menu.dailyDashboardOn'), 'enableDailyDashboard')
    .addItem(t('menu.dailyDashboardOff'), 'disableDailyDashboard');
  ui.createAddonMenu()
    .addItem(t('menu.clientForm'), 'showClientForm')
    .addItem(t('menu.contactForm'), 'showContactForm')
    .addItem(t('menu.claimForm'), 'showClaimForm')
    .addItem(t('menu.dealForm'), 'showDealForm')
    .addItem(t('menu.orderForm'), 'showOrderForm')
    .addItem(t('menu.obligationForm'), 'showObligationForm')
    .addItem(t('menu.competitorForm'), 'showCompetitorForm')
    .addItem(t('menu.editRow'), 'editSelectedRow')
    .addItem(t('menu.archiveRow'), 'archiveSelectedRow')
    .addItem(t('menu.importClients'), 'showImportClients')
    .addSeparator()
    .addItem(t('menu.clientCard'), 'showClientCard')
    .addItem(t('menu.dashboard'), 'refreshDashboard')
    .addSubMenu(reports)
    .addSeparator()
    .addItem(t('menu.setUp'), 'setUpWorkbook')
    .addSubMenu(language)
    .addSubMenu(help)
    .addToUi();
}
