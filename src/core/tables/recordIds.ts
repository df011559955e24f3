/**
 * The next free ID of a table: one more than the highest `${prefix}-<number>` in use, zero-padded to
 * six digits. IDs typed by hand in another shape are left alone and never reused.
 */
export function nextRecordId(prefix: string, existingIds: readonly unknown[]): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let highest = 0;
  for (const id of existingIds) {
    const match = typeof id === 'string' ? pattern.exec(id.trim()) : null;
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${String(highest + 1).padStart(6, '0')}`;
}
