/**
 * The public face of the Apps Script project: every function Sheets, a menu, a trigger or
 * google.script.run may call is exported here, and the build gives each a top-level forwarder.
 * Functions meant to stay private must end in `_`, which hides them from google.script.run.
 */
export { archiveRecord, archiveSelectedRow } from './archive';
export { getClientCard, showClientCard } from './clientCard';
export { importClients, listImportSheets, previewClientImport, showImportClients } from './clientImport';
export { onEdit } from './handEdits';
export { useEnglish, useFilipino } from './language';
export { onInstall, onOpen } from './lifecycle';
export {
  editSelectedRow,
  getPageContext,
  showAbout,
  showClaimForm,
  showClientForm,
  showCompetitorForm,
  showContactForm,
  showDealForm,
  showObligationForm,
  showOrderForm,
} from './pages';
export { getRecord, listClients, saveRecord, updateRecord } from './records';
export {
  disableDailyDashboard,
  enableDailyDashboard,
  refreshDashboard,
  refreshDashboardOnOpen,
  reportAbcXyz,
  reportAudience,
  reportClaims,
  reportCompetitors,
  reportFreshness,
  reportLeadSources,
  reportObligations,
  reportRecommendations,
  reportReliability,
} from './reports';
export { checkThisSpreadsheet } from './selfCheck';
export { getAnalysisSettings, saveAnalysisSettings, showAnalysisSettings } from './settings';
export { setUpWorkbook } from './setup';
