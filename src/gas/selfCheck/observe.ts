/** How the self-check's probes turn an exception from Sheets into a reading, so one refusal stops nothing. */
import type { Observed } from '../../core/selfCheck/checkOutcome';

/** The message of an exception, or the thrown value as text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one probe; an exception becomes a reading of what Sheets said, so one refusal stops nothing. */
export function observe<T>(probe: () => T): Observed<T> {
  try {
    return { ok: true, value: probe() };
  } catch (error) {
    console.warn(`Suki self-check: a probe was refused: ${errorText(error)}`);
    return { ok: false, error: errorText(error) };
  }
}
