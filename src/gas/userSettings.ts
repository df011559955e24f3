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

const DECLARED_EMAIL_PROPERTY = 'suki.declaredEmail';

/**
 * The e-mail a person gave Suki because Google hides theirs (user properties: private to them, and
 * in an installable trigger the creator's). '' when they gave none.
 */
export function readDeclaredEmail(): string {
  return PropertiesService.getUserProperties().getProperty(DECLARED_EMAIL_PROPERTY) ?? '';
}

/** Keeps the e-mail a person gave for themselves. */
export function writeDeclaredEmail(email: string): void {
  PropertiesService.getUserProperties().setProperty(DECLARED_EMAIL_PROPERTY, email);
}
