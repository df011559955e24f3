import { LANGUAGE_NAMES, LOCALES, type Locale, translatorFor } from '../core/i18n/translate';
import { askForNumberedChoice } from '../gas/sheetChoice';
import { toast } from '../gas/ui';
import { writeLocaleOverride, writeMemberLocale } from '../gas/userSettings';
import { readWorkbookLanguage } from '../gas/workbookLanguage';
import { currentCaller } from './access';
import { showMenu } from './lifecycle';
import { currentTranslator } from './locale';
import { runSetUp } from './setup';

function useLanguage(locale: Locale): void {
  writeLocaleOverride(locale);
  // A member's choice also reaches what runs as someone else (the daily digest).
  try {
    const caller = currentCaller();
    if (caller.role !== null && caller.source === 'google') writeMemberLocale(caller.email, locale);
  } catch {
    // Before set-up there is no team to be a member of; the person's own choice above still holds.
  }
  const t = translatorFor(locale);
  showMenu(true);
  toast(t('toast.languageSet', { language: LANGUAGE_NAMES[locale] }), t('app.name'));
}

/** Menu: speak English from now on, whatever the account's language. */
export function useEnglish(): void {
  useLanguage('en');
}

/** Menu: speak Filipino from now on. */
export function useFilipino(): void {
  useLanguage('fil');
}

/**
 * Menu (heads): the workbook's language — the names of its table sheets, their headers, the
 * dropdowns' captions and the report sheets. Asks which, then renames and relabels the tables by
 * running set-up in it (nothing a row says changes); reports follow at their next run. Each
 * person's menus and pages keep their own language.
 */
export function chooseWorkbookLanguage(): void {
  const t = currentTranslator();
  const languages = LOCALES;
  const current = readWorkbookLanguage().language;
  const choices = languages.map((locale, i) => `${i + 1}. ${LANGUAGE_NAMES[locale]}`).join('\n');
  const index = askForNumberedChoice(
    t('workbookLanguage.title'),
    t('workbookLanguage.prompt', { choices, current: current ? LANGUAGE_NAMES[current] : '—' }),
    languages.length,
  );
  const chosen = index === null ? undefined : languages[index];
  if (!chosen) return;
  // Set-up says itself why it could not run (the document busy…); only a switch made is announced.
  if (runSetUp(chosen))
    toast(t('workbookLanguage.done', { language: LANGUAGE_NAMES[chosen] }), t('app.name'));
}
