/**
 * The demo's Schemes table: the steps of the schemes its contact plan already follows (Onboarding,
 * Quarterly review, Win-back; see contacts.ts), so the rows typed over the years match a scheme in
 * the sidebar, with a note and a stop condition on a few steps. Set up by the head when the team
 * started, each scheme a few days after the one before.
 */
import { SCHEMES_TABLE } from '../../src/core/tables/schemeTable';
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { DEMO_SCHEMES } from './contacts';
import type { Rng } from './random';
import { Drafts } from './records';

/** A step's note and stop condition, by scheme and step number. */
const EXTRAS: Readonly<Record<string, Readonly<Record<number, { note?: string; stopWhen?: string }>>>> = {
  Onboarding: {
    1: { note: 'Confirm the billing contact and the delivery address.' },
    4: { note: 'Attach the credit application form.', stopWhen: 'dealLost' },
    5: { stopWhen: 'openClaim' },
  },
  'Quarterly review': { 1: { note: 'Bring the sales figures of the quarter.' } },
  'Win-back': { 2: { stopWhen: 'dealWon' }, 3: { stopWhen: 'dealWon' } },
};

/** The Schemes table's records, one per step, created by `head` about four years before `asOfDay`. */
export function buildSchemes(rng: Rng, asOfDay: number, head: string): TableRecord[] {
  const drafts = new Drafts();
  DEMO_SCHEMES.forEach((scheme, index) => {
    const day = asOfDay - 1500 + index * 4;
    scheme.steps.forEach(([channel, dayOffset, purpose], i) => {
      const extra = EXTRAS[scheme.name]?.[i + 1] ?? {};
      drafts.add(
        {
          id: '',
          scheme: scheme.name,
          step: i + 1,
          dayOffset,
          channel,
          purpose,
          note: extra.note ?? null,
          stopWhen: extra.stopWhen ?? null,
          createdAt: '',
          createdBy: head,
          updatedAt: '',
          updatedBy: head,
          archivedAt: null,
        },
        day,
        day,
      );
    });
  });
  return drafts.finalize(SCHEMES_TABLE, rng);
}
