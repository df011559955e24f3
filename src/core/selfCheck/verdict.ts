/**
 * The in-spreadsheet self-check, the pure half: what the probes saw, the verdict on each check and
 * the text write mode that follows. Which values to probe and how each check is judged are in this
 * folder, one file per check; the report a person reads is report.ts. The probes themselves (every
 * service call) are in src/gas/selfCheck/; the menu entry point is src/server/selfCheck.ts.
 *
 * Checks, and what passes:
 * - plainText, apostropheText: text keeps exactly as written (textProbes.ts).
 * - dates: dates stay on their calendar day in the spreadsheet's time zone (dateProbes.ts).
 * - metadata: a column's tag follows it through insert, move and delete (metadataProbe.ts).
 * - lock: the document lock exists, is taken and is let go (lockCheck.ts).
 * - authorization, and scope (one per manifest scope): Suki has every grant it asks for
 *   (authorizationCheck.ts).
 * A probe Sheets refused (an exception) is "could not check", never a crash.
 */
import type { TextWriteMode } from '../tables/textWriteMode';
import { type AuthorizationReading, authorizationOutcomes, MANIFEST_SCOPES } from './authorizationCheck';
import type { CheckOutcome, Observed } from './checkOutcome';
import { type DateReading, datesOutcome } from './dateProbes';
import { type LockReading, lockOutcome } from './lockCheck';
import { type MetadataStepReading, metadataOutcome } from './metadataProbe';
import {
  type CellReading,
  decideTextWriteMode,
  type TextDecision,
  textOutcome,
  unsafeTextValues,
} from './textProbes';

/** Everything the probes saw in one run. */
export interface SelfCheckObservations {
  /** The spreadsheet's time zone ('' when it could not be read). */
  readonly timeZone: string;
  readonly plainText: Observed<readonly CellReading[]>;
  readonly apostropheText: Observed<readonly CellReading[]>;
  readonly dates: Observed<readonly DateReading[]>;
  readonly metadata: Observed<readonly MetadataStepReading[]>;
  readonly lock: Observed<LockReading>;
  readonly authorization: Observed<AuthorizationReading>;
  /** The temporary sheet and whether it was removed; null when it could not be made. */
  readonly probeSheet: { readonly name: string; readonly removed: boolean } | null;
}

/** The whole verdict. */
export interface SelfCheckVerdict {
  readonly checks: readonly CheckOutcome[];
  readonly textDecision: TextDecision;
  /** The mode that keeps text exactly here, or null when none was shown to. */
  readonly textWriteMode: TextWriteMode | null;
  /** Probe values that at least one mode did not keep, when textDecision is 'unsafe'. */
  readonly unsafeValues: readonly string[];
}

/** Judges every observation, and decides the text write mode from the two text checks. */
export function evaluateSelfCheck(
  observations: SelfCheckObservations,
  scopes: readonly string[] = MANIFEST_SCOPES,
): SelfCheckVerdict {
  const tz = observations.timeZone;
  const plain = textOutcome('plainText', 'plain', observations.plainText, tz);
  const apostrophe = textOutcome('apostropheText', 'apostrophe', observations.apostropheText, tz);
  const checks = [
    plain,
    apostrophe,
    datesOutcome(observations.dates, tz),
    metadataOutcome(observations.metadata),
    lockOutcome(observations.lock),
    ...authorizationOutcomes(observations.authorization, scopes),
  ];
  const textDecision = decideTextWriteMode(plain.status, apostrophe.status);
  const unsafeValues =
    textDecision === 'unsafe' ? unsafeTextValues(observations.plainText, observations.apostropheText) : [];
  return {
    checks,
    textDecision,
    textWriteMode: textDecision === 'plain' || textDecision === 'apostrophe' ? textDecision : null,
    unsafeValues,
  };
}
