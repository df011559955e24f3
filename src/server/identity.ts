import { fieldEntry } from '../core/tables/auditEntries';
import { isEmailAddress } from '../core/validation/columnSchema';
import { activeStore } from '../gas/activeDocument';
import { appendAudit } from '../gas/auditLog';
import { withDocumentLock } from '../gas/documentLock';
import { activeUserEmail } from '../gas/identity';
import { alertMessage, askForText, toast } from '../gas/ui';
import { readDeclaredEmail, writeDeclaredEmail } from '../gas/userSettings';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/**
 * Menu (Help): a person whose e-mail Google hides says who they are. Kept in their own user
 * properties; the declaration, and every action of theirs after it, is marked "unverified" in the
 * audit log, and such an identity is never given a head's rights. Saying it again (a typo) is
 * audited the same way, with the e-mail it replaces.
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
    const email = typed.toLowerCase();
    const previous = readDeclaredEmail();
    // On the record before it takes effect: a person who says they are someone else is seen doing so.
    withDocumentLock(() => {
      const stamp = { at: new Date().toISOString(), by: email, as: 'unverified' };
      const change = { before: previous || null, after: email };
      appendAudit(activeStore(), [fieldEntry('identify', '', null, 'email', change, stamp)], stamp);
    });
    writeDeclaredEmail(email);
    toast(t('identity.saved', { email }), t('app.name'));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}
