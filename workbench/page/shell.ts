/** The workbench page's layout: top bar, formula bar, sheet area and sidebar, tabs, overlay, toasts. */
import { el } from './dom';
import { importControls } from './importButton';

/** Builds the page's layout into #app; `importChosen` receives a file picked with Import. */
export function shell(app: HTMLElement, importChosen: (file: File) => void): void {
  app.replaceChildren(
    el(
      'header',
      { class: 'topbar' },
      el('div', { class: 'brand', text: 'Suki workbench' }),
      el('div', { class: 'doc-title', attrs: { id: 'doc-title' } }),
      el('span', { class: 'muted', text: 'Extensions ▸' }),
      el('nav', { class: 'menubar', attrs: { id: 'menubar', 'aria-label': 'Add-on menus' } }),
      el('div', { class: 'spacer' }),
      el('span', { class: 'status', attrs: { id: 'status', role: 'status' } }),
      el(
        'label',
        { class: 'user' },
        'Acting as ',
        el('select', { attrs: { id: 'user', 'aria-label': 'Acting user' } }),
      ),
      ...importControls(importChosen),
      el('button', { text: 'Save', attrs: { id: 'save', type: 'button' } }),
      el('a', { class: 'button', text: 'Download .xlsx', attrs: { href: '/workbook.xlsx', id: 'download' } }),
    ),
    el(
      'div',
      { class: 'formula-bar' },
      el('span', { class: 'cell-ref', attrs: { id: 'cell-ref' } }),
      el('span', { class: 'cell-value', attrs: { id: 'cell-value' } }),
    ),
    el(
      'main',
      { class: 'workspace' },
      el('section', { class: 'sheet-area' }, el('div', { class: 'grid-scroll', attrs: { id: 'grid' } })),
      el('aside', { class: 'sidebar', attrs: { id: 'sidebar', hidden: '' } }),
    ),
    el(
      'footer',
      { class: 'bottombar' },
      el('nav', { class: 'tabs', attrs: { id: 'tabs', 'aria-label': 'Sheets' } }),
      el('div', { class: 'pager', attrs: { id: 'pager' } }),
    ),
    el('div', { class: 'overlay', attrs: { id: 'overlay', hidden: '' } }),
    el('div', { class: 'toasts', attrs: { id: 'toasts', 'aria-live': 'polite' } }),
  );
}
