/** The temporary sheet the self-check's cell probes write into: its name, its tag, and when it is stale. */

/** Sheet-level metadata on the probe sheet: its creation time in epoch ms. */
export const PROBE_SHEET_METADATA_KEY = 'suki.selfCheckSheet';
/** Every probe sheet's name starts with this. */
const PROBE_SHEET_PREFIX = 'Suki check ';
/** A probe sheet older than this was left by an execution that died; the next check removes it. */
const STALE_PROBE_SHEET_MS = 60 * 60 * 1000;

/**
 * The probe sheet's name: `Suki check <UTC timestamp>`, with ` (n)` added from the second attempt,
 * so it cannot be a person's sheet and two checks at once do not collide.
 */
export function probeSheetName(now: Date, attempt = 0): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `${PROBE_SHEET_PREFIX}${stamp}${attempt > 0 ? ` (${attempt + 1})` : ''}`;
}

/** True for a probe sheet left behind by a dead execution: our name, our tag, and over an hour old. */
export function isStaleProbeSheet(name: string, createdAt: string | null, now: Date): boolean {
  if (name.indexOf(PROBE_SHEET_PREFIX) !== 0 || createdAt === null || !/^\d+$/.test(createdAt)) return false;
  return now.getTime() - Number(createdAt) > STALE_PROBE_SHEET_MS;
}
