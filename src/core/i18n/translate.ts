import { en, type MessageKey } from './en';
import { fil } from './fil';

/** The languages Suki speaks. */
export type Locale = 'en' | 'fil';

export const LOCALES: readonly Locale[] = ['en', 'fil'];

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, fil };

/** Values that may fill a message's `{placeholder}`s. */
export type MessageParams = Readonly<Record<string, string | number>>;

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

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Every translation of `key`, one per language; used to recognise headers typed in any language. */
export function allTranslations(key: MessageKey): string[] {
  return LOCALES.map((locale) => catalogs[locale][key]);
}

/** A translator bound to one language. */
export type Translator = (key: MessageKey, params?: MessageParams) => string;

/** Binds `translate` to a language. */
export function translatorFor(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}
