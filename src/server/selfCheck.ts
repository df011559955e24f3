import { selfCheckReport } from '../core/selfCheck/report';
import { textWriteModeRecord } from '../core/selfCheck/textProbes';
import { evaluateSelfCheck } from '../core/selfCheck/verdict';
import { activeSpreadsheet } from '../gas/activeDocument';
import { recordTextWriteMode, showSelfCheckReport } from '../gas/selfCheck/results';
import { runSelfCheckProbes } from '../gas/selfCheck/runProbes';
import { alertMessage } from '../gas/ui';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/**
 * Menu (Suki › Help › Check this spreadsheet): probes, in this very spreadsheet, what Suki relies
 * on (text kept as typed, dates on their day, column tags that follow columns, the document lock,
 * the granted permissions), records the text write mode that keeps text exactly here, and shows
 * each check as passed, failed or could not check. Writes only into a temporary sheet, removed
 * in every case; never touches a person's sheets or Suki's tables.
 */
export function checkThisSpreadsheet(): void {
  const t = currentTranslator();
  try {
    const observations = runSelfCheckProbes(activeSpreadsheet());
    const verdict = evaluateSelfCheck(observations);
    const record = textWriteModeRecord(verdict.textDecision);
    if (record !== null) recordTextWriteMode(record);
    showSelfCheckReport(t('selfCheck.title'), selfCheckReport(verdict, t, observations.probeSheet));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}
