/**
 * The workbook the workbench serves: one emulator with Suki's bundle attached, who is acting, and a
 * log of what the script showed (sidebars, dialogs, alerts, toasts, errors) that pages read by
 * sequence number. Every way in (menu item, google.script.run, a typed cell) goes through here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDateInZone } from '../../src/core/dates';
import { fromCell } from '../../src/core/tables/cellCodec';
import { columnOf, type TableRecord, type TableSpec } from '../../src/core/tables/tableSpec';
import { ABSENCES_TABLE, TEAM_TABLE } from '../../src/core/tables/teamTables';
import { absencesOf, coveredBy } from '../../src/core/team/cover';
import { emailKey, teamMembers } from '../../src/core/team/members';
import { createEmulator, type Emulator, type MenuEntry } from '../emulator';
import { ScriptRuntime } from '../runtime/scriptRuntime';
import { locateTableIn } from '../seed';
import type { ActingChoice, ActingChoices } from './viewTypes';

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

/** The e-mail the acting-user switch's stranger acts as: on no team. @forTests */
export const STRANGER_EMAIL = 'stranger@example.com';
/** Values of the switch's entries that are not an e-mail (so they have no '@'). */
const HIDDEN_CHOICE = 'hidden';
const OTHER_CHOICE = 'other';

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
  team(): TeamMember[] {
    const members = teamMembers(this.records(TEAM_TABLE))
      .filter((member) => member.active)
      .map(({ email, name, role }) => ({ email, name, role }));
    return members.sort((a, b) => Number(b.role === 'head') - Number(a.role === 'head'));
  }

  /**
   * What the acting-user switch offers, so that every access case can be tried by hand: each active
   * head and manager of the Team table ("Name · head", "Name · manager", and for a manager holding
   * absent colleagues' rights today "· deputy for <their names>", as core's cover rules say), a
   * stranger, someone whose e-mail Google hides, and "Other e-mail…". Whoever is acting now has an
   * entry and is `current`: an address on none of them gets its own entry first. People's entries
   * have their e-mail as value. Without an Absences table nobody is a deputy.
   */
  actingChoices(): ActingChoices {
    const team = teamMembers(this.records(TEAM_TABLE));
    const absences = absencesOf(this.records(ABSENCES_TABLE));
    const today = isoDateInZone(new Date(this.emulator.now()), this.timeZone());
    const nameOf = (email: string) => team.find((member) => member.email === email)?.name || email;
    const active = team.filter((member) => member.active);
    const people = [...active.filter((m) => m.role === 'head'), ...active.filter((m) => m.role !== 'head')];
    const choices: ActingChoice[] = people.map((member) => {
      const covered = member.role === 'manager' ? coveredBy(team, absences, member.email, today) : [];
      const deputy = covered.length > 0 ? ` · deputy for ${covered.map(nameOf).join(', ')}` : '';
      return {
        value: member.email,
        label: `${member.name || member.email} · ${member.role}${deputy}`,
        request: { email: member.email },
      };
    });
    choices.push(
      { value: STRANGER_EMAIL, label: 'A stranger (not on the team)', request: { email: STRANGER_EMAIL } },
      { value: HIDDEN_CHOICE, label: 'E-mail hidden by Google', request: { hidden: true } },
      { value: OTHER_CHOICE, label: 'Other e-mail…' },
    );
    const user = this.activeUser();
    if (user === '') return { choices, current: HIDDEN_CHOICE };
    const key = emailKey(user);
    const listed = choices.find(
      (choice) => choice.request && 'email' in choice.request && choice.value === key,
    );
    if (listed) return { choices, current: listed.value };
    const former = team.find((member) => member.email === key);
    const label = former ? `${former.name || user} · dismissed` : user;
    return { choices: [{ value: user, label, request: { email: user } }, ...choices], current: user };
  }

  /** The spreadsheet's time zone. */
  private timeZone(): string {
    return this.emulator.uncounted(() => this.emulator.spreadsheet.getSpreadsheetTimeZone());
  }

  /**
   * The non-blank rows of `table` below its header as records, each cell read by core's cell codec
   * (dates as YYYY-MM-DD in the spreadsheet's zone), uncounted; none when no sheet holds the table.
   */
  private records(table: TableSpec): TableRecord[] {
    const location = locateTableIn(this.emulator, table);
    if (!location) return [];
    const timeZone = this.timeZone();
    const positions = [...location.columns.positions];
    return this.emulator
      .sheetValues(location.sheetName)
      .slice(1)
      .filter((row) => row.some((cell) => cell !== '' && cell !== null))
      .map((row) =>
        Object.fromEntries(
          positions.map(([key, position]) => [
            key,
            fromCell(columnOf(table, key), row[position - 1], timeZone),
          ]),
        ),
      );
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
