import type { Translator } from '../core/i18n/translate';
import { UserFacingError } from '../core/userError';

/**
 * The message a person sees for a failure: a UserFacingError in their language, anything else
 * logged in full (for Stackdriver) and summarised, so a sidebar never shows a bare stack trace.
 */
export function describeFailure(t: Translator, error: unknown): string {
  if (error instanceof UserFacingError) return error.describe(t);
  console.error(error);
  const detail = error instanceof Error ? error.message : String(error);
  return t('error.unexpected', { detail: detail.slice(0, 300) });
}
