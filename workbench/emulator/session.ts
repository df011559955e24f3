/** Session and User. The active user's e-mail may be '' (consumer accounts, some simple triggers). */
import { createHash } from 'node:crypto';
import { asGas, type EmulatorContext } from './context';

type User = GoogleAppsScript.Base.User;

/** A counted User with a fixed e-mail. */
export function userOf(ctx: EmulatorContext, email: string): User {
  const user: Pick<User, 'getEmail'> = { getEmail: () => email };
  return asGas(ctx.track(user, 'User'));
}

/** The Session service. */
export function createSession(ctx: EmulatorContext): GoogleAppsScript.Base.Session {
  const session: Omit<GoogleAppsScript.Base.Session, 'getTimeZone' | 'getUser'> = {
    getActiveUser: () => userOf(ctx, ctx.activeUser),
    getEffectiveUser: () => userOf(ctx, ctx.effectiveUser),
    getActiveUserLocale: () => ctx.locale,
    getScriptTimeZone: () => ctx.timeZone,
    // Stable per user and script, opaque, and never the e-mail itself.
    getTemporaryActiveUserKey: () =>
      createHash('sha256')
        .update(`suki-emulator:${ctx.activeUser || ctx.effectiveUser}`)
        .digest('base64url')
        .slice(0, 43),
  };
  return asGas(ctx.track(session, 'Session'));
}
