/** The self-check's probes of what Suki may do here: take the document lock, and the grants it has. */
import type { AuthorizationReading } from '../../core/selfCheck/authorizationCheck';
import { LOCK_PROBE_WAIT_MS, type LockReading } from '../../core/selfCheck/lockCheck';

/** Takes the document lock for a moment and lets it go again. */
export function probeLock(): LockReading {
  const lock = LockService.getDocumentLock();
  if (!lock) return 'noLock';
  if (!lock.tryLock(LOCK_PROBE_WAIT_MS)) return 'busy';
  lock.releaseLock();
  return lock.hasLock() ? 'stuck' : 'released';
}

/** AuthorizationInfo as Apps Script has it now: the typings lack the scope list. */
interface ScopedAuthorizationInfo {
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
  getAuthorizedScopes?: () => string[] | null;
}
interface ScopedScriptApp {
  getAuthorizationInfo(mode: GoogleAppsScript.Script.AuthMode, scopes?: string[]): ScopedAuthorizationInfo;
}

function statusOf(info: ScopedAuthorizationInfo): AuthorizationReading['status'] {
  const status = info.getAuthorizationStatus();
  if (status === ScriptApp.AuthorizationStatus.NOT_REQUIRED) return 'notRequired';
  return status === ScriptApp.AuthorizationStatus.REQUIRED ? 'required' : 'other';
}

/**
 * What Apps Script says about authorisation under AuthMode.FULL for Suki's scopes, and which of
 * them were granted: from getAuthorizedScopes where Apps Script has it, else by asking about each
 * scope on its own (getAuthorizationInfo(FULL, [scope]) is NOT_REQUIRED once it is granted).
 */
export function probeAuthorization(scopes: readonly string[]): AuthorizationReading {
  const scriptApp = ScriptApp as unknown as ScopedScriptApp;
  const full = ScriptApp.AuthMode.FULL;
  let info: ScopedAuthorizationInfo;
  try {
    info = scriptApp.getAuthorizationInfo(full, scopes.slice());
  } catch {
    // An Apps Script without the scope-list form of the call: it cannot say which were granted.
    return { status: statusOf(scriptApp.getAuthorizationInfo(full)), authorizedScopes: null };
  }
  const listed = typeof info.getAuthorizedScopes === 'function' ? info.getAuthorizedScopes() : null;
  const authorizedScopes = listed
    ? Array.prototype.slice.call(listed).map(String)
    : scopes.filter((scope) => statusOf(scriptApp.getAuthorizationInfo(full, [scope])) === 'notRequired');
  return { status: statusOf(info), authorizedScopes };
}
