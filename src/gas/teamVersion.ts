/**
 * A mark that changes whenever the team or its absences change, so a call that learnt its caller's
 * role before waiting for the document lock can tell, once it holds the lock, whether that role may
 * have changed meanwhile (a dismissal, a demotion, an absence cut short) and learn it again. Read
 * for free inside the lock: the write session reads every document property at once.
 */
import { writeSessionIfLocked } from './writeSession';

const TEAM_VERSION_PROPERTY = 'suki.teamVersion';

/** The mark now ('' before the team ever changed). */
export function readTeamVersion(): string {
  const session = writeSessionIfLocked();
  if (session) return session.propertyAtLock(TEAM_VERSION_PROPERTY) ?? '';
  return PropertiesService.getDocumentProperties().getProperty(TEAM_VERSION_PROPERTY) ?? '';
}

/** The mark as it stood when this call took the lock, or null outside the lock. */
export function teamVersionAtLock(): string | null {
  const session = writeSessionIfLocked();
  return session ? (session.propertyAtLock(TEAM_VERSION_PROPERTY) ?? '') : null;
}

/** Marks the team as changed (after a write to the Team or Absences table). */
export function markTeamChanged(): void {
  PropertiesService.getDocumentProperties().setProperty(
    TEAM_VERSION_PROPERTY,
    `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
  );
}
