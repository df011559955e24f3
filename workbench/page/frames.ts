/**
 * What the script shows besides the grid: the sidebar (one at a time, beside the grid), dialogs
 * (over the grid), alerts and prompts the script waits on (questions.ts), errors and alerts already
 * answered elsewhere (a message box with OK) and toasts (bottom right).
 * Sidebars and dialogs load /frame/<seq>: the page's HTML as built, with the google.script.run bridge.
 */
import type { WorkbenchEvent } from '../server/session';
import { byId, el } from './dom';
import { type AnswerHooks, closeDialog, showQuestion } from './questions';

const TOAST_MS = 5000;

/** Opens the sidebar with the page of a 'sidebar' event, replacing any open one. */
function showSidebar(event: WorkbenchEvent): void {
  const panel = byId('sidebar');
  const close = el('button', {
    class: 'icon',
    text: '×',
    title: 'Close',
    attrs: { type: 'button', 'aria-label': 'Close sidebar' },
  });
  close.addEventListener('click', closeSidebar);
  const frame = el('iframe', {
    class: 'sidebar-frame',
    title: event.title || 'Sidebar',
    attrs: { src: `/frame/${event.seq}`, name: `sidebar-${event.seq}` },
  });
  panel.replaceChildren(el('div', { class: 'panel-title' }, el('span', { text: event.title }), close), frame);
  panel.hidden = false;
}

/** Closes the sidebar. */
function closeSidebar(): void {
  const panel = byId('sidebar');
  panel.replaceChildren();
  panel.hidden = true;
}

/** Opens a dialog over the grid. */
function showDialog(event: WorkbenchEvent): void {
  const layer = byId('overlay');
  const close = el('button', {
    class: 'icon',
    text: '×',
    title: 'Close',
    attrs: { type: 'button', 'aria-label': 'Close dialog' },
  });
  const frame = el('iframe', {
    class: 'dialog-frame',
    title: event.title || 'Dialog',
    attrs: { src: `/frame/${event.seq}` },
    style: { width: `${event.width ?? 400}px`, height: `${event.height ?? 300}px` },
  });
  const box = el(
    'div',
    { class: 'dialog', attrs: { role: 'dialog', 'aria-label': event.title } },
    el('div', { class: 'panel-title' }, el('span', { text: event.title }), close),
    frame,
  );
  close.addEventListener('click', () => closeDialog(box));
  layer.append(box);
  layer.hidden = false;
}

/** Closes the frame a page asked to close (google.script.host.close()), sidebar or dialog. */
export function closeFrameOf(source: MessageEventSource | null): void {
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== source) continue;
    const dialog = frame.closest<HTMLElement>('.dialog');
    if (dialog) closeDialog(dialog);
    else closeSidebar();
  }
}

/** A message box: script errors, and alerts and prompts the emulator's queue answered (no one waits). */
export function showMessage(kind: 'alert' | 'prompt' | 'error', title: string, text: string): void {
  const layer = byId('overlay');
  const ok = el('button', { class: 'primary', text: 'OK', attrs: { type: 'button' } });
  const note =
    kind === 'prompt'
      ? el('p', {
          class: 'muted',
          text: 'The workbench answers prompts from the emulator’s queue (empty, OK).',
        })
      : null;
  const box = el(
    'div',
    { class: `dialog message ${kind}`, attrs: { role: 'alertdialog', 'aria-label': title || kind } },
    el('div', { class: 'panel-title' }, el('span', { text: title || (kind === 'error' ? 'Error' : 'Suki') })),
    el('p', { class: 'message-text', text }),
    note,
    el('div', { class: 'actions' }, ok),
  );
  ok.addEventListener('click', () => closeDialog(box));
  layer.append(box);
  layer.hidden = false;
  ok.focus();
}

/** A toast in the bottom right corner for a few seconds. */
export function showToast(title: string, text: string): void {
  const toast = el(
    'div',
    { class: 'toast', attrs: { role: 'status' } },
    title ? el('strong', { text: title }) : null,
    el('span', { text }),
  );
  byId('toasts').append(toast);
  setTimeout(() => toast.remove(), TOAST_MS);
}

/** Shows one event from the server; `hooks` follow the answer to a question the script waits on. */
export function showEvent(event: WorkbenchEvent, hooks: AnswerHooks): void {
  if (event.awaiting) {
    showQuestion(event, hooks);
    return;
  }
  switch (event.kind) {
    case 'sidebar':
      showSidebar(event);
      break;
    case 'dialog':
      showDialog(event);
      break;
    case 'toast':
      showToast(event.title, event.text);
      break;
    default:
      showMessage(event.kind, event.title, event.text);
  }
}
