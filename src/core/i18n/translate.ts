import { en, type MessageKey } from './en';
import { fil } from './fil';
import { fillPlaceholders, type MessageParams, type Translator } from './format';

/** The languages Suki speaks. */
export type Locale = 'en' | 'fil';

/** Every language Suki speaks. */
export const LOCALES: readonly Locale[] = ['en', 'fil'];

/** Each language by its own name, as menus and the workbook-language question show it. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', fil: 'Filipino' };

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, fil };

export type { MessageParams, Translator } from './format';

/**
 * Maps a Sheets locale (`en_US`, `fil`, `tl_PH`, `fil-PH`, …) to a Suki language. Filipino for `fil`
 * and `tl` with or without a region; English for everything else, including empty input.
 */
export function resolveLocale(raw: string | null | undefined): Locale {
  const language = (raw ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === 'fil' || language === 'tl' ? 'fil' : 'en';
}

/** True when `value` names one of Suki's languages exactly (as stored in settings). */
export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fil';
}

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled from `params`.
 * @forTests The catalog tests call it directly.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(catalogs[locale][key], params);
}

/** Every translation of `key`, one per language; used to recognise headers typed in any language. */
export function allTranslations(key: MessageKey): string[] {
  return LOCALES.map((locale) => catalogs[locale][key]);
}

/** Binds `translate` to a language. */
export function translatorFor(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}

/** Every message of one language, for a page to translate with (see translatorOver). */
export function messagesOf(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogs[locale];
}
