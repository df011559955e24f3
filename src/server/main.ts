/**
 * The public face of the Apps Script project: every function Sheets, a menu, a trigger or
 * google.script.run may call is exported here, and the build gives each a top-level forwarder.
 * Functions meant to stay private must end in `_`, which hides them from google.script.run.
 *
 * Every function a page calls answers core's PageResult (src/core/pageResult.ts); menu and trigger
 * functions answer nothing. The menu functions of forms and reports are generated from core's
 * FORM_LAYOUTS and REPORTS (formCommands.ts, reportCommands.ts): add a form or a report there.
 */
export { archiveRecord, archiveSelectedRow } from './archive';
export { showClientCard } from './clientCard';
export { importClients, listImportSheets, previewClientImport, showImportClients } from './clientImport';
export * from './formCommands';
export { onEdit } from './handEdits';
export { useEnglish, useFilipino } from './language';
export { onInstall, onOpen } from './lifecycle';
export {
  analysisSettingsAnswer as getAnalysisSettings,
  clientCardAnswer as getClientCard,
  clientChoicesAnswer as listClients,
  pageContextAnswer as getPageContext,
} from './pageCalls';
export { editSelectedRow, showAbout } from './pages';
export { getRecord, saveRecord, updateRecord } from './records';
export * from './reportCommands';
export {
  disableDailyDashboard,
  enableDailyDashboard,
  refreshDashboard,
  refreshDashboardOnOpen,
} from './reports';
export { checkThisSpreadsheet } from './selfCheck';
export { saveAnalysisSettings, showAnalysisSettings } from './settings';
export { setUpWorkbook } from './setup';
