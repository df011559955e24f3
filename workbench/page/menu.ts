/**
 * The add-on menus as the script built them (Extensions ▸ Suki in Sheets): a menubar button per
 * menu, a dropdown with its items, separators and submenus. Choosing an item runs its function.
 */
import type { MenuEntry } from '../emulator';
import { el } from './dom';

function closeAll(root: HTMLElement): void {
  for (const open of root.querySelectorAll('.menu.open')) open.classList.remove('open');
}

function entries(
  root: HTMLElement,
  items: readonly MenuEntry[],
  run: (functionName: string) => void,
): HTMLElement {
  const list = el('div', { class: 'menu-list', attrs: { role: 'menu' } });
  for (const item of items) {
    if (item.kind === 'separator') {
      list.append(el('div', { class: 'menu-separator', attrs: { role: 'separator' } }));
    } else if (item.kind === 'item') {
      const button = el('button', {
        class: 'menu-item',
        text: item.caption,
        attrs: { role: 'menuitem', type: 'button' },
      });
      button.addEventListener('click', () => {
        closeAll(root);
        run(item.functionName);
      });
      list.append(button);
    } else {
      const sub = el(
        'div',
        { class: 'menu submenu' },
        el(
          'button',
          {
            class: 'menu-item has-submenu',
            attrs: { role: 'menuitem', type: 'button', 'aria-haspopup': 'menu' },
          },
          item.caption,
          el('span', { class: 'arrow', text: '▸', attrs: { 'aria-hidden': 'true' } }),
        ),
        entries(root, item.items, run),
      );
      sub.addEventListener('mouseenter', () => sub.classList.add('open'));
      sub.addEventListener('mouseleave', () => sub.classList.remove('open'));
      sub.firstElementChild?.addEventListener('click', (event) => {
        event.stopPropagation();
        sub.classList.toggle('open');
      });
      list.append(sub);
    }
  }
  return list;
}

/** Draws the menubar into `root`; `run` is called with the function name of the chosen item. */
export function renderMenus(
  root: HTMLElement,
  menus: readonly { title: string; items: MenuEntry[] }[],
  run: (functionName: string) => void,
): void {
  const bar = menus.map((menu) => {
    const top = el(
      'div',
      { class: 'menu top' },
      el('button', {
        class: 'menu-title',
        text: menu.title,
        attrs: { type: 'button', 'aria-haspopup': 'menu' },
      }),
      entries(root, menu.items, run),
    );
    top.firstElementChild?.addEventListener('click', (event) => {
      event.stopPropagation();
      const wasOpen = top.classList.contains('open');
      closeAll(root);
      if (!wasOpen) top.classList.add('open');
    });
    return top;
  });
  root.replaceChildren(...bar);
  if (menus.length === 0)
    root.append(el('span', { class: 'muted', text: 'No add-on menu (onOpen built none).' }));
}

/** Closes open menus when the person clicks elsewhere. */
export function closeMenusOnOutsideClick(root: HTMLElement): void {
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Node) || !root.contains(event.target)) closeAll(root);
  });
}
