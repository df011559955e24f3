/**
 * A campaign's e-mail as each recipient reads it: the template's merge fields (`{{person.name}}`,
 * `{{client.name|your company}}` with a fallback for an empty value) filled from the recipient's
 * records, and the opt-out line every message carries. Pure: the server reads the records and sends.
 *
 * The template is plain text a person types. The plain body keeps the values as they are; the HTML
 * body escapes the template's own text and every merged value alike, so a client named
 * `<script>…</script>` reads as that text and never runs. Fields are filled in one pass, so a value
 * that looks like a merge field stays as typed.
 */

/** Every merge field a template may use. */
export const MERGE_FIELDS = [
  'person.name',
  'person.firstName',
  'person.position',
  'person.email',
  'client.name',
  'client.segment',
  'client.industry',
  'client.region',
  'client.owner',
  'campaign.name',
  'sender.name',
] as const;

/** One merge field. */
type MergeField = (typeof MERGE_FIELDS)[number];

/** A recipient's values for every merge field ('' where the record has none). */
export type MergeData = Readonly<Record<MergeField, string>>;

/** A template: the subject line and the body, as typed. */
export interface MailTemplate {
  readonly subject: string;
  readonly body: string;
}

/** Where in a template a problem is. */
type TemplatePart = 'subject' | 'body';

/** A template a person must fix before anything is previewed or sent, naming the field and where. */
export type TemplateProblem =
  | { readonly kind: 'unknownField'; readonly part: TemplatePart; readonly field: string }
  | { readonly kind: 'unclosed'; readonly part: TemplatePart; readonly near: string }
  | { readonly kind: 'empty'; readonly part: TemplatePart }
  | { readonly kind: 'tooLong'; readonly part: TemplatePart; readonly max: number };

/** One message as it is sent. */
export interface RenderedMail {
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
  /** Fields that came out empty (no value and no fallback), for the preview to warn about. */
  readonly emptyFields: readonly MergeField[];
}

/** Longest subject and body a template may have. */
const TEMPLATE_LIMITS = { subject: 250, body: 20_000 } as const;

const FIELD = /\{\{\s*([^{}|]*?)\s*(?:\|([^{}]*))?\}\}/g;
const KNOWN: ReadonlySet<string> = new Set(MERGE_FIELDS);

type Piece = string | { readonly field: MergeField; readonly fallback: string };

/** The template text split into literal text and fields, or the first problem found. */
function parse(text: string, part: TemplatePart): { pieces: Piece[] } | { problem: TemplateProblem } {
  const pieces: Piece[] = [];
  let last = 0;
  FIELD.lastIndex = 0;
  for (let match = FIELD.exec(text); match !== null; match = FIELD.exec(text)) {
    const literal = text.slice(last, match.index);
    if (literal.includes('{{')) return { problem: unclosed(part, literal) };
    const name = match[1] ?? '';
    if (!KNOWN.has(name)) return { problem: { kind: 'unknownField', part, field: name } };
    pieces.push(literal, { field: name as MergeField, fallback: (match[2] ?? '').trim() });
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  if (rest.includes('{{')) return { problem: unclosed(part, rest) };
  pieces.push(rest);
  return { pieces };
}

function unclosed(part: TemplatePart, text: string): TemplateProblem {
  return { kind: 'unclosed', part, near: text.slice(text.indexOf('{{'), text.indexOf('{{') + 30) };
}

/**
 * What is wrong with a template, or [] when it can be sent: an empty subject or body, one that is
 * too long, a field Suki does not know (named as typed), a `{{` that is never closed.
 */
export function templateProblems(template: MailTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const part of ['subject', 'body'] as const) {
    const text = template[part];
    if (text.trim() === '') problems.push({ kind: 'empty', part });
    else if (text.length > TEMPLATE_LIMITS[part])
      problems.push({ kind: 'tooLong', part, max: TEMPLATE_LIMITS[part] });
    else {
      const parsed = parse(text, part);
      if ('problem' in parsed) problems.push(parsed.problem);
    }
  }
  return problems;
}

/** Text made safe to put inside HTML: the five characters HTML gives meaning, as entities. @forTests */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The template's text with each field's value (or its fallback), each piece passed through `wrap`. */
function fill(
  pieces: readonly Piece[],
  data: MergeData,
  wrap: (text: string) => string,
  empty: Set<MergeField>,
): string {
  return pieces
    .map((piece) => {
      if (typeof piece === 'string') return wrap(piece);
      const value = (data[piece.field] ?? '').trim();
      if (value === '' && piece.fallback === '') empty.add(piece.field);
      return wrap(value === '' ? piece.fallback : value);
    })
    .join('');
}

function piecesOf(text: string, part: TemplatePart): Piece[] {
  const parsed = parse(text, part);
  if ('problem' in parsed) throw new Error(`The ${part} of this template has a problem: check it first.`);
  return parsed.pieces;
}

/** The HTML of escaped text: paragraphs at blank lines, line breaks kept. */
function paragraphs(escaped: string): string {
  return escaped
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/**
 * One recipient's message: the subject on one line (no line breaks, at most 250 characters), the
 * plain body with the values as they are, and the HTML body with the template and every value
 * escaped; both end with `optOutLine`. The template must have no problems (templateProblems).
 */
export function renderMail(template: MailTemplate, data: MergeData, optOutLine: string): RenderedMail {
  const empty = new Set<MergeField>();
  const plain = (text: string) => text;
  const subject = fill(piecesOf(template.subject, 'subject'), data, plain, empty)
    .replace(/[\r\n\t]+/g, ' ')
    .trim()
    .slice(0, TEMPLATE_LIMITS.subject);
  const bodyPieces = piecesOf(template.body, 'body');
  const textBody = `${fill(bodyPieces, data, plain, empty).trim()}\n\n--\n${optOutLine}`;
  const htmlBody = [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#202124">',
    paragraphs(fill(bodyPieces, data, escapeHtml, empty)),
    '<hr style="border:none;border-top:1px solid #dadce0;margin:24px 0 8px">',
    `<p style="font-size:12px;color:#5f6368">${escapeHtml(optOutLine)}</p>`,
    '</div>',
  ].join('\n');
  return { subject, textBody, htmlBody, emptyFields: [...empty] };
}

/** A message's size in bytes as MailApp counts it (UTF-8), plain and HTML bodies together. */
export function mailBytes(mail: Pick<RenderedMail, 'textBody' | 'htmlBody'>): number {
  let bytes = 0;
  for (const part of [mail.textBody, mail.htmlBody]) {
    for (let i = 0; i < part.length; i++) {
      const code = part.charCodeAt(i);
      // A surrogate is half of a four-byte character: two bytes for each half.
      bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
    }
  }
  return bytes;
}

/** A person's first name: the first word of their name (titles such as "Engr." left out). */
export function firstNameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words.find((word) => !/^(mr|mrs|ms|dr|engr|atty|sir|ma'am)\.?$/i.test(word));
  return first ?? '';
}

/** A short fingerprint of a template, so a campaign can tell whether it changed since it was confirmed. */
export function templateFingerprint(template: MailTemplate): string {
  let hash = 0x811c9dc5;
  const text = `${template.subject}\u0000${template.body}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
