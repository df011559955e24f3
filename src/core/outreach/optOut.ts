/**
 * Whether a person record says "do not mail me": the one reading of the People table's opt-out,
 * for e-mail, fax and event invitations alike. Set-up's dropdown stores the key `no` or `yes`, but
 * a row the table grew into has no dropdown, and a person may type "Yes", "Oo", "x" or "TRUE"
 * there. When in doubt the person is not contacted: only a blank cell or a "no" (the key, or its
 * label in any language, case-blind) leaves them on the list.
 */
import { allTranslations } from '../i18n/translate';

const fold = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).trim().toLowerCase();

/** The values that mean "not opted out": blank, the key `no` and its label in every language. */
const NOT_OPTED_OUT: ReadonlySet<string> = new Set([
  '',
  'no',
  ...allTranslations('choice.yesNo.no').map(fold),
]);

/** Whether the opt-out cell's value `value` (a person's `optedOut`) keeps them from being contacted. */
export function isOptedOut(value: unknown): boolean {
  return !NOT_OPTED_OUT.has(fold(value));
}
