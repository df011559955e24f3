/**
 * Where a campaign's sending keeps its run (core/outreach/mailProgress.ts): one document property
 * per campaign, written at once and never rolled back by the write journal, so what it says about
 * the messages already sent survives an execution that is cut off.
 *
 * No trigger resumes a send that stopped early: an add-on's time-driven trigger has no active
 * spreadsheet (opening the file by ID needs the full `spreadsheets` scope, which Suki does not ask
 * for). The sender's next run does it, when they open the E-mail campaign page again.
 */
const RUN_PREFIX = 'suki.mail.run.';
const CANCEL_PREFIX = 'suki.mail.cancel.';

function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The stored run of a campaign's sending, as text, or null. */
export function readMailRunText(campaignId: string): string | null {
  return documentProperties().getProperty(RUN_PREFIX + campaignId);
}

/**
 * Every campaign's stored run, as text by campaign ID, from one read of the document properties
 * (a page listing the campaigns costs the same calls however many there are).
 */
export function readAllMailRunTexts(): Map<string, string> {
  const runs = new Map<string, string>();
  const all = documentProperties().getProperties();
  for (const key of Object.keys(all)) {
    if (key.startsWith(RUN_PREFIX)) runs.set(key.slice(RUN_PREFIX.length), all[key] ?? '');
  }
  return runs;
}

/** Stores the run of a campaign's sending. */
export function writeMailRunText(campaignId: string, text: string): void {
  documentProperties().setProperty(RUN_PREFIX + campaignId, text);
}

/**
 * A writer of runs for one execution's sending, holding the document properties it writes to, so
 * each note of a run costs one call (it is made before every message).
 */
export function mailRunWriter(): (campaignId: string, text: string) => void {
  const properties = documentProperties();
  return (campaignId, text) => {
    properties.setProperty(RUN_PREFIX + campaignId, text);
  };
}

/** Whether someone asked to stop the campaign's run `runId`. */
export function cancelAsked(campaignId: string, runId: string): boolean {
  return documentProperties().getProperty(CANCEL_PREFIX + campaignId) === runId;
}

/** Asks the sending of run `runId` to stop before its next block. */
export function askToCancel(campaignId: string, runId: string): void {
  documentProperties().setProperty(CANCEL_PREFIX + campaignId, runId);
}
