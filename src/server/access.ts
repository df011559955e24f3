/**
 * The one place every public entry point passes through (see main.ts): it learns who is calling,
 * with their role and cover today, checks what the entry point requires, and only then runs it.
 * Anyone who can open a sidebar can call any function without a trailing `_`, whatever the menu
 * shows, so the check is here and not in the pages. Record-level rights (whose clients a manager
 * may work on) are checked by the actions, with `currentCaller()`, in src/server/workAccess.ts.
 */
import { type PageResult, refused } from '../core/pageResult';
import { type AccessRefusal, type Caller, maySetUp, type Requirement, refusalFor } from '../core/team/caller';
import { capacityNote, type WorkCapacity } from '../core/team/workRights';
import { UserFacingError } from '../core/userError';
import { inExecution } from '../gas/activeDocument';
import type { WriteStamp } from '../gas/tableStore';
import { teamVersionAtLock } from '../gas/teamVersion';
import { alertMessage } from '../gas/ui';
import { identifyCaller, type RunAs, type TeamView } from './callers';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/**
 * What an entry point requires: nothing (`anyone`: menus under AuthMode.NONE, reading, language),
 * a member of the team, a head, or the right to set up (a head, or the first verified person while
 * the team has no head).
 * @forTests The entry-point test groups the exports by it.
 */
export type EntryRequirement = Requirement | 'setUp';

/** The caller of the entry point running now, learnt once per call. */
interface CallContext {
  readonly runAs: RunAs;
  /** What the entry point requires, checked again when the caller is learnt again. */
  readonly need: EntryRequirement;
  known?: { readonly caller: Caller; readonly view: TeamView };
}

let running: CallContext | null = null;
const requirements = new WeakMap<object, EntryRequirement>();

function known(context: CallContext | null, runAs: RunAs) {
  // Learnt before the lock, and the team changed while this call waited for it: learn it again.
  const versionNow = context?.known ? teamVersionAtLock() : null;
  if (context?.known && (versionNow === null || versionNow === context.known.view.version))
    return context.known;
  const relearnt = context?.known !== undefined;
  const found = identifyCaller(context?.runAs ?? runAs);
  if (context) context.known = found;
  // Still allowed? A head dismissed or demoted while their call waited is refused here, before any write.
  const refusal = relearnt && context ? refusalOf(found.caller, context.need) : null;
  if (refusal) throw new UserFacingError(refusal.key, refusal.params);
  return found;
}

/**
 * The person this call runs for, with their role and whom they cover today. Inside an entry point
 * it is read once, and again inside the document lock if the team changed since (so rights are
 * those of the moment of the write); outside one (a test calling a module directly) it is read
 * afresh each time.
 */
export function currentCaller(): Caller {
  return known(running, 'person').caller;
}

/** The team, its absences and today, as this call's caller was resolved against them. */
export function currentTeamView(): TeamView {
  return known(running, 'person').view;
}

/** The stamp of a write by this call's caller; `capacity` says in what right they work on the record. */
export function callerStamp(capacity?: WorkCapacity | null): WriteStamp {
  return inCapacity({ at: new Date().toISOString(), by: currentCaller().email }, capacity);
}

/** `stamp` saying, for the audit log, in what right the caller works on a record (see capacityNote). */
export function inCapacity(stamp: WriteStamp, capacity?: WorkCapacity | null): WriteStamp {
  return { ...stamp, as: capacityNote(currentCaller(), capacity) };
}

/** Why the caller may not meet `need`, or null. */
function refusalOf(caller: Caller, need: EntryRequirement): AccessRefusal | null {
  if (need !== 'setUp') return refusalFor(caller, need);
  if (maySetUp(caller)) return null;
  return refusalFor(caller, 'member') ?? { key: 'access.setUpHeadOnly', params: {} };
}

/** Why the caller may not run an entry: refused for their role, or the team could not be read. */
interface Refused {
  readonly message: string;
  readonly failed: boolean;
}

/** Why the caller may not run an entry requiring `need`; null when they may. */
function entryRefusal(need: EntryRequirement): Refused | null {
  if (need === 'anyone') return null;
  try {
    const refusal = refusalOf(currentCaller(), need);
    return refusal ? { message: currentTranslator()(refusal.key, refusal.params), failed: false } : null;
  } catch (error) {
    // The team could not be read (a table claimed by two sheets…): nothing is done, and the person is told.
    return { message: describeFailure(currentTranslator(), error), failed: true };
  }
}

/**
 * Runs `work` as an entry point requiring `need`; a refused caller gets `refuse(message)` instead.
 * `trigger` (installable and simple triggers): a failure of `work` is left to Apps Script to log,
 * and a team that could not be read is not a refusal (a trigger must not retire itself over a
 * passing error); pages and menus answer both with `refuse`.
 */
function enter<R>(
  need: EntryRequirement,
  runAs: RunAs,
  work: () => R,
  refuse: (message: string) => R,
  trigger = false,
): R {
  const outer = running;
  running = { runAs, need };
  return inExecution(() => {
    try {
      const refusal = entryRefusal(need);
      if (refusal && trigger && refusal.failed) throw new Error(refusal.message);
      if (refusal) return refuse(refusal.message);
      if (trigger) return work();
      try {
        return work();
      } catch (error) {
        return refuse(describeFailure(currentTranslator(), error));
      }
    } finally {
      running = outer;
    }
  });
}

function declared<F extends object>(need: EntryRequirement, fn: F): F {
  requirements.set(fn, need);
  return fn;
}

/** A function a page calls through google.script.run: a refused caller gets a PageResult refusal. */
export function pageEntry<A extends unknown[], T extends object, R extends object>(
  need: EntryRequirement,
  action: (...args: A) => PageResult<T, R>,
): (...args: A) => PageResult<T, R> {
  return declared(need, (...args: A) =>
    enter<PageResult<T, R>>(need, 'person', () => action(...args), refused),
  );
}

/** A function a menu item calls: a refused caller is told in a message box. */
export function menuEntry<A extends unknown[]>(
  need: EntryRequirement,
  action: (...args: A) => void,
): (...args: A) => void {
  return declared(need, (...args: A) =>
    enter<void>(
      need,
      'person',
      () => action(...args),
      (message) => alertMessage(message),
    ),
  );
}

/**
 * An installable trigger's function: it runs as the trigger's creator, who must still meet `need`;
 * otherwise `onRefused` runs (the trigger removes itself), and nothing else.
 */
export function triggerEntry<A extends unknown[]>(
  need: EntryRequirement,
  action: (...args: A) => void,
  onRefused: () => void,
): (...args: A) => void {
  return declared(need, (...args: A) => enter<void>(need, 'trigger', () => action(...args), onRefused, true));
}

/**
 * A simple trigger Sheets calls for whoever is at the spreadsheet (onOpen, onEdit): it may not
 * need a role (an edit by hand cannot be stopped, only recorded), so it is declared `anyone`.
 */
export function simpleTrigger<A extends unknown[]>(action: (...args: A) => void): (...args: A) => void {
  return declared('anyone', (...args: A) =>
    enter<void>(
      'anyone',
      'person',
      () => action(...args),
      () => {},
      true,
    ),
  );
}

/**
 * What an exported function requires of its caller, or undefined for a function no entry wrapper
 * declared (which the entry-point test refuses for every export of main.ts).
 * @forTests The entry-point test reads every export's requirement.
 */
export function requirementOf(fn: unknown): EntryRequirement | undefined {
  return typeof fn === 'function' ? requirements.get(fn) : undefined;
}
