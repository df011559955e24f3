/**
 * The public face of the Apps Script project: every function Sheets, a menu, a trigger or
 * google.script.run may call is exported here, and the build gives each a top-level forwarder.
 * Functions meant to stay private must end in `_`, which hides them from google.script.run.
 *
 * Every export is made by one of access.ts's entry wrappers, which declares what it requires of
 * its caller (anyone, a member of the team, a head) and checks it before the action runs: anyone who
 * can open a sidebar can call any of these with any arguments. A test fails for an export no wrapper
 * declared. Every function a page calls answers core's PageResult (src/core/pageResult.ts); menu and
 * trigger functions answer nothing. The menu functions of forms and reports are generated from
 * core's FORM_LAYOUTS and REPORTS (formCommands.ts, reportCommands.ts), their requirement with them.
 */
import { menuEntry, pageEntry, simpleTrigger, triggerEntry } from './access';
import * as archive from './archive';
import * as clientCard from './clientCard';
import * as clientChoices from './clientChoices';
import * as dailyWork from './dailyWork';
import * as digestMenu from './digestMenu';
import * as dismissal from './dismissal';
import * as eventCampaign from './eventCampaign';
import * as eventAttendance from './eventCampaignAttendance';
import * as eventFax from './eventCampaignFax';
import * as eventLead from './eventCampaignLead';
import * as eventPage from './eventCampaignPage';
import * as handEdits from './handEdits';
import * as identity from './identity';
import * as importPage from './importPage';
import * as language from './language';
import * as lifecycle from './lifecycle';
import * as mailCampaign from './mailCampaign';
import * as mailPage from './mailCampaignPage';
import * as mailStatus from './mailCampaignStatus';
import * as myDay from './myDay';
import * as myDayOutcome from './myDayOutcome';
import * as pageCalls from './pageCalls';
import * as pages from './pages';
import * as peopleChoices from './peopleChoices';
import * as records from './records';
import * as relationshipPlan from './relationshipPlan';
import * as reports from './reports';
import * as schemes from './schemes';
import * as schemesApply from './schemesApply';
import * as schemesSave from './schemesSave';
import * as schemesUpdate from './schemesUpdate';
import * as selfCheck from './selfCheck';
import * as settings from './settings';
import * as setup from './setup';
import * as tableImport from './tableImport';

export * from './formCommands';
export * from './reportCommands';

// Simple triggers: Sheets runs them for whoever is at the spreadsheet, and they must never fail.
export const onOpen = simpleTrigger(lifecycle.onOpen);
export const onInstall = simpleTrigger(lifecycle.onInstall);
export const onEdit = simpleTrigger(handEdits.onEdit);

// Anyone who can open the spreadsheet may read it, and choose their language.
export const getPageContext = pageEntry('anyone', pageCalls.pageContextAnswer);
export const getRecord = pageEntry('anyone', records.getRecord);
export const listClients = pageEntry('anyone', clientChoices.clientChoices);
export const listPeople = pageEntry('anyone', peopleChoices.peopleChoicesAnswer);
export const getClientCard = pageEntry('anyone', pageCalls.clientCardAnswer);
export const getRelationshipPlan = pageEntry('anyone', pageCalls.relationshipPlanAnswer);
export const getAnalysisSettings = pageEntry('anyone', pageCalls.analysisSettingsAnswer);
export const getSchemes = pageEntry('anyone', schemes.getSchemes);
export const showClientCard = menuEntry('anyone', clientCard.showClientCard);
export const showAbout = menuEntry('anyone', pages.showAbout);
export const useEnglish = menuEntry('anyone', language.useEnglish);
export const useFilipino = menuEntry('anyone', language.useFilipino);
export const tellSukiWhoYouAre = menuEntry('anyone', identity.tellSukiWhoYouAre);

// Members of the team work on what is theirs (record rights: src/server/workAccess.ts).
export const saveRecord = pageEntry('member', records.saveRecord);
export const updateRecord = pageEntry('member', records.updateRecord);
// My day: the person's contacts of the day, and logging their outcomes.
export const showMyDay = menuEntry('member', myDay.showMyDay);
export const getMyDay = pageEntry('member', myDay.getMyDay);
export const logContactOutcome = pageEntry('member', myDayOutcome.logContactOutcome);
export const archiveRecord = pageEntry('member', archive.archiveRecord);
export const archiveSelectedRow = menuEntry('member', archive.archiveSelectedRow);
export const editSelectedRow = menuEntry('member', pages.editSelectedRow);
// The client card's "Open the relationship plan" (the menu's "Relationship plan…" is showPlanForm).
export const showRelationshipPlan = pageEntry('member', relationshipPlan.showRelationshipPlan);
export const showImport = menuEntry('member', importPage.showImport);
export const listImportSources = pageEntry('member', importPage.listImportSources);
export const previewImport = pageEntry('member', tableImport.previewImport);
export const runImport = pageEntry('member', tableImport.runImport);
export const undoImport = pageEntry('member', importPage.undoImport);
export const refreshDashboard = menuEntry('member', reports.refreshDashboard);
export const checkThisSpreadsheet = menuEntry('member', selfCheck.checkThisSpreadsheet);
// Interaction schemes: the sidebar, saving one, applying it to clients, the offer after an edit, stopping.
export const showSchemes = menuEntry('member', schemes.showSchemes);
export const showSchemesForClient = pageEntry('member', schemes.showSchemesForClient);
export const saveScheme = pageEntry('member', schemesSave.saveScheme);
export const previewApplyScheme = pageEntry('member', schemesApply.previewApplyScheme);
export const applyScheme = pageEntry('member', schemesApply.applyScheme);
export const previewSchemeUpdate = pageEntry('member', schemesUpdate.previewSchemeUpdate);
export const applySchemeUpdate = pageEntry('member', schemesUpdate.applySchemeUpdate);
export const stopScheme = pageEntry('member', schemesUpdate.stopScheme);

// E-mail campaigns: a member sends their own campaigns to their own clients' people (mailCampaign.ts).
export const showCampaignMail = menuEntry('member', mailPage.showCampaignMail);
export const getCampaignMailPage = pageEntry('member', mailPage.getCampaignMailPage);
export const previewCampaignMail = pageEntry('member', mailCampaign.previewCampaignMail);
export const sendTestMail = pageEntry('member', mailCampaign.sendTestMail);
export const startCampaignMail = pageEntry('member', mailCampaign.startCampaignMail);
export const getCampaignMailStatus = pageEntry('member', mailStatus.getCampaignMailStatus);
export const continueCampaignMail = pageEntry('member', mailStatus.continueCampaignMail);
export const cancelCampaignMail = pageEntry('member', mailStatus.cancelCampaignMail);
export const resolveCampaignMail = pageEntry('member', mailStatus.resolveCampaignMail);

// Presentations, shows, exhibitions and fax campaigns: a member invites and marks their own clients' people.
export const showEventCampaign = menuEntry('member', eventPage.showEventCampaign);
export const getEventCampaign = pageEntry('member', eventPage.getEventCampaign);
export const inviteToCampaign = pageEntry('member', eventCampaign.inviteToCampaign);
export const markAttendance = pageEntry('member', eventAttendance.markAttendance);
export const addLeadFromEvent = pageEntry('member', eventLead.addLeadFromEvent);
export const showFaxInvitations = pageEntry('member', eventFax.showFaxInvitations);
export const sendFaxInvitations = pageEntry('member', eventFax.sendFaxInvitations);

// A head's alone: the team, the workbook-wide settings, the daily refresh.
export const showDismissal = menuEntry('head', dismissal.showDismissal);
export const getDismissalChoices = pageEntry('head', dismissal.getDismissalChoices);
export const dismissMember = pageEntry('head', dismissal.dismissMember);
export const showAnalysisSettings = menuEntry('head', settings.showAnalysisSettings);
// Only a head renames the workbook's sheets into another language.
export const chooseWorkbookLanguage = menuEntry('head', language.chooseWorkbookLanguage);
export const saveAnalysisSettings = pageEntry('head', settings.saveAnalysisSettings);
export const enableDailyDashboard = menuEntry('head', reports.enableDailyDashboard);
export const disableDailyDashboard = menuEntry('head', reports.disableDailyDashboard);
export const enableDailyDigest = menuEntry('head', digestMenu.enableDailyDigest);
export const disableDailyDigest = menuEntry('head', digestMenu.disableDailyDigest);
export const setUpWorkbook = menuEntry('setUp', setup.setUpWorkbook);

// The daily work (the dashboard, the digest) runs as the head who turned it on, while they still are one.
export const refreshDashboardOnOpen = triggerEntry(
  'head',
  dailyWork.dailyWorkOnOpen,
  dailyWork.retireDailyWork,
);
