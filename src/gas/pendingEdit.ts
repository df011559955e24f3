/**
 * Hands "edit this record" from a menu action to the page it opens. The page cannot receive
 * arguments (createHtmlOutputFromFile), so the request waits in the person's own cache for a minute.
 */
const PENDING_EDIT_KEY = 'suki.pendingEdit';
const PENDING_EDIT_SECONDS = 120;

/** A record a page should open for editing. */
interface PendingEdit {
  readonly table: string;
  readonly id: string;
}

/** Leaves an edit request for the next page that opens. */
export function putPendingEdit(edit: PendingEdit): void {
  CacheService.getUserCache().put(PENDING_EDIT_KEY, JSON.stringify(edit), PENDING_EDIT_SECONDS);
}

/** Takes the edit request for `table`, if one is waiting; it is used once. */
export function takePendingEdit(table: string): PendingEdit | null {
  const cache = CacheService.getUserCache();
  const raw = cache.get(PENDING_EDIT_KEY);
  if (!raw) return null;
  const edit = JSON.parse(raw) as PendingEdit;
  if (edit.table !== table) return null;
  cache.remove(PENDING_EDIT_KEY);
  return edit;
}
