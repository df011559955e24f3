/** English messages of the forms (issue #14: dates, amounts, long text, the card), spread into en.ts. */
export const enForms = {} as const;
