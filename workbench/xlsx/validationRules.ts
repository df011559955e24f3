/** Dropdown lists between Sheets' rule values and xlsx's list formula (`"a,b,c"`). */

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The xlsx formula of a literal list, or null when xlsx cannot carry it (a comma inside an item). */
export function listFormula(items: unknown): string | null {
  if (!Array.isArray(items) || items.length === 0) return null;
  const texts = items.map((item) => String(item));
  if (texts.some((text) => text.includes(','))) return null;
  const joined = texts.join(',').replace(/"/g, '""');
  // Excel refuses list formulas longer than 255 characters.
  return joined.length <= 255 ? `"${joined}"` : null;
}

/** The items of an xlsx literal list formula (`"a,b"`), or null for a range reference or anything else. */
export function listItems(formula: unknown): string[] | null {
  if (typeof formula !== 'string') return null;
  const match = /^"(.*)"$/s.exec(formula.trim());
  if (!match) return null;
  return (match[1] ?? '').replace(/""/g, '"').split(',');
}
