import type { Locale } from '../core/i18n/translate';
import { translatorFor } from '../core/i18n/translate';
import { toast } from '../gas/ui';
import { writeLocaleOverride, writeMemberLocale } from '../gas/userSettings';
import { currentCaller } from './access';
import { showMenu } from './lifecycle';

function useLanguage(locale: Locale, languageName: string): void {
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
  toast(t('toast.languageSet', { language: languageName }), t('app.name'));
}

/** Menu: speak English from now on, whatever the account's language. */
export function useEnglish(): void {
  useLanguage('en', 'English');
}

/** Menu: speak Filipino from now on. */
export function useFilipino(): void {
  useLanguage('fil', 'Filipino');
}
