/**
 * The e-mail of the person running Suki, or '' when Google hides it (consumer accounts across
 * domains, simple triggers). Callers must not grant any right on ''.
 */
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail() ?? '';
}

/** The language code of the person's Google account, e.g. `en` or `fil`. */
export function accountLocale(): string {
  return Session.getActiveUserLocale() ?? '';
}
