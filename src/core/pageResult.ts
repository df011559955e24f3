/** A field's error as the person reads it. */
export interface FieldMessage {
  readonly field: string;
  readonly message: string;
}

/** Why a call did nothing: the message to show, and the fields to mark (none for a general refusal). */
export interface Refusal {
  readonly ok: false;
  readonly message: string;
  readonly fieldErrors: readonly FieldMessage[];
}

/** What a call did: its data beside the message to show ('' when there is nothing to say). */
type Done<T extends object = object> = Readonly<T> & { readonly ok: true; readonly message: string };

/**
 * The one answer of every function a page calls through google.script.run: `ok: true` with the
 * call's data, or a Refusal saying why nothing was done. A page call never throws for a reason a
 * person can act on. `R` is what a refusal may carry beside it: a save's likely duplicates, the
 * import page's empty preview.
 */
export type PageResult<T extends object = object, R extends object = object> =
  | Done<T>
  | (Readonly<R> & Refusal);

/** A done answer: `data` with `ok: true` and the message. */
export function done<T extends object>(message: string, data: T): Done<T> {
  return { ...data, ok: true, message };
}

/** A refusal: nothing was done, for `message` (and the fields named in `fieldErrors`). */
export function refused(message: string, fieldErrors: readonly FieldMessage[] = []): Refusal {
  return { ok: false, message, fieldErrors };
}

/** A refusal that still carries `data` (shaped like the done answer, so a page can draw it as is). */
export function refusedWith<R extends object>(data: R, message: string): Readonly<R> & Refusal {
  return { ...data, ...refused(message) };
}
