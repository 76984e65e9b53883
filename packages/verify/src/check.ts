import type { ErrorCode } from '@slipway/core';

/** One line of the report: a named check, whether it passed, why, and for a failure its stable error code. */
export interface Check {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  detail: string;
  code?: ErrorCode;
}

export const passed = (name: string, detail: string): Check => ({ name, status: 'passed', detail });
export const failed = (name: string, detail: string, code: ErrorCode): Check => ({ name, status: 'failed', detail, code });
export const skipped = (name: string, detail: string): Check => ({ name, status: 'skipped', detail });

/** True when no check failed (skipped checks were not required). */
export function allPassed(checks: readonly Check[]): boolean {
  return checks.every((c) => c.status !== 'failed');
}

/** The code of the first failed check, if any. */
export function firstFailureCode(checks: readonly Check[]): ErrorCode | undefined {
  return checks.find((c) => c.status === 'failed')?.code;
}
