/**
 * The e-mail of the person running Suki, or '' when Google hides it (consumer accounts across
 * domains, simple triggers). Callers must not grant any right on ''.
 */
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail() ?? '';
}

/**
 * The e-mail of the user the script runs as: in an installable trigger, the person who created it
 * (the head who turned the daily refresh on), whoever caused the event. '' when Google hides it.
 */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail() ?? '';
}

/** The language code of the person's Google account, e.g. `en` or `fil`. */
export function accountLocale(): string {
  return Session.getActiveUserLocale() ?? '';
}
