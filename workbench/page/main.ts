/**
 * The workbench page: the workbook's sheets as tabs and grids, the add-on menu, the acting user,
 * and whatever the script shows (sidebars, dialogs, alerts, toasts). After every action it asks the
 * server what happened since its last look and redraws what changed.
 */
import type { SheetWindow, WorkbookView } from '../server/viewTypes';
import { renderUser, watchActingUser } from './actingUser';
import { importFile, loadEvents, loadSheet, loadWorkbook, postJson } from './api';
import { byId, el } from './dom';
import { closeFrameOf, showEvent, showMessage, showToast } from './frames';
import { GridView } from './grid';
import { closeMenusOnOutsideClick, renderMenus } from './menu';
import { showQuestion } from './questions';
import { RunsInFlight } from './runs';
import { shell } from './shell';
import './styles.css';

const PAGE_ROWS = 200;
const POLL_MS = 2000;

const state = {
  workbook: null as WorkbookView | null,
  view: null as SheetWindow | null,
  sheet: '',
  /** The sheet the workbook last said was active; a script activating another one switches to it. */
  active: '',
  start: 1,
  lastSeq: 0,
  version: -1,
};

function setStatus(text: string): void {
  byId('status').textContent = text;
}

function reportError(error: unknown): void {
  showMessage('error', 'Workbench error', error instanceof Error ? error.message : String(error));
}

shell(byId('app'), (file) => void importChosenFile(file));
const grid = new GridView(byId('grid'), byId('cell-ref'), byId('cell-value'), {
  edit: async (row, column, value) => {
    const result = await postJson<{ accepted: boolean; reason?: string }>('/api/edit', {
      sheet: state.sheet,
      row,
      column,
      value,
    });
    if (!result.accepted)
      showMessage('error', 'There was a problem', result.reason ?? 'The value was refused.');
    await requestRefresh();
  },
  select: (row, column) => {
    void postJson('/api/select', { sheet: state.sheet, row, column }).catch(reportError);
  },
});

function renderTabs(workbook: WorkbookView): void {
  const tabs = workbook.sheets
    .filter((sheet) => !sheet.hidden)
    .map((sheet) => {
      const tab = el('button', {
        class: 'tab',
        text: sheet.name,
        attrs: { type: 'button', role: 'tab', 'aria-selected': String(sheet.name === state.sheet) },
      });
      tab.addEventListener('click', () => {
        state.sheet = sheet.name;
        state.active = sheet.name;
        state.start = 1;
        void postJson('/api/select', { sheet: sheet.name, row: 1, column: 1 }).catch(reportError);
        renderTabs(workbook);
        void loadGrid().catch(reportError);
      });
      return tab;
    });
  byId('tabs').replaceChildren(...tabs);
  // A sheet a script or an import made active may sit past the right edge of a long tab bar.
  byId('tabs')
    .querySelector('[aria-selected="true"]')
    ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function renderChrome(workbook: WorkbookView): void {
  byId('doc-title').textContent = workbook.title;
  if (workbook.activeSheet !== state.active) {
    state.active = workbook.activeSheet;
    state.sheet = workbook.activeSheet;
    state.start = 1;
  }
  renderMenus(byId('menubar'), workbook.menus, (name) => void runMenuItem(name));
  if (!workbook.sheets.some((sheet) => sheet.name === state.sheet)) {
    state.sheet = workbook.activeSheet;
    state.start = 1;
  }
  renderTabs(workbook);
  renderUser(byId<HTMLSelectElement>('user'), workbook);
  const save = byId<HTMLButtonElement>('save');
  save.hidden = workbook.savePath === null;
  save.title = workbook.savePath ?? '';
}

function renderPager(view: SheetWindow): void {
  const first = view.rows[0]?.r ?? view.start;
  const last = view.rows[view.rows.length - 1]?.r ?? first;
  const previous = el('button', {
    text: '◀',
    title: 'Previous rows',
    attrs: { type: 'button', 'aria-label': 'Previous rows' },
  });
  const next = el('button', {
    text: '▶',
    title: 'Next rows',
    attrs: { type: 'button', 'aria-label': 'Next rows' },
  });
  const firstData = view.frozenRows + 1;
  previous.disabled = first <= firstData;
  next.disabled = last >= view.rowLimit;
  previous.addEventListener('click', () => goTo(Math.max(firstData, first - PAGE_ROWS)));
  next.addEventListener('click', () => goTo(last + 1));
  const jump = el('input', {
    attrs: { type: 'number', min: '1', placeholder: 'Go to row', 'aria-label': 'Go to row' },
  });
  jump.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') goTo(Number(jump.value) || 1);
  });
  const info = `Rows ${first.toLocaleString()}–${last.toLocaleString()} · ${view.lastRow.toLocaleString()} rows with data`;
  byId('pager').replaceChildren(previous, el('span', { text: info, attrs: { id: 'row-info' } }), next, jump);
}

function goTo(row: number): void {
  state.start = row;
  void loadGrid().catch(reportError);
}

async function loadGrid(): Promise<void> {
  const view = await loadSheet(state.sheet, state.start, PAGE_ROWS);
  state.view = view;
  state.sheet = view.name;
  state.start = view.start;
  grid.render(view);
  renderPager(view);
}

/** After a question is answered the script goes on: look again soon. */
const answerHooks = { answered: () => void requestRefresh(), failed: reportError };

async function refresh(): Promise<void> {
  const { events, version, lastSeq, waiting } = await loadEvents(state.lastSeq);
  state.lastSeq = lastSeq;
  for (const event of events) showEvent(event, answerHooks);
  // A question asked before this page loaded (or while it looked away) still waits for an answer.
  for (const question of waiting) showQuestion(question, answerHooks);
  if (version === state.version) return;
  const workbook = await loadWorkbook();
  state.workbook = workbook;
  state.version = workbook.version;
  renderChrome(workbook);
  if (!grid.isEditing()) await loadGrid();
}

let refreshing: Promise<void> = Promise.resolve();

/** Queues a refresh after any in flight, so redraws never interleave. */
function requestRefresh(): Promise<void> {
  refreshing = refreshing.then(refresh).catch(reportError);
  return refreshing;
}

/** While a script runs the page looks often, so the alerts and prompts it waits on show at once. */
const runs = new RunsInFlight(() => void requestRefresh());

async function runMenuItem(functionName: string): Promise<void> {
  setStatus('Running script…');
  runs.begin();
  try {
    await postJson('/api/menu', { functionName });
    await requestRefresh();
  } catch (error) {
    reportError(error);
  } finally {
    runs.end();
    setStatus('');
  }
}

/** File › Import › Insert new sheet(s): the server adds the sheets and makes the first one active. */
async function importChosenFile(file: File): Promise<void> {
  setStatus(`Importing ${file.name}…`);
  try {
    const reply = await importFile(file);
    const first = reply.sheets[0];
    if (first) {
      state.sheet = first;
      state.start = 1;
    }
    showToast('Imported', reply.message);
    await requestRefresh();
  } catch (error) {
    reportError(error);
  } finally {
    setStatus('');
  }
}

async function boot(): Promise<void> {
  const workbook = await loadWorkbook();
  state.workbook = workbook;
  state.version = workbook.version;
  state.lastSeq = workbook.lastSeq;
  state.sheet = workbook.activeSheet;
  renderChrome(workbook);
  await loadGrid();
  document.body.dataset.ready = 'true';
}

closeMenusOnOutsideClick(byId('menubar'));
window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin) return;
  const kind = (event.data as { suki?: unknown } | null)?.suki;
  if (kind === 'running') runs.begin();
  if (kind === 'ran') {
    runs.end();
    void requestRefresh();
  }
  if (kind === 'close') closeFrameOf(event.source);
});
watchActingUser(byId<HTMLSelectElement>('user'), {
  workbook: () => state.workbook,
  refresh: requestRefresh,
  reportError,
});
byId('save').addEventListener('click', () => {
  setStatus('Saving…');
  void postJson<{ path: string }>('/api/save', {})
    .then((reply) => showToast('Saved', reply.path))
    .catch(reportError)
    .finally(() => setStatus(''));
});
setInterval(() => void requestRefresh(), POLL_MS);
boot().catch(reportError);
