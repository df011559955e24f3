/**
 * Where fault-injection tests fail an action: at every one of its service calls when it makes few;
 * for long actions (set-up makes some 1,700 calls, a dismissal several hundred on a full workbook)
 * failing at each of them in a fresh workbook takes minutes, so there the failures go where state can
 * be left half-made: at every call that changes the spreadsheet (a cut-off at any read between two
 * changes leaves what a cut-off at the next change leaves), at each of the first calls, and at every
 * READ_STRIDE-th read besides, shifted by `shift`, for reads that fail once and are caught.
 */

/** Up to this many calls, an action is failed at every one of them. */
const EVERY_CALL_UP_TO = 400;
const FIRST_CALLS = 50;
const READ_STRIDE = 8;
const CHANGES =
  /\.(set|insert|add|delete|remove|clear|protect|append|copy|move|hide|show|auto|flush|put|sort|create(?!DeveloperMetadataFinder|TextFinder))/;

/** The 1-based call numbers at which to fail an action whose calls, in order, are `kinds`. */
export function faultPoints(kinds: readonly string[], shift = 0): number[] {
  if (kinds.length <= EVERY_CALL_UP_TO) return kinds.map((_, i) => i + 1);
  return kinds
    .map((kind, i) => ({ kind, n: i + 1 }))
    .filter(
      ({ kind, n }) => n <= FIRST_CALLS || CHANGES.test(kind) || n % READ_STRIDE === shift % READ_STRIDE,
    )
    .map(({ n }) => n);
}
