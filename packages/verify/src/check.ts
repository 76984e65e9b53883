/** One line of the report: a named check, whether it passed, and why. */
export interface Check {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  detail: string;
}

export const passed = (name: string, detail: string): Check => ({ name, status: 'passed', detail });
export const failed = (name: string, detail: string): Check => ({ name, status: 'failed', detail });
export const skipped = (name: string, detail: string): Check => ({ name, status: 'skipped', detail });

/** True when no check failed (skipped checks were not required). */
export function allPassed(checks: readonly Check[]): boolean {
  return checks.every((c) => c.status !== 'failed');
}
