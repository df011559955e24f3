import type { enForms } from './en.forms';

/** Filipino messages of the forms (issue #14: dates, amounts, long text, the card) (the keys of en.forms.ts). */
export const filForms: Record<keyof typeof enForms, string> = {};
