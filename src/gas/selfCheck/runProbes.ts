/**
 * The self-check's probes, run together: every service call "Check this spreadsheet" makes. They
 * write into a temporary sheet of their own (never a person's sheet or a Suki table), read back what
 * Sheets kept, and hand the readings to core (src/core/selfCheck/), which judges them. The temporary
 * sheet is removed in every case; a probe Sheets refuses is reported, never thrown.
 */
import { MANIFEST_SCOPES } from '../../core/selfCheck/authorizationCheck';
import type { Observed } from '../../core/selfCheck/checkOutcome';
import type { DateReading } from '../../core/selfCheck/dateProbes';
import type { MetadataStepReading } from '../../core/selfCheck/metadataProbe';
import { type CellReading, decideTextWriteMode, textCheckStatus } from '../../core/selfCheck/textProbes';
import type { SelfCheckObservations } from '../../core/selfCheck/verdict';
import type { TextWriteMode } from '../../core/tables/textWriteMode';
import { probeAuthorization, probeLock } from './accessProbes';
import { APOSTROPHE_COLUMN, PLAIN_COLUMN, probeDateCells, probeText } from './cellProbes';
import { probeMetadata } from './metadataProbe';
import { errorText, observe } from './observe';
import { withProbeSheet } from './probeSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NOT_RUN: Observed<never> = { ok: false, error: 'not run' };

/**
 * Runs every probe of "Check this spreadsheet" in `spreadsheet`: text, dates and metadata on a
 * temporary sheet (removed afterwards in every case), then the document lock and authorisation.
 * Never throws for a refused probe: each one's reading says what happened.
 */
export function runSelfCheckProbes(spreadsheet: Spreadsheet, now: Date = new Date()): SelfCheckObservations {
  const zone = observe(() => spreadsheet.getSpreadsheetTimeZone());
  const timeZone = zone.ok ? zone.value : '';
  let plainText: Observed<readonly CellReading[]> = NOT_RUN;
  let apostropheText: Observed<readonly CellReading[]> = NOT_RUN;
  let dates: Observed<readonly DateReading[]> = zone.ok ? NOT_RUN : zone;
  let metadata: Observed<readonly MetadataStepReading[]> = NOT_RUN;
  let probeSheet: SelfCheckObservations['probeSheet'] = null;
  try {
    probeSheet = withProbeSheet(spreadsheet, now, (sheet) => {
      plainText = observe(() => probeText(sheet, PLAIN_COLUMN, 'plain'));
      apostropheText = observe(() => probeText(sheet, APOSTROPHE_COLUMN, 'apostrophe'));
      if (zone.ok) dates = observe(() => probeDateCells(sheet, timeZone, now));
      metadata = observe(() => probeMetadata(sheet));
    }).probeSheet;
  } catch (error) {
    // The probe sheet could not be made: every cell probe is "could not check", with the reason.
    const refused: Observed<never> = { ok: false, error: errorText(error) };
    console.warn('Suki self-check: the probe sheet could not be made.', error);
    plainText = refused;
    apostropheText = refused;
    dates = zone.ok ? refused : zone;
    metadata = refused;
  }
  return {
    timeZone,
    plainText,
    apostropheText,
    dates,
    metadata,
    lock: observe(probeLock),
    authorization: observe(() => probeAuthorization(MANIFEST_SCOPES)),
    probeSheet,
  };
}

/**
 * Finds, in `spreadsheet`, the text write mode that keeps text exactly as typed: 'plain' when '@'
 * cells keep the probe values, else 'apostrophe' when a leading apostrophe does; null when neither
 * was shown to (both failed, or a probe was refused). Writes only into a temporary sheet, removed
 * afterwards; records nothing (see recordTextWriteMode).
 */
export function probeTextWriteMode(spreadsheet: Spreadsheet): TextWriteMode | null {
  try {
    const { result } = withProbeSheet(spreadsheet, new Date(), (sheet) =>
      decideTextWriteMode(
        textCheckStatus(
          'plain',
          observe(() => probeText(sheet, PLAIN_COLUMN, 'plain')),
        ),
        textCheckStatus(
          'apostrophe',
          observe(() => probeText(sheet, APOSTROPHE_COLUMN, 'apostrophe')),
        ),
      ),
    );
    return result === 'plain' || result === 'apostrophe' ? result : null;
  } catch (error) {
    console.warn('Suki: the text write mode could not be probed.', error);
    return null;
  }
}
