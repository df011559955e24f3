import { hasOwn } from '../objects';
import type { MessageKey } from './en';

/** Values that may fill a message's `{placeholder}`s. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A function that says a message in one language. */
export type Translator = (key: MessageKey, params?: MessageParams) => string;

/** `template` with each `{name}` replaced by `params[name]`; unknown placeholders stay visible. */
export function fillPlaceholders(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * A translator over one language's messages. Pages get their messages from the server with the page
 * context, so a page's bundle carries no catalog; a missing key shows as itself.
 */
export function translatorOver(messages: Readonly<Record<string, string>>): Translator {
  return (key, params) => fillPlaceholders(hasOwn(messages, key) ? (messages[key] as string) : key, params);
}
