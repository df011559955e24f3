/**
 * The shape of the self-check's findings: what a probe saw (or the refusal Sheets gave instead), and
 * one report line per check with its status, its problems and, when failed, what that means.
 */
import type { MessageKey } from '../i18n/en';
import type { MessageParams } from '../i18n/translate';

/** What a probe saw, or the message of the exception Sheets threw instead. */
export type Observed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

/** What a check found. `unknown` is "could not check". */
export type CheckStatus = 'passed' | 'failed' | 'unknown';
/** The checks, in the order the report lists them. */
type CheckId = 'plainText' | 'apostropheText' | 'dates' | 'metadata' | 'lock' | 'authorization' | 'scope';

/** A catalog message with its parameters, translated only when the report is written. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
  /** Parameters that are themselves catalog messages (a step's name), said in the same language. */
  readonly labels?: Readonly<Record<string, MessageKey>>;
}

/** One line of the report. */
export interface CheckOutcome {
  readonly id: CheckId;
  /** What was checked, in words a person understands. */
  readonly label: Message;
  readonly status: CheckStatus;
  /** What went wrong, one message per value or step. */
  readonly problems: readonly Message[];
  /** When failed: what this means for Suki, in plain words. */
  readonly explanation?: Message;
}

/** The problem of a probe Sheets refused, with (the start of) what Sheets said. */
export function refused(error: string): Message {
  return { key: 'selfCheck.problem.refused', params: { detail: error.slice(0, 200) } };
}

const EXPLANATIONS: Partial<Record<CheckId, MessageKey>> = {
  plainText: 'selfCheck.explain.plainText',
  apostropheText: 'selfCheck.explain.apostropheText',
  dates: 'selfCheck.explain.dates',
  metadata: 'selfCheck.explain.metadata',
  lock: 'selfCheck.explain.lock',
  authorization: 'selfCheck.explain.authorization',
  scope: 'selfCheck.explain.scope',
};

/** A report line; a failed check also gets the explanation of what its failure means for Suki. */
export function outcome(
  id: CheckId,
  label: Message,
  status: CheckStatus,
  problems: readonly Message[],
): CheckOutcome {
  const explanation = EXPLANATIONS[id];
  return status === 'failed' && explanation
    ? { id, label, status, problems, explanation: { key: explanation } }
    : { id, label, status, problems };
}
