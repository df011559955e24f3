/**
 * The self-check's authorisation checks:
 * - authorization: Sheets says no further authorisation is required (AuthMode.FULL).
 * - scope (one per manifest scope): the scope is among those Sheets says were granted.
 */
import manifest from '../../../appsscript.json';
import type { MessageKey } from '../i18n/en';
import { hasOwn } from '../objects';
import { type CheckOutcome, type Message, type Observed, outcome, refused } from './checkOutcome';

/** The scopes Suki's manifest (appsscript.json) asks for. */
export const MANIFEST_SCOPES: readonly string[] = manifest.oauthScopes;

/** What ScriptApp said about authorisation. */
export interface AuthorizationReading {
  readonly status: 'required' | 'notRequired' | 'other';
  /** The granted scopes, or null when this Apps Script cannot say (no getAuthorizedScopes). */
  readonly authorizedScopes: readonly string[] | null;
}

const SCOPE_LABELS: Readonly<Record<string, MessageKey>> = {
  'https://www.googleapis.com/auth/spreadsheets.currentonly': 'selfCheck.scope.spreadsheet',
  'https://www.googleapis.com/auth/script.container.ui': 'selfCheck.scope.ui',
  'https://www.googleapis.com/auth/script.scriptapp': 'selfCheck.scope.triggers',
  'https://www.googleapis.com/auth/userinfo.email': 'selfCheck.scope.email',
  'https://www.googleapis.com/auth/script.send_mail': 'selfCheck.scope.mail',
};

/** The report's label for a scope: a sentence for the ones Suki's manifest lists, else the scope itself. */
function scopeLabel(scope: string): Message {
  const key = hasOwn(SCOPE_LABELS, scope) ? SCOPE_LABELS[scope] : undefined;
  return key ? { key, params: { scope } } : { key: 'selfCheck.scope.other', params: { scope } };
}

/** The report lines of the authorisation check and of each of `scopes` (granted or not). */
export function authorizationOutcomes(
  observed: Observed<AuthorizationReading>,
  scopes: readonly string[],
): CheckOutcome[] {
  const label: Message = { key: 'selfCheck.check.authorization' };
  if (!observed.ok) {
    return [
      outcome('authorization', label, 'unknown', [refused(observed.error)]),
      ...scopes.map((scope) => outcome('scope', scopeLabel(scope), 'unknown', [])),
    ];
  }
  const { status, authorizedScopes } = observed.value;
  const main =
    status === 'notRequired'
      ? outcome('authorization', label, 'passed', [])
      : status === 'required'
        ? outcome('authorization', label, 'failed', [{ key: 'selfCheck.problem.authRequired' }])
        : outcome('authorization', label, 'unknown', []);
  const perScope = scopes.map((scope) => {
    if (!authorizedScopes) {
      return outcome('scope', scopeLabel(scope), 'unknown', [{ key: 'selfCheck.problem.scopesUnknown' }]);
    }
    return authorizedScopes.indexOf(scope) >= 0
      ? outcome('scope', scopeLabel(scope), 'passed', [])
      : outcome('scope', scopeLabel(scope), 'failed', [{ key: 'selfCheck.problem.scopeMissing' }]);
  });
  return [main, ...perScope];
}
