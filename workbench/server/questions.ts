/**
 * Alerts and prompts a script is waiting on: the buttons each ButtonSet offers (labelled as Sheets
 * labels them, in Sheets' order), and the answers the page sends back. Imported by the page too, so
 * it shows exactly the buttons the server accepts.
 */
import type { ButtonName, PersonAnswer } from '../emulator/ui';

/** The buttons of each Ui.ButtonSet; an alert or prompt without one has OK alone. */
const BUTTON_SETS: Readonly<Record<string, readonly ButtonName[]>> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** How Sheets labels each button. */
export const BUTTON_LABELS: Readonly<Record<ButtonName, string>> = {
  OK: 'OK',
  CANCEL: 'Cancel',
  YES: 'Yes',
  NO: 'No',
  CLOSE: 'Close',
};

/** The buttons a dialog with `buttonSet` (a ButtonSet's name, or none) shows; the first is the default. */
export function buttonsOf(buttonSet: string | undefined): readonly ButtonName[] {
  return BUTTON_SETS[buttonSet ?? 'OK'] ?? ['OK'];
}

/** A question the script waits on, as the page shows it. */
interface WaitingQuestion {
  seq: number;
  buttons?: string;
}

/** Questions waiting for the person, by the seq of the event that shows them. */
export class PendingQuestions {
  private readonly waiting = new Map<
    number,
    { question: WaitingQuestion; answer: (answer: PersonAnswer) => void }
  >();

  /** Resolves with the answer to `question`, once the page sends it. */
  wait(question: WaitingQuestion): Promise<PersonAnswer> {
    return new Promise((resolve) => {
      this.waiting.set(question.seq, { question, answer: resolve });
    });
  }

  /** Whether the question shown as event `seq` still waits. */
  has(seq: number): boolean {
    return this.waiting.has(seq);
  }

  /** Forgets every waiting question (their execution ended without an answer); their seqs. */
  abandon(): number[] {
    const seqs = [...this.waiting.keys()];
    this.waiting.clear();
    return seqs;
  }

  /**
   * Answers the question shown as event `seq` with a button it offers, or CLOSE (its × or Escape).
   * Throws when no such question waits or the button is not one of its own.
   */
  answer(seq: number, button: string, text: string): void {
    const entry = this.waiting.get(seq);
    if (!entry) throw new Error('That question was already answered.');
    const offered: readonly string[] = [...buttonsOf(entry.question.buttons), 'CLOSE'];
    if (!offered.includes(button)) throw new Error(`This dialog has no ${button} button.`);
    this.waiting.delete(seq);
    entry.answer({ button: button as ButtonName, text });
  }
}
