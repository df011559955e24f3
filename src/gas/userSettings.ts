import { isLocale, type Locale } from '../core/i18n/translate';

const LOCALE_PROPERTY = 'suki.locale';

/** The language a person chose in Suki's menu, if any (user properties: private to them). */
export function readLocaleOverride(): Locale | null {
  const value = PropertiesService.getUserProperties().getProperty(LOCALE_PROPERTY);
  return isLocale(value) ? value : null;
}

/** Stores the person's language choice. */
export function writeLocaleOverride(locale: Locale): void {
  PropertiesService.getUserProperties().setProperty(LOCALE_PROPERTY, locale);
}
