/** The self-check's report a person reads, in their language. */
import type { MessageKey } from '../i18n/en';
import type { Translator } from '../i18n/translate';
import type { CheckStatus, Message } from './checkOutcome';
import type { SelfCheckObservations, SelfCheckVerdict } from './verdict';

const MARKS: Record<CheckStatus, string> = { passed: '✓', failed: '✗', unknown: '?' };
const STATUS_KEYS: Record<CheckStatus, MessageKey> = {
  passed: 'selfCheck.passed',
  failed: 'selfCheck.failed',
  unknown: 'selfCheck.unknown',
};

/**
 * A message in the language of `t`, its labelled parameters (a step's name) said in that language too.
 * @forTests The wording tests check messages one by one.
 */
export function sayMessage(t: Translator, message: Message): string {
  const params: Record<string, string | number> = { ...message.params };
  const labels = message.labels ?? {};
  for (const name of Object.keys(labels)) params[name] = t(labels[name] as MessageKey);
  return t(message.key, params);
}

const quoteList = (values: readonly string[]) => values.map((v) => `“${v}”`).join(', ');

/**
 * The report a person reads: a summary, one line per check (passed, failed or could not check)
 * with what went wrong and what it means, the text verdict, and a word about the temporary sheet.
 */
export function selfCheckReport(
  verdict: SelfCheckVerdict,
  t: Translator,
  probeSheet: SelfCheckObservations['probeSheet'] = null,
): string {
  const failed = verdict.checks.filter((c) => c.status === 'failed').length;
  const unknown = verdict.checks.filter((c) => c.status === 'unknown').length;
  const lines: string[] = [];
  if (failed === 0 && unknown === 0) lines.push(t('selfCheck.summary.allPassed'));
  if (failed > 0) lines.push(t('selfCheck.summary.failed', { failed, total: verdict.checks.length }));
  if (unknown > 0) lines.push(t('selfCheck.summary.unknown', { count: unknown }));
  lines.push('');
  for (const check of verdict.checks) {
    lines.push(`${MARKS[check.status]} ${t(STATUS_KEYS[check.status])}: ${sayMessage(t, check.label)}`);
    for (const problem of check.problems) lines.push(`    – ${sayMessage(t, problem)}`);
    if (check.explanation) lines.push(`    ${sayMessage(t, check.explanation)}`);
  }
  lines.push('');
  switch (verdict.textDecision) {
    case 'plain':
      lines.push(t('selfCheck.verdict.plain'));
      break;
    case 'apostrophe':
      lines.push(
        t(
          verdict.checks[0]?.status === 'failed'
            ? 'selfCheck.verdict.apostrophe'
            : 'selfCheck.verdict.apostropheUnchecked',
        ),
      );
      break;
    case 'unsafe':
      lines.push(t('selfCheck.verdict.unsafe', { values: quoteList(verdict.unsafeValues) }));
      break;
    default:
      lines.push(t('selfCheck.verdict.inconclusive'));
  }
  lines.push('');
  if (!probeSheet) lines.push(t('selfCheck.footer.noSheet'));
  else if (probeSheet.removed) lines.push(t('selfCheck.footer.removed'));
  else lines.push(t('selfCheck.footer.left', { sheet: probeSheet.name }));
  return lines.join('\n');
}
