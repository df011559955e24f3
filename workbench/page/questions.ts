/**
 * Alerts and prompts the script waits on, shown as Sheets shows them: the buttons of their ButtonSet
 * (labelled as Sheets labels them), a text field for a prompt, and × to close. The button pressed
 * (CLOSE for × or Escape) and the text typed go back to the server, and the script goes on with them.
 * Enter presses the default button, the first one.
 */
import type { ButtonName } from '../emulator/ui';
import { BUTTON_LABELS, buttonsOf } from '../server/questions';
import type { WorkbenchEvent } from '../server/session';
import { postJson } from './api';
import { byId, el } from './dom';

/** Seqs of the questions this page has shown, so a question is shown once. */
const shown = new Set<number>();

/** Removes a box from the overlay, hiding the overlay once it is empty. */
export function closeDialog(box: HTMLElement): void {
  const layer = byId('overlay');
  box.remove();
  if (layer.childElementCount === 0) layer.hidden = true;
}

/** What the page does once a question is answered (and how it reports a refused answer). */
export interface AnswerHooks {
  answered: () => void;
  failed: (error: unknown) => void;
}

/** Shows a question the script waits on (once, however often the server lists it). */
export function showQuestion(event: WorkbenchEvent, hooks: AnswerHooks): void {
  if (shown.has(event.seq)) return;
  shown.add(event.seq);
  const title = event.title || 'Suki';
  const input =
    event.kind === 'prompt'
      ? el('input', { class: 'question-input', attrs: { type: 'text', 'aria-label': event.text || title } })
      : null;
  const close = el('button', {
    class: 'icon',
    text: '×',
    title: 'Close',
    attrs: { type: 'button', 'aria-label': 'Close' },
  });
  const names = buttonsOf(event.buttons);
  const buttons = names.map((name, i) =>
    el('button', { class: i === 0 ? 'primary' : '', text: BUTTON_LABELS[name], attrs: { type: 'button' } }),
  );
  const box = el(
    'div',
    { class: `dialog message question ${event.kind}`, attrs: { role: 'alertdialog', 'aria-label': title } },
    el('div', { class: 'panel-title' }, el('span', { text: title }), close),
    el('p', { class: 'message-text', text: event.text }),
    input,
    el('div', { class: 'actions' }, ...buttons),
  );
  let sent = false;
  // Escape closes the dialog wherever the focus is (a click on the overlay takes it off the box).
  const onEscape = (key: KeyboardEvent) => {
    if (key.key !== 'Escape') return;
    key.preventDefault();
    answer('CLOSE');
  };
  const answer = (button: ButtonName) => {
    if (sent) return;
    sent = true;
    document.removeEventListener('keydown', onEscape);
    closeDialog(box);
    postJson('/api/answer', { seq: event.seq, button, text: input?.value ?? '' }).then(
      hooks.answered,
      hooks.failed,
    );
  };
  names.forEach((name, i) => {
    buttons[i]?.addEventListener('click', () => answer(name));
  });
  close.addEventListener('click', () => answer('CLOSE'));
  document.addEventListener('keydown', onEscape);
  // Enter presses the default button, except on another button, which Enter presses itself.
  box.addEventListener('keydown', (key) => {
    if (key.key !== 'Enter' || key.target instanceof HTMLButtonElement) return;
    key.preventDefault();
    answer(names[0] ?? 'OK');
  });
  const layer = byId('overlay');
  layer.append(box);
  layer.hidden = false;
  (input ?? buttons[0])?.focus();
}
