import { isEmailAddress } from '../core/validation/columnSchema';
import { activeUserEmail } from '../gas/identity';
import { alertMessage, askForText, toast } from '../gas/ui';
import { writeDeclaredEmail } from '../gas/userSettings';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/**
 * Menu (Help): a person whose e-mail Google hides says who they are, once. Kept in their own user
 * properties; every action of theirs is then marked "unverified" in the audit log, and such an
 * identity is never given a head's rights.
 */
export function tellSukiWhoYouAre(): void {
  const t = currentTranslator();
  try {
    const known = activeUserEmail();
    if (known !== '') {
      alertMessage(t('identity.notNeeded', { email: known }));
      return;
    }
    const typed = askForText(t('identity.title'), t('identity.prompt'));
    if (typed === null) return;
    if (!isEmailAddress(typed)) {
      alertMessage(t('identity.invalid'));
      return;
    }
    writeDeclaredEmail(typed.toLowerCase());
    toast(t('identity.saved', { email: typed.toLowerCase() }), t('app.name'));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}
