/**
 * Fax invitations: the printable pages (one invitation a page, each value HTML-escaped), and the
 * address of an e-mail-to-fax gateway built from the settings' pattern (`{fax}@fax.example.com`, the
 * fax number's digits in place of `{fax}`). Pure: the server reads the records, shows and sends.
 */
import { allTranslations } from '../i18n/translate';
import { isEmailAddress } from '../validation/columnSchema';
import { escapeHtml } from './mailMerge';

/** Where the fax number's digits go in a gateway pattern. */
const FAX_PLACEHOLDER = '{fax}';

/** A fax number's digits alone (`+63 2 8123-4567` → `63281234567`). @forTests */
export function faxDigits(fax: string): string {
  return fax.replace(/\D/g, '');
}

/**
 * Whether `pattern` can be a gateway: blank (no gateway), or `{fax}` once in an e-mail address
 * (`{fax}@fax.example.com`, `fax+{fax}@gateway.example.ph`).
 */
export function isFaxGatewayPattern(pattern: string): boolean {
  const trimmed = pattern.trim();
  if (trimmed === '') return true;
  if (trimmed.split(FAX_PLACEHOLDER).length !== 2) return false;
  return isEmailAddress(trimmed.replace(FAX_PLACEHOLDER, '6328123456'));
}

/** The gateway's address for a fax number, or null with no gateway or no digits to send to. */
export function faxGatewayAddress(pattern: string, fax: string): string | null {
  const digits = faxDigits(fax);
  const trimmed = pattern.trim();
  if (trimmed === '' || digits === '' || !isFaxGatewayPattern(trimmed)) return null;
  return trimmed.replace(FAX_PLACEHOLDER, digits);
}

/** Suki's own words on a fax invitation's Outcome (sent through the gateway, refused), in every language. */
const FAX_OUTCOME_WORDS = [
  ...allTranslations('events.fax.sentOutcome'),
  ...allTranslations('events.fax.failedOutcome'),
];

/**
 * The Outcome a fax invitation's contact row takes: the text a person wrote there, kept first, then
 * Suki's `words` on a line of their own (none: the person's text alone). Suki's earlier words at its end (sent, refused, in
 * any language) are taken off first, so a fax sent again, refused or put back never piles them up
 * nor loses the person's note. Null when nothing is left.
 */
export function faxOutcome(current: unknown, words: string | null): string | null {
  let text = typeof current === 'string' || typeof current === 'number' ? String(current).trim() : '';
  let stripped = true;
  while (stripped) {
    const suki = FAX_OUTCOME_WORDS.find((sukiWords) => text.endsWith(sukiWords));
    stripped = suki !== undefined;
    if (suki !== undefined) text = text.slice(0, text.length - suki.length).trim();
  }
  // On a line of its own, as My day adds a note (contactOutcome.ts).
  const joined = [text, words ?? ''].filter((part) => part !== '').join('\n');
  return joined === '' ? null : joined;
}

/** One invitation as printed: who it is for, and the message (its body already escaped HTML). */
export interface FaxInvitation {
  readonly to: string;
  readonly attention: string;
  readonly faxNumber: string;
  readonly subject: string;
  /** The body as mailMerge's renderMail made it: the template and every value escaped. */
  readonly bodyHtml: string;
}

/** The page's own words, translated by the caller. */
interface FaxPageWords {
  readonly title: string;
  readonly print: string;
  readonly to: string;
  readonly attention: string;
  readonly fax: string;
  readonly from: string;
  readonly date: string;
  readonly none: string;
}

const PAGE_CSS = [
  'body{font-family:Arial,Helvetica,sans-serif;color:#202124;margin:0}',
  '.bar{padding:12px;border-bottom:1px solid #dadce0}',
  '.invitation{padding:32px 40px;page-break-after:always;break-after:page}',
  '.invitation:last-child{page-break-after:auto;break-after:auto}',
  '.head{border-bottom:2px solid #202124;margin-bottom:24px;font-size:14px}',
  '.head td{padding:2px 12px 2px 0;vertical-align:top}',
  'h2{font-size:18px;margin:0 0 16px}',
  'p{font-size:14px;line-height:1.5}',
  '@media print{.bar{display:none}}',
].join('\n');

/** One invitation's page. */
function invitationHtml(page: FaxInvitation, words: FaxPageWords, from: string, date: string): string {
  const row = (label: string, value: string) =>
    `<tr><td><b>${escapeHtml(label)}</b></td><td>${escapeHtml(value)}</td></tr>`;
  return [
    '<section class="invitation">',
    '<table class="head">',
    row(words.to, page.to),
    page.attention ? row(words.attention, page.attention) : '',
    row(words.fax, page.faxNumber),
    row(words.from, from),
    row(words.date, date),
    '</table>',
    `<h2>${escapeHtml(page.subject)}</h2>`,
    page.bodyHtml,
    '</section>',
  ].join('\n');
}

/**
 * The printable document of `pages`: a Print button (hidden when printing), then one invitation a
 * page (a CSS page break after each). Every value is escaped, so a name such as `<script>` or
 * `=HYPERLINK(…)` prints as typed and never runs.
 */
export function faxPagesHtml(
  pages: readonly FaxInvitation[],
  words: FaxPageWords,
  from: string,
  date: string,
): string {
  const body =
    pages.length === 0
      ? `<p class="bar">${escapeHtml(words.none)}</p>`
      : pages.map((page) => invitationHtml(page, words, from, date)).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(words.title)}</title>`,
    `<style>${PAGE_CSS}</style></head><body>`,
    `<div class="bar"><button type="button" onclick="window.print()">${escapeHtml(words.print)}</button></div>`,
    body,
    '</body></html>',
  ].join('\n');
}
