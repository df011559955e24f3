import type { Locale } from '../core/i18n/translate';
import { translatorFor } from '../core/i18n/translate';
import { toast } from '../gas/ui';
import { writeLocaleOverride } from '../gas/userSettings';
import { showMenu } from './lifecycle';

function useLanguage(locale: Locale, languageName: string): void {
  writeLocaleOverride(locale);
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
