import type { DuplicateMatch } from './tables/duplicates';

/** A field's error as the person reads it. */
export interface FieldMessage {
  readonly field: string;
  readonly message: string;
}

/** What a save returns to the sidebar: the new or changed record's ID, or why nothing was written. */
export type SaveResult =
  | { readonly ok: true; readonly id: string; readonly row: number; readonly message: string }
  | {
      readonly ok: false;
      readonly message: string;
      readonly fieldErrors: readonly FieldMessage[];
      /** Set when the only objection is a possible duplicate: the person may save anyway. */
      readonly duplicates?: readonly DuplicateMatch[];
    };
