import type { Locale } from '../core/i18n/translate';
import type { TableRecord } from '../core/tables/tableSpec';
import { TEXT_WRITE_MODE_PROPERTY, type TextWriteMode, textWriteModeOf } from '../core/tables/textWriteMode';
import { WORKBOOK_LANGUAGE_PROPERTY, workbookLanguageOf } from '../core/tables/workbookLanguage';
import {
  idCounterProperty,
  JOURNAL_PROPERTY,
  type JournalOp,
  journalProperties,
  readJournal,
} from '../core/tables/writeJournal';
import { UserFacingError } from '../core/userError';

/** How cells are written in this workbook: text mode, and the language of choice captions (null: keys). */
export interface CellEncoding {
  readonly textMode: TextWriteMode;
  readonly captions: Locale | null;
}

/**
 * What one locked action knows while it writes: the document properties read once when it took the
 * lock (ID counters, how text is written here), and the undo journal of its writes so far. Every
 * write of the table store notes itself here first; see core/tables/writeJournal.ts for why.
 */
export class WriteSession {
  private readonly ops: JournalOp[] = [];
  private journalWritten = false;
  /** The leftover journal was undone whole, so the commit may delete it. */
  private leftoverUndone = false;
  /** Inside withoutJournal: writes are not journalled (an undo, or writes that must stand). */
  private unjournalled = 0;

  private constructor(
    private readonly properties: GoogleAppsScript.Properties.Properties,
    private readonly known: Record<string, string>,
    /** False for writes that must stand even when cut off (the record of a person's hand edit). */
    private readonly journalling: boolean,
  ) {}

  /** Opens a session: one read of every document property. */
  static open(journalling = true): WriteSession {
    const properties = PropertiesService.getDocumentProperties();
    return new WriteSession(properties, { ...properties.getProperties() }, journalling);
  }

  /**
   * How text must be written in this spreadsheet (the self-check may have found plain text unsafe).
   * When the self-check found no safe way at all, every write is refused with a plain message.
   */
  get textMode(): TextWriteMode {
    const mode = textWriteModeOf(this.known[TEXT_WRITE_MODE_PROPERTY]);
    if (mode === null) throw new UserFacingError('error.textUnsafe');
    return mode;
  }

  /**
   * How this action writes cells: the text mode, and choices as captions in the workbook's language
   * (as stored when the lock was taken; stable keys while set-up has settled none).
   */
  get cellEncoding(): CellEncoding {
    return { textMode: this.textMode, captions: workbookLanguageOf(this.known[WORKBOOK_LANGUAGE_PROPERTY]) };
  }

  /**
   * A document property as it stood when the lock was taken (read with all the others, no call),
   * or as this session stored it since (storeProperty).
   */
  propertyAtLock(key: string): string | undefined {
    return this.known[key];
  }

  /**
   * Stores (or, with null, deletes) a document property outside the journal, in one call, and
   * keeps what propertyAtLock answers in step: for what Suki remembers rather than writes, such
   * as which sheet is a table's and where its columns are (an undo leaves it, a later read checks it).
   */
  storeProperty(key: string, value: string | null): void {
    if (value === null) {
      this.properties.deleteProperty(key);
      delete this.known[key];
    } else {
      this.properties.setProperty(key, value);
      this.known[key] = value;
    }
  }

  /**
   * The journal an earlier execution left behind (it was cut off before committing), if any. A
   * session that does not journal (a hand edit's) leaves it for the next action that does: the
   * undo must not run over the very edit that fired the trigger.
   */
  leftoverJournal(): JournalOp[] | null {
    return this.journalling ? readJournal(this.known) : null;
  }

  /** Marks the leftover journal as undone whole (only then does the commit delete it). */
  markLeftoverUndone(): void {
    this.leftoverUndone = true;
  }

  /** The highest ID number ever handed out in `tableKey`, or null when no counter is kept yet. */
  highestIssued(tableKey: string): number | null {
    const raw = this.known[idCounterProperty(tableKey)];
    const number = raw === undefined ? Number.NaN : Number(raw);
    return Number.isSafeInteger(number) && number >= 0 ? number : null;
  }

  /** Notes rows about to be appended, and moves the table's ID counter past them, in one call. */
  noteAppend(op: Extract<JournalOp, { kind: 'append' }>): void {
    this.noteWrites([op]);
  }

  /** Notes a record's fields as they are before an update overwrites them, and what it writes. */
  noteUpdate(table: string, id: string, before: TableRecord, after: TableRecord): void {
    this.noteWrites([updateOp(table, id, before, after)]);
  }

  /**
   * Notes several writes about to be made (a record and its audit entry), with the ID counters of
   * their appends, in one property write, before any of them is made: the journal then covers each
   * write before it happens, as one note per write would, and an undo of a write that never
   * happened finds nothing to undo.
   */
  noteWrites(ops: readonly JournalOp[]): void {
    const counters: Record<string, string> = {};
    for (const op of ops) {
      if (op.kind !== 'append') continue;
      const key = idCounterProperty(op.table);
      const known = Number(counters[key] ?? Number.NaN);
      const before = Number.isNaN(known) ? (this.highestIssued(op.table) ?? 0) : known;
      counters[key] = String(Math.max(op.to, before));
    }
    this.note(ops, counters);
  }

  /**
   * Runs `work` without journalling its writes: an undo (which must not undo itself), or writes
   * that must stand even if the action fails later (a report's derived columns and the audit entry
   * saying they were recomputed). ID counters still move.
   */
  withoutJournal<T>(work: () => T): T {
    this.unjournalled += 1;
    try {
      return work();
    } finally {
      this.unjournalled -= 1;
    }
  }

  /** The ops journalled so far, newest last. */
  journalled(): readonly JournalOp[] {
    return this.ops;
  }

  /**
   * Commits: the journal is deleted (one call), so no later execution undoes these writes. Call
   * only after the writes are flushed. Also used to drop a leftover journal once it was undone.
   */
  commit(): void {
    // A session that does not journal leaves an earlier execution's journal for one that does.
    if (!this.journalling) return;
    // A leftover journal that was not undone whole stays for the next execution to undo.
    if (!this.journalWritten && !this.leftoverUndone) return;
    this.properties.deleteProperty(JOURNAL_PROPERTY);
    delete this.known[JOURNAL_PROPERTY];
    this.journalWritten = false;
    this.leftoverUndone = false;
    this.ops.length = 0;
  }

  private note(ops: readonly JournalOp[], extra: Record<string, string>): void {
    if (!this.journalling || this.unjournalled > 0) {
      // Nothing to undo later, but the ID counter still moves so no ID is handed out twice.
      if (Object.keys(extra).length > 0) {
        this.properties.setProperties(extra);
        Object.assign(this.known, extra);
      }
      return;
    }
    this.ops.push(...ops);
    const journal = journalProperties(this.ops);
    if (!journal) {
      this.ops.length -= ops.length;
      throw new UserFacingError('error.actionTooLarge');
    }
    const update = { ...journal, ...extra };
    this.properties.setProperties(update);
    Object.assign(this.known, update);
    this.journalWritten = true;
  }
}

/** The journal's note of an update: `before` the fields as they were, `after` what is written. */
function updateOp(table: string, id: string, before: TableRecord, after: TableRecord): JournalOp {
  return { kind: 'update', table, id, before, after };
}

let current: WriteSession | null = null;
/** Counts every taking and letting go of the lock: what was read under one count holds for it alone. */
let lockEpoch = 0;

/** The session of the locked action now running; writing outside withDocumentLock is a bug. */
export function currentWriteSession(): WriteSession {
  if (!current) throw new Error('Suki writes only while holding the document lock (withDocumentLock).');
  return current;
}

/** Makes `session` the current one (withDocumentLock does this; null when the lock is let go). */
export function setCurrentWriteSession(session: WriteSession | null): void {
  current = session;
  lockEpoch += 1;
}

/**
 * Which stretch of the execution this is: it changes whenever the lock is taken or let go, so what
 * was found before the lock (another execution may have written meanwhile) is found again inside it,
 * and what was found inside it is not trusted after.
 */
export function currentLockEpoch(): number {
  return lockEpoch;
}

/** The session of the locked action now running, or null outside withDocumentLock. */
export function writeSessionIfLocked(): WriteSession | null {
  return current;
}

/** Runs `work` inside the current locked action without journalling its writes (see withoutJournal). */
export function withoutJournal<T>(work: () => T): T {
  return currentWriteSession().withoutJournal(work);
}
