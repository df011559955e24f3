/** A word list written as text: items separated by '|' or line breaks, trimmed, blanks dropped. */
export function words(text: string): string[] {
  return text
    .split(/[|\n]/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
}
