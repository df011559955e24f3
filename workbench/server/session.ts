/**
 * The workbook the workbench serves: one emulator with Suki's bundle attached, who is acting, and a
 * log of what the script showed (sidebars, dialogs, alerts, toasts, errors) that pages read by
 * sequence number. Every way in (menu item, google.script.run, a typed cell) goes through here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEAM_TABLE } from '../../src/core/tables/teamTables';
import { createEmulator, type Emulator, type MenuEntry } from '../emulator';
import { ScriptRuntime } from '../runtime/scriptRuntime';
import { locateTableIn } from '../seed';

/** Something the script showed, in the order it happened. */
export interface WorkbenchEvent {
  seq: number;
  kind: 'sidebar' | 'dialog' | 'alert' | 'prompt' | 'toast' | 'error';
  title: string;
  text: string;
  modal?: boolean;
  width?: number;
  height?: number;
}

/** A person the page can act as. */
interface TeamMember {
  email: string;
  name: string;
  role: string;
}

/** A fresh emulator (Asia/Manila) whose pages are dist/<Page>.html, with dist/Code.js attached. */
export function createSukiRuntime(distDir: string): { emulator: Emulator; runtime: ScriptRuntime } {
  const emulator = createEmulator({
    timeZone: 'Asia/Manila',
    spreadsheetName: 'Suki workbook',
    htmlFiles: (name) => {
      const path = join(distDir, `${name.replace(/\.html$/, '')}.html`);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
  });
  const runtime = new ScriptRuntime(emulator, join(distDir, 'Code.js'));
  return { emulator, runtime };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** State and actions of the served workbook. */
export class WorkbookSession {
  /** Grows by one for every change a page should redraw for. */
  version = 0;
  private readonly events: WorkbenchEvent[] = [];
  /** Page HTML by event seq, for sidebars and dialogs. */
  private readonly frames = new Map<number, string>();
  private seq = 0;
  private readonly seen = { sidebars: 0, dialogs: 0, alerts: 0, prompts: 0, toasts: 0, errors: 0, logs: 0 };

  constructor(
    readonly emulator: Emulator,
    readonly runtime: ScriptRuntime,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    const ui = emulator.ui;
    Object.assign(this.seen, {
      sidebars: ui.sidebars.length,
      dialogs: ui.dialogs.length,
      alerts: ui.alerts.length,
      prompts: ui.prompts.length,
      toasts: ui.toasts.length,
      errors: emulator.triggerErrors.length,
      logs: emulator.logs.length,
    });
  }

  /** Opens the document as Sheets does: onOpen under AuthMode.LIMITED, which builds the menu. */
  open(): void {
    this.emulator.personOpen('LIMITED');
    this.collect();
  }

  /** The add-on menus onOpen built. */
  menus(): { title: string; items: MenuEntry[] }[] {
    return this.emulator.ui.menus;
  }

  /** Events after `seq`. */
  eventsSince(seq: number): WorkbenchEvent[] {
    return this.events.filter((event) => event.seq > seq);
  }

  /** Sequence number of the latest event. */
  lastSeq(): number {
    return this.seq;
  }

  /** The HTML a sidebar or dialog event showed. */
  frameHtml(seq: number): string | undefined {
    return this.frames.get(seq);
  }

  /** A menu item: the named top-level function runs in a new execution; errors show as Sheets shows them. */
  runMenuItem(functionName: string): void {
    try {
      this.runtime.call(functionName, [], 'sheets');
    } catch (error) {
      this.push({ kind: 'error', title: 'Script error', text: message(error) });
    } finally {
      this.changed();
    }
  }

  /** google.script.run from a page: JSON in, JSON out; a thrown error goes back to the failure handler. */
  runFromPage(name: string, args: unknown[]): unknown {
    try {
      return this.runtime.call(name, args, 'page');
    } finally {
      this.changed();
    }
  }

  /** A person types into a cell (validation, then onEdit). */
  edit(
    sheetName: string,
    row: number,
    column: number,
    value: string,
  ): { accepted: boolean; reason?: string } {
    try {
      return this.emulator.personEdit(sheetName, row, column, value);
    } finally {
      this.changed();
    }
  }

  /** A person selects a cell (so "Edit selected row" knows the row). */
  select(sheetName: string, row: number, column: number): void {
    this.emulator.select(sheetName, row, column);
  }

  /** Who is acting now. */
  activeUser(): string {
    return this.emulator.uncounted(() => this.emulator.globals.Session.getActiveUser().getEmail());
  }

  /** Act as someone else: their language and rights apply, and the menu is rebuilt as on reopening. */
  actAs(email: string): void {
    this.emulator.setActiveUser(email);
    this.emulator.personOpen('LIMITED');
    this.changed();
  }

  /** The people in the Team table, heads first. */
  team(): TeamMember[] {
    const location = locateTableIn(this.emulator, TEAM_TABLE);
    if (!location) return [];
    const positions = location.columns.positions;
    const at = (row: unknown[], key: string) => {
      const position = positions.get(key);
      return position === undefined ? '' : String(row[position - 1] ?? '').trim();
    };
    const rows = this.emulator.sheetValues(location.sheetName).slice(1);
    const members = rows
      .filter((row) => at(row, 'email') !== '' && at(row, 'status') !== 'dismissed')
      .map((row) => ({ email: at(row, 'email'), name: at(row, 'name'), role: at(row, 'role') || 'manager' }));
    return members.sort((a, b) => Number(b.role === 'head') - Number(a.role === 'head'));
  }

  /**
   * Records what the script showed since the last look, and bumps the version so pages redraw.
   * Call it after changing the emulator directly (tests, a driver script).
   */
  changed(): void {
    this.collect();
    this.version++;
  }

  private push(event: Omit<WorkbenchEvent, 'seq'>, html?: string): void {
    const seq = ++this.seq;
    this.events.push({ ...event, seq });
    if (html !== undefined) this.frames.set(seq, html);
  }

  private collect(): void {
    const ui = this.emulator.ui;
    for (const s of ui.sidebars.slice(this.seen.sidebars))
      this.push({ kind: 'sidebar', title: s.title, text: '' }, s.html);
    for (const d of ui.dialogs.slice(this.seen.dialogs)) {
      // Sizes are optional: older recorders keep them, the current one does not.
      const { width, height } = d as { width?: unknown; height?: unknown };
      const size = typeof width === 'number' && typeof height === 'number' ? { width, height } : {};
      this.push({ kind: 'dialog', title: d.title, text: '', modal: d.modal, ...size }, d.html);
    }
    for (const a of ui.alerts.slice(this.seen.alerts))
      this.push({ kind: 'alert', title: a.title ?? '', text: a.prompt });
    for (const p of ui.prompts.slice(this.seen.prompts))
      this.push({ kind: 'prompt', title: p.title ?? '', text: p.prompt });
    for (const t of ui.toasts.slice(this.seen.toasts))
      this.push({ kind: 'toast', title: t.title, text: t.message });
    for (const e of this.emulator.triggerErrors.slice(this.seen.errors)) {
      this.push({ kind: 'error', title: `${e.functionName} failed`, text: e.error });
    }
    for (const line of this.emulator.logs.slice(this.seen.logs)) this.log(`[script] ${line}`);
    Object.assign(this.seen, {
      sidebars: ui.sidebars.length,
      dialogs: ui.dialogs.length,
      alerts: ui.alerts.length,
      prompts: ui.prompts.length,
      toasts: ui.toasts.length,
      errors: this.emulator.triggerErrors.length,
      logs: this.emulator.logs.length,
    });
  }
}
