/**
 * How the client picker matches what a person types to a client, the same in the page (searching
 * the clients it was sent) and on the server (searching the sheet when there are too many to send).
 */
import { normalizeName } from './duplicates';

/** A client's text the picker matches against: its ID in lower case, then its normalised name. */
export function clientSearchKey(id: string, name: string): string {
  return `${id.toLowerCase()} ${normalizeName(name)}`;
}

/** What a person typed, ready to match many keys: the ID they may be typing, the words of a name. */
interface ClientQuery {
  readonly idStart: string;
  readonly words: readonly string[];
}

/** `typed` as a ClientQuery. */
export function clientQuery(typed: string): ClientQuery {
  return { idStart: typed.trim().toLowerCase(), words: normalizeName(typed).split(' ').filter(Boolean) };
}

/** Whether a client's key (clientSearchKey) matches: its ID starts with the text, or its name holds every word. */
export function matchesClientQuery(key: string, query: ClientQuery): boolean {
  return (
    (query.idStart !== '' && key.startsWith(query.idStart)) ||
    (query.words.length > 0 && query.words.every((word) => key.includes(word)))
  );
}

/** The word a server search looks for first: the longest (the fewest rows hold it); null for none. */
export function longestWord(query: ClientQuery): string | null {
  return query.words.reduce<string | null>(
    (long, word) => (long && long.length >= word.length ? long : word),
    null,
  );
}

/** A name search looks for at most this many words (its pattern lists every order of them). */
const NAME_SEARCH_WORDS = 3;

/** Every order of `words`. */
function ordersOf(words: readonly string[]): string[][] {
  if (words.length <= 1) return [[...words]];
  return words.flatMap((word, i) => ordersOf(words.filter((_, j) => j !== i)).map((rest) => [word, ...rest]));
}

/**
 * A pattern (RE2; search it case-blind, accents ignored) for the names holding the query's longest
 * words in any order, each as part of a word: every name the query matches, but for one whose match
 * needs a word found only in its ID (the ID search finds those by the longest word). Null without words.
 */
export function nameSearchPattern(query: ClientQuery): string | null {
  const words = [...new Set(query.words)].sort((a, b) => b.length - a.length).slice(0, NAME_SEARCH_WORDS);
  if (words.length === 0) return null;
  // Words are letters and digits only (normalizeName): nothing to escape.
  return ordersOf(words)
    .map((order) => order.join('.*'))
    .join('|');
}
