import type { PageResult } from './pageResult';
import type { DuplicateMatch } from './tables/duplicates';

export type { FieldMessage } from './pageResult';

/** The record a save wrote: its ID and the row it is in now. */
interface SavedRecord {
  readonly id: string;
  readonly row: number;
}

/** What a refused save may say beside its message. */
interface SaveRefusalDetail {
  /** Set when the only objection is a possible duplicate: the person may save anyway. */
  readonly duplicates?: readonly DuplicateMatch[];
}

/** What a save returns to the sidebar: the new or changed record's ID, or why nothing was written. */
export type SaveResult = PageResult<SavedRecord, SaveRefusalDetail>;
