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

const MEMBER_LOCALE_PREFIX = 'suki.memberLocale.';

/**
 * Keeps a member's language choice where the daily digest, run as another person, can read it
 * (document properties, keyed by e-mail): a language is nothing private, and the digest should
 * reach each person in the language they chose.
 */
export function writeMemberLocale(email: string, locale: Locale): void {
  if (email === '') return;
  PropertiesService.getDocumentProperties().setProperty(`${MEMBER_LOCALE_PREFIX}${email}`, locale);
}

/** Every member's language choice, by e-mail (one properties read). */
export function readMemberLocales(): Map<string, Locale> {
  const chosen = new Map<string, Locale>();
  const all = PropertiesService.getDocumentProperties().getProperties();
  for (const key of Object.keys(all)) {
    const value = all[key];
    if (key.indexOf(MEMBER_LOCALE_PREFIX) === 0 && isLocale(value))
      chosen.set(key.slice(MEMBER_LOCALE_PREFIX.length), value);
  }
  return chosen;
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
