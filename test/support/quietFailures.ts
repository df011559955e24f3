/**
 * For fault-injection suites: Suki logs the failures it survives (console.error / console.warn),
 * and hundreds of injected ones would bury the test report. Call once at the top of a test file.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export function silenceSurvivedFailures(): void {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}
