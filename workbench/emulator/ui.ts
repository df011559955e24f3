/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts. Nothing is shown; every
 * call is recorded in a UiRecorder for tests and the preview server, and alert/prompt answers come
 * from a queue the test fills, or, while a runtime that can wait has set `person`, from a person
 * (the workbench page): alert and prompt then return a PendingAnswer that runtime waits on.
 */
import { asGas, type EmulatorContext } from './context';
import { Button, ButtonSet, type EnumValue, enumName } from './enums';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
/** The buttons of Apps Script's Ui.Button. */
export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

/** An alert or prompt as the script asked it; `buttons` is the ButtonSet's name, when one was given. @forTests */
export interface UiQuestion {
  kind: 'alert' | 'prompt';
  title?: string;
  prompt: string;
  buttons?: string;
}

/** What a person answered: the button they pressed (CLOSE for the dialog's ×) and, for a prompt, the text. */
export interface PersonAnswer {
  button: ButtonName;
  text: string;
}

/** Asks a person a question and resolves with their answer. */
export type PersonAnswers = (question: UiQuestion) => Promise<PersonAnswer>;

/**
 * What alert and prompt return while `person` is set: the value the script gets once the person
 * answers. Only a runtime whose execution can block until then (workbench/runtime/workerRuntime.ts)
 * sets `person`, around the one call it makes for the script, and awaits `value` before answering it.
 */
export class PendingAnswer {
  constructor(readonly value: Promise<unknown>) {}
}

/** One entry of a recorded menu. */
export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

/** Everything the script showed, in order. */
export interface UiRecorder {
  menus: { title: string; items: MenuEntry[] }[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string; modal: boolean }[];
  alerts: { title?: string; prompt: string; buttons?: string }[];
  prompts: { title?: string; prompt: string; buttons?: string }[];
  toasts: { message: string; title: string; timeoutSeconds: number }[];
  /** The next alert returns this button (default OK). */
  queueAlertResponse(button: ButtonName): void;
  /** The next prompt returns this text and button. */
  queuePromptResponse(text: string, button?: ButtonName): void;
  /** Who answers alerts and prompts instead of the queues; see PendingAnswer. */
  person?: PersonAnswers | undefined;
}

/** A recorder with empty queues. */
export function createUiRecorder(): UiRecorder & {
  nextAlert(): EnumValue;
  nextPrompt(): { text: string; button: EnumValue };
} {
  const alertQueue: ButtonName[] = [];
  const promptQueue: { text: string; button: ButtonName }[] = [];
  return {
    menus: [],
    sidebars: [],
    dialogs: [],
    alerts: [],
    prompts: [],
    toasts: [],
    queueAlertResponse: (button) => {
      alertQueue.push(button);
    },
    queuePromptResponse: (text, button = 'OK') => {
      promptQueue.push({ text, button });
    },
    nextAlert: () => Button[alertQueue.shift() ?? 'OK'],
    nextPrompt: () => {
      const next = promptQueue.shift() ?? { text: '', button: 'OK' };
      return { text: next.text, button: Button[next.button] };
    },
  };
}

/** Recorder with the queue readers the Ui needs. */
export type FullRecorder = ReturnType<typeof createUiRecorder>;

class FakeMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly items: MenuEntry[] = [];
  constructor(
    private readonly ctx: EmulatorContext,
    readonly title: string,
  ) {}
  addItem(caption: string, functionName: string): Menu {
    this.items.push({ kind: 'item', caption, functionName });
    return asGas(this);
  }
  addSeparator(): Menu {
    this.items.push({ kind: 'separator' });
    return asGas(this);
  }
  addSubMenu(menu: Menu): Menu {
    if (!(menu instanceof FakeMenu)) throw new Error('Invalid argument: menu');
    this.items.push({ kind: 'submenu', caption: menu.title, items: structuredClone(menu.items) });
    return asGas(this);
  }
  /** Records the menu, replacing an earlier one with the same title (as re-running onOpen does). */
  addToUi(): void {
    const menus = this.ctx.ui.menus;
    const entry = { title: this.title, items: structuredClone(this.items) };
    const index = menus.findIndex((m) => m.title === this.title);
    if (index >= 0) menus[index] = entry;
    else menus.push(entry);
  }
}

/** alert/prompt take (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArgs(
  a: string,
  b?: unknown,
  c?: unknown,
): { title?: string; prompt: string; buttons?: string } {
  if (c !== undefined) return { title: a, prompt: String(b), buttons: enumName(c) };
  if (b !== undefined) return { prompt: a, buttons: enumName(b) };
  return { prompt: a };
}

/** The Ui object for this document. */
export function createUi(ctx: EmulatorContext, recorder: FullRecorder): Ui {
  const ui: Omit<Ui, 'showDialog'> = {
    Button: asGas(Button),
    ButtonSet: asGas(ButtonSet),
    createAddonMenu: () => asGas(ctx.track(new FakeMenu(ctx, ctx.options.addonName ?? 'Suki'), 'Menu')),
    createMenu: (caption: string) => asGas(ctx.track(new FakeMenu(ctx, caption), 'Menu')),
    showSidebar: (output: HtmlOutput) => {
      recorder.sidebars.push({ title: output.getTitle(), html: output.getContent() });
    },
    showModalDialog: (output: HtmlOutput, title: string) => {
      recorder.dialogs.push({ title, html: output.getContent(), modal: true });
    },
    showModelessDialog: (output: HtmlOutput, title: string) => {
      recorder.dialogs.push({ title, html: output.getContent(), modal: false });
    },
    alert: (a: string, b?: unknown, c?: unknown) => {
      const question = dialogArgs(a, b, c);
      recorder.alerts.push(question);
      const person = recorder.person;
      if (person) {
        const pending = person({ kind: 'alert', ...question }).then(({ button }) => Button[button]);
        return asGas(new PendingAnswer(pending));
      }
      return asGas(recorder.nextAlert());
    },
    prompt: (a: string, b?: unknown, c?: unknown) => {
      const question = dialogArgs(a, b, c);
      recorder.prompts.push(question);
      const respond = (text: string, button: EnumValue) => {
        const response: GoogleAppsScript.Base.PromptResponse = {
          getResponseText: () => text,
          getSelectedButton: () => asGas(button),
        };
        return asGas<GoogleAppsScript.Base.PromptResponse>(ctx.track(response, 'PromptResponse'));
      };
      const person = recorder.person;
      if (person) {
        const pending = person({ kind: 'prompt', ...question }).then((answer) =>
          respond(answer.text, Button[answer.button]),
        );
        return asGas(new PendingAnswer(pending));
      }
      const { text, button } = recorder.nextPrompt();
      return respond(text, button);
    },
  };
  return asGas(ctx.track(ui, 'Ui'));
}
