/**
 * The workbook the workbench serves: one emulator with Suki's bundle attached, who is acting, and a
 * log of what the script showed (sidebars, dialogs, alerts, toasts, errors) that pages read by
 * sequence number. Every way in (menu item, google.script.run, a typed cell) goes through here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, type Emulator, type MenuEntry } from '../emulator';
import type { PersonAnswers } from '../emulator/ui';
import { ScriptRuntime } from '../runtime/scriptRuntime';
import { WorkerRuntime } from '../runtime/workerRuntime';
import { PendingQuestions } from './questions';
import { actingChoicesFor, activeTeam, STRANGER_EMAIL as STRANGER, type TeamPerson } from './team';
import type { ActingChoices } from './viewTypes';

/** Something the script showed, in the order it happened. */
export interface WorkbenchEvent {
  seq: number;
  kind: 'sidebar' | 'dialog' | 'alert' | 'prompt' | 'toast' | 'error';
  title: string;
  text: string;
  modal?: boolean;
  width?: number;
  height?: number;
  /** An alert's or prompt's ButtonSet name, when the script gave one. */
  buttons?: string;
  /** The script is waiting for this alert or prompt to be answered (POST /api/answer). */
  awaiting?: boolean;
}

/** The e-mail the acting-user switch's stranger acts as: on no team. @forTests */
export const STRANGER_EMAIL = STRANGER;

/**
 * A fresh emulator (Asia/Manila, locale en_PH: the demo company's, so amounts show in ₱) whose
 * pages are dist/<Page>.html, with dist/Code.js attached.
 */
export function createSukiRuntime(distDir: string): { emulator: Emulator; runtime: ScriptRuntime } {
  const emulator = createEmulator({
    timeZone: 'Asia/Manila',
    spreadsheetLocale: 'en_PH',
    spreadsheetName: 'Suki workbook',
    htmlFiles: (name) => {
      const path = join(distDir, `${name.replace(/\.html$/, '')}.html`);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
  });
  const runtime = new ScriptRuntime(emulator, join(distDir, 'Code.js'));
  return { emulator, runtime };
}

/** An alert's or prompt's ButtonSet, as an event's field. */
function buttonSetField(buttons: string | undefined): { buttons?: string } {
  return buttons === undefined ? {} : { buttons };
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
  /** Where menu items and pages' calls run: a worker, so that an alert can wait for the page. */
  private readonly executions: WorkerRuntime;
  private readonly questions = new PendingQuestions();

  constructor(
    readonly emulator: Emulator,
    /** Runs the bundle on this thread: the function names, and triggers (onOpen, onEdit). */
    readonly runtime: ScriptRuntime,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.executions = new WorkerRuntime(emulator, runtime.codePath);
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

  /**
   * A menu item: the named top-level function runs in a new execution, which may wait for the
   * person to answer its alerts and prompts; errors show as Sheets shows them. Resolves when it ends.
   */
  async runMenuItem(functionName: string): Promise<void> {
    try {
      await this.executions.call(functionName, [], 'sheets', this.person);
    } catch (error) {
      this.push({ kind: 'error', title: 'Script error', text: message(error) });
    } finally {
      this.executionEnded();
    }
  }

  /** google.script.run from a page: JSON in, JSON out; a thrown error goes back to the failure handler. */
  async runFromPage(name: string, args: unknown[]): Promise<unknown> {
    try {
      return await this.executions.call(name, args, 'page', this.person);
    } finally {
      this.executionEnded();
    }
  }

  /**
   * After an execution: executions run one at a time, so no question can wait any more (one left
   * is from an execution stopped while it waited); the page redraws.
   */
  private executionEnded(): void {
    for (const seq of this.questions.abandon()) this.answered(seq);
    this.changed();
  }

  private answered(seq: number): void {
    const event = this.events.find((shown) => shown.seq === seq);
    if (event) event.awaiting = false;
  }

  /**
   * Shows the alert or prompt the script just asked (with whatever else it showed and wrote before
   * it) as an event the page answers, and waits for that answer.
   */
  private readonly person: PersonAnswers = (question) => {
    this.changed();
    const event = [...this.events].reverse().find((shown) => shown.kind === question.kind);
    if (!event) return Promise.reject(new Error('The question was not recorded.'));
    event.awaiting = true;
    return this.questions.wait(event);
  };

  /** The person answers the alert or prompt shown as event `seq`: the button they pressed, the text typed. */
  answer(seq: number, button: string, text: string): void {
    this.questions.answer(seq, button, text);
    this.answered(seq);
  }

  /** Alerts and prompts the script is waiting on, oldest first. */
  waitingQuestions(): WorkbenchEvent[] {
    return this.events.filter((event) => event.awaiting && this.questions.has(event.seq));
  }

  /** Stops the execution worker. */
  close(): Promise<void> {
    return this.executions.close();
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

  /**
   * Act as someone else: their rights apply, and the menu is rebuilt as on reopening. An `email` of
   * '' acts as a person whose e-mail Google hides (Session.getActiveUser().getEmail() is '').
   */
  actAs(email: string): void {
    this.emulator.setActiveUser(email);
    this.emulator.personOpen('LIMITED');
    this.changed();
  }

  /** The active people in the Team table, as core reads them (e-mails in lower case), heads first. */
  team(): TeamPerson[] {
    return activeTeam(this.emulator);
  }

  /** What the acting-user switch offers, and who is acting now (see actingChoicesFor). */
  actingChoices(): ActingChoices {
    return actingChoicesFor(this.emulator, this.activeUser());
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
      this.push({ kind: 'alert', title: a.title ?? '', text: a.prompt, ...buttonSetField(a.buttons) });
    for (const p of ui.prompts.slice(this.seen.prompts))
      this.push({ kind: 'prompt', title: p.title ?? '', text: p.prompt, ...buttonSetField(p.buttons) });
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
