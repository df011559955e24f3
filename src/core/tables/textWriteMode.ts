/**
 * How Suki writes text into a cell so that it is stored exactly as typed.
 *
 * - `plain`: the cells are given the plain-text number format (`@`) in the same write and the text
 *   goes in unchanged. Documented behaviour: a plain-text cell does no input parsing, so `=x`, `+1`,
 *   `007` or `'quoted` stay exactly as given. This is the default.
 * - `apostrophe`: the cells get the automatic format and the text goes in behind a leading
 *   apostrophe, which Sheets consumes as "this is text". Used only when the in-spreadsheet self-check
 *   found that plain-text cells do not keep text as given in this spreadsheet.
 */
export type TextWriteMode = 'plain' | 'apostrophe';

/** The document property where the self-check records the mode it found to work here. */
export const TEXT_WRITE_MODE_PROPERTY = 'suki.textWriteMode';

/** Recorded when the self-check found that neither mode keeps text exactly in this spreadsheet. */
export const TEXT_WRITE_MODE_UNSAFE = 'none';

/**
 * The mode recorded in document properties, the documented default when none was recorded, or
 * null when the self-check found no safe way: Suki then refuses to write rather than store text
 * that is not what the person typed.
 */
export function textWriteModeOf(recorded: string | null | undefined): TextWriteMode | null {
  if (recorded === TEXT_WRITE_MODE_UNSAFE) return null;
  return recorded === 'apostrophe' ? 'apostrophe' : 'plain';
}
