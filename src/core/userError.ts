import type { MessageKey } from './i18n/en';
import type { MessageParams, Translator } from './i18n/translate';

/**
 * An error meant for the person at the keyboard: it carries a catalog key, so the server can say it
 * in their language, instead of a developer's message.
 */
export class UserFacingError extends Error {
  constructor(
    readonly key: MessageKey,
    /** Fixed values, or a function of the translator when a value is itself a label (a table's name). */
    readonly params: MessageParams | ((t: Translator) => MessageParams) = {},
  ) {
    super(key);
    this.name = 'UserFacingError';
  }

  /** The message in the language of `t`. */
  describe(t: Translator): string {
    return t(this.key, typeof this.params === 'function' ? this.params(t) : this.params);
  }
}

/** Whether `error` says a table's sheet is not there (before set-up, or after someone deleted it). */
export function isTableMissingError(error: unknown): boolean {
  return error instanceof UserFacingError && error.key === 'error.tableMissing';
}
