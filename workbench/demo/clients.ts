import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { CompanyNamer, domainOf } from './companyNames';
import type { CompetitorProfile } from './competitors';
import type { NextContact } from './contacts';
import { isoDate } from './days';
import { personName } from './names';
import { CLIENT_NOTES, GOALS, NEEDS_BY_SEGMENT } from './phrases';
import { phoneNumber, taxNumber } from './places';
import type { ClientProfile } from './profiles';
import type { Rng } from './random';
import { Drafts } from './records';

/** Share of clients whose record was last reviewed more than 90 days before asOf. */
const STALE_SHARE = 0.22;

/** The people a client row's stamps name: the head and the managers. */
interface Stampers {
  readonly head: string;
}

function needsOf(rng: Rng, profile: ClientProfile): string | null {
  if (rng.chance(0.15)) return null;
  const pool = NEEDS_BY_SEGMENT[profile.segment];
  const first = rng.pick(pool);
  const second = rng.pick(pool);
  return second === first || rng.chance(0.4) ? first : `${first}\n${second}`;
}

function creditLimitOf(rng: Rng, profile: ClientProfile): number | null {
  if (profile.status === 'prospect') return rng.chance(0.4) ? null : rng.int(5, 20) * 10_000;
  const terms = profile.paymentTermsDays ?? 30;
  const exposure = (profile.annualRevenue / 365) * terms * rng.between(1.2, 2.5);
  return Math.max(50_000, Math.round(exposure / 10_000) * 10_000);
}

/**
 * The clients table, one row per profile in ID order: names from word lists (a few near-duplicates of
 * earlier clients keep the original's phone), a contact person with e-mail, phones, website, TIN,
 * account plan (goal, next step and date from the next open contact), and stamps of which about a
 * fifth are stale. The late chance, its band, ABC and XYZ are left for Suki's analyses to fill.
 */
export function buildClients(
  rng: Rng,
  profiles: readonly ClientProfile[],
  competitors: readonly CompetitorProfile[],
  next: readonly (NextContact | null)[],
  asOfDay: number,
  team: Stampers,
): TableRecord[] {
  const namer = new CompanyNamer(rng);
  const drafts = new Drafts();
  profiles.forEach((profile, index) => {
    const { place, status } = profile;
    const original = profile.duplicateOf === null ? undefined : drafts.at(profile.duplicateOf);
    const name =
      original && typeof original.name === 'string'
        ? namer.nearDuplicate(original.name)
        : namer.name(profile.segment, place);
    const domain = domainOf(rng, name, place);
    const person = personName(
      rng,
      place.abroad || rng.chance(0.92) ? rng.pick(place.country.nameOrigins) : 'cn',
    );
    const contactPerson = rng.chance(0.05) ? null : person.name;
    const generic = contactPerson === null || rng.chance(0.15);
    const email = rng.chance(0.1)
      ? null
      : `${generic ? rng.pick(['info', 'sales', 'purchasing']) : person.emailLocal}@${domain}`;
    const phone = original?.phone ?? phoneNumber(rng, place, rng.chance(0.5));
    const upcoming = next[index] ?? null;
    const goals = GOALS[status];
    const goalChance = { active: 0.7, prospect: 0.8, dormant: 0.6, lost: 0.2 }[status];
    const createdDay = profile.createdDay;
    const staleUntil = asOfDay - 91;
    const updatedDay =
      createdDay <= staleUntil && rng.chance(STALE_SHARE)
        ? rng.int(createdDay, staleUntil)
        : rng.int(Math.max(createdDay, asOfDay - 90), asOfDay - 1);
    const owner = profile.owner;
    drafts.add(
      {
        id: profile.id,
        name,
        status,
        segment: rng.chance(0.04) ? null : profile.segment,
        tier: profile.tier,
        needs: needsOf(rng, profile),
        region: place.region,
        leadSource: profile.leadSource,
        owner,
        contactPerson,
        email,
        phone,
        fax: rng.chance(place.abroad ? 0.1 : 0.25) ? phoneNumber(rng, place, false) : null,
        website: rng.chance(0.3) ? null : `${rng.chance(0.7) ? 'https://' : ''}www.${domain}`,
        taxNumber:
          status === 'prospect' && rng.chance(0.5) ? null : taxNumber(rng, place, name.endsWith(')')),
        yearFounded: rng.chance(0.1) ? null : profile.foundedYear,
        creditLimit: creditLimitOf(rng, profile),
        paymentTermsDays: profile.paymentTermsDays,
        competitors: profile.competitors.map((i) => competitors[i]?.name).join(', ') || null,
        goal: rng.chance(goalChance) ? rng.pick(goals) : null,
        nextStep: upcoming?.purpose ?? null,
        nextContactDate: upcoming ? isoDate(upcoming.day) : null,
        lateChance: null,
        reliabilityBand: null,
        abcClass: null,
        xyzClass: null,
        notes: rng.chance(0.2) ? rng.pick(CLIENT_NOTES) : null,
        createdAt: '',
        createdBy: rng.chance(0.25) ? team.head : owner,
        updatedAt: '',
        updatedBy: rng.chance(0.15) ? team.head : owner,
        archivedAt: null,
      },
      createdDay,
      updatedDay,
    );
  });
  return drafts.finalize(CLIENTS_TABLE, rng);
}
