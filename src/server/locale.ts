import { type Locale, resolveLocale, type Translator, translatorFor } from '../core/i18n/translate';
import { accountLocale } from '../gas/identity';
import { readLocaleOverride } from '../gas/userSettings';
import { readWorkbookLanguage } from '../gas/workbookLanguage';

/**
 * The language to speak to the person running Suki: their choice in Suki's menu, else their Google
 * account's language. `withSettings: false` skips the stored choice, for AuthMode.NONE where
 * properties cannot be read.
 */
export function currentLocale(withSettings = true): Locale {
  if (withSettings) {
    const chosen = readLocaleOverride();
    if (chosen) return chosen;
  }
  return resolveLocale(accountLocale());
}

/** A translator in the current person's language. */
export function currentTranslator(withSettings = true): Translator {
  return translatorFor(currentLocale(withSettings));
}

/**
 * A translator in the workbook's language, for what the sheets themselves say (report sheets and
 * the dashboard); the person's own language while set-up has settled none.
 */
export function workbookTranslator(): Translator {
  return translatorFor(readWorkbookLanguage().language ?? currentLocale());
}
