/**
 * The acting-user switch: the server's entries as they are, with whoever is acting now selected;
 * choosing one acts as that person ("Other e-mail…" asks for the address first).
 */
import type { ActingRequest, WorkbookView } from '../server/viewTypes';
import { postJson } from './api';
import { el } from './dom';
import { showToast } from './frames';

/** The acting-user switch, the server's entries as they are, with whoever is acting now selected. */
export function renderUser(select: HTMLSelectElement, workbook: WorkbookView): void {
  const options = workbook.acting.choices.map((choice) =>
    el('option', { text: choice.label, attrs: { value: choice.value } }),
  );
  select.replaceChildren(...options);
  select.value = workbook.acting.current;
}

/** What the switch needs from the page. */
interface SwitchHooks {
  workbook: () => WorkbookView | null;
  refresh: () => Promise<void>;
  reportError: (error: unknown) => void;
}

/** Acts as whoever is chosen in `select`. */
export function watchActingUser(select: HTMLSelectElement, hooks: SwitchHooks): void {
  select.addEventListener('change', () => {
    const workbook = hooks.workbook();
    const choice = workbook?.acting.choices.find((entry) => entry.value === select.value);
    let request: ActingRequest | undefined = choice?.request;
    if (choice && !request) {
      const email = window.prompt('Act as which e-mail address?')?.trim() ?? '';
      if (email) request = { email };
    }
    if (!request) {
      // A cancelled or empty prompt: the switch goes back to whoever is acting.
      if (workbook) renderUser(select, workbook);
      return;
    }
    void postJson<{ user: string }>('/api/user', request)
      .then((reply) => {
        const who = reply.user ? reply.user : 'someone whose e-mail Google hides';
        showToast('Acting user', `Now acting as ${who}.`);
        return hooks.refresh();
      })
      .catch((error: unknown) => {
        hooks.reportError(error);
        const latest = hooks.workbook();
        if (latest) renderUser(select, latest);
      });
  });
}
