/**
 * The campaign e-mail's merge (core/outreach/mailMerge.ts), on cases worked by hand: fields and
 * fallbacks, the problems a template is refused for, and every merged value escaped in the HTML body
 * while the plain body keeps it as typed.
 */
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  firstNameOf,
  MERGE_FIELDS,
  type MergeData,
  mailBytes,
  renderMail,
  templateFingerprint,
  templateProblems,
} from '../../../src/core/outreach/mailMerge';

const data = (values: Partial<MergeData> = {}): MergeData => ({
  ...(Object.fromEntries(MERGE_FIELDS.map((field) => [field, ''])) as MergeData),
  ...values,
});
const OPT_OUT = 'Reply “unsubscribe” to receive no more.';

describe('merge fields', () => {
  it('fill each field, use the fallback only for an empty value, and note a field left empty', () => {
    const mail = renderMail(
      { subject: 'Hello {{ client.name }}', body: 'Dear {{person.name|Sir or Madam}}, {{person.position}}.' },
      data({ 'client.name': 'Alpha Foods' }),
      OPT_OUT,
    );
    expect(mail.subject).toBe('Hello Alpha Foods');
    expect(mail.textBody).toBe(`Dear Sir or Madam, .\n\n--\n${OPT_OUT}`);
    expect(mail.emptyFields).toEqual(['person.position']);
    const named = renderMail(
      { subject: 'x', body: '{{person.name|Sir}}' },
      data({ 'person.name': 'Ana' }),
      OPT_OUT,
    );
    expect(named.textBody.startsWith('Ana\n')).toBe(true);
    expect(named.emptyFields).toEqual([]);
  });

  it('leave a value that looks like a field exactly as typed (one pass)', () => {
    const mail = renderMail(
      { subject: '{{client.name}}', body: '{{client.name}}' },
      data({ 'client.name': '{{sender.name}}' }),
      '',
    );
    expect(mail.subject).toBe('{{sender.name}}');
  });

  it('keep the subject on one line of at most 250 characters', () => {
    const mail = renderMail(
      { subject: 'A {{client.name}} B', body: 'x' },
      data({ 'client.name': 'one\r\ntwo' }),
      '',
    );
    expect(mail.subject).toBe('A one two B');
    const long = renderMail(
      { subject: '{{client.name}}', body: 'x' },
      data({ 'client.name': 'y'.repeat(400) }),
      '',
    );
    expect(long.subject).toHaveLength(250);
  });
});

describe('a template is refused, naming the field and where', () => {
  it('for a field Suki does not know', () => {
    expect(templateProblems({ subject: 'Hi', body: 'Dear {{person.nmae}}' })).toEqual([
      { kind: 'unknownField', part: 'body', field: 'person.nmae' },
    ]);
    expect(templateProblems({ subject: '{{client}}', body: 'x' })).toEqual([
      { kind: 'unknownField', part: 'subject', field: 'client' },
    ]);
  });

  it('for a field never closed, an empty part, or one too long', () => {
    expect(templateProblems({ subject: 'Hi {{person.name', body: 'x' })).toEqual([
      { kind: 'unclosed', part: 'subject', near: '{{person.name' },
    ]);
    expect(templateProblems({ subject: ' ', body: '' })).toEqual([
      { kind: 'empty', part: 'subject' },
      { kind: 'empty', part: 'body' },
    ]);
    expect(templateProblems({ subject: 'x'.repeat(251), body: 'ok' })).toEqual([
      { kind: 'tooLong', part: 'subject', max: 250 },
    ]);
    expect(templateProblems({ subject: 'ok {{client.name|x}}', body: 'ok {{person.firstName}}' })).toEqual(
      [],
    );
  });
});

describe('HTML body', () => {
  const hostile = {
    'client.name': '<script>alert("x")</script>',
    'person.name': '=HYPERLINK("http://evil.test","Click")',
  } as const;
  const mail = renderMail(
    { subject: 'For {{client.name}}', body: 'Dear {{person.name}} & <b>friends</b>,\n\nline one\nline two' },
    data(hostile),
    OPT_OUT,
  );

  it('escapes every merged value and the template’s own text: nothing in it can run', () => {
    expect(mail.htmlBody).toContain(
      'Dear =HYPERLINK(&quot;http://evil.test&quot;,&quot;Click&quot;) &amp; &lt;b&gt;friends&lt;/b&gt;,',
    );
    expect(mail.htmlBody).not.toContain('<script');
    expect(mail.htmlBody).not.toContain('<b>');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('keeps paragraphs and line breaks, and ends with the opt-out line; the plain body keeps values as typed', () => {
    expect(mail.htmlBody).toContain('<p>line one<br>line two</p>');
    expect(mail.htmlBody).toContain(`<p style="font-size:12px;color:#5f6368">${escapeHtml(OPT_OUT)}</p>`);
    expect(mail.textBody).toContain('Dear =HYPERLINK("http://evil.test","Click") & <b>friends</b>,');
    expect(mail.textBody.endsWith(`\n--\n${OPT_OUT}`)).toBe(true);
    expect(mail.subject).toBe('For <script>alert("x")</script>');
  });
});

describe('small parts', () => {
  it('first names leave titles out', () => {
    expect(firstNameOf('Engr. Ana Cruz')).toBe('Ana');
    expect(firstNameOf('  Jose  ')).toBe('Jose');
    expect(firstNameOf('')).toBe('');
  });

  it('a template’s fingerprint changes with its text, and sizes count UTF-8 bytes', () => {
    const a = templateFingerprint({ subject: 'Hi', body: 'There' });
    expect(templateFingerprint({ subject: 'Hi', body: 'There' })).toBe(a);
    expect(templateFingerprint({ subject: 'Hi', body: 'there' })).not.toBe(a);
    expect(templateFingerprint({ subject: 'HiT', body: 'here' })).not.toBe(a);
    expect(mailBytes({ textBody: 'aé', htmlBody: '₱' })).toBe(1 + 2 + 3);
    expect(mailBytes({ textBody: '😀', htmlBody: '' })).toBe(4);
  });
});
