import { decode, parseDateTime, type Decoder } from '@slipway/core';

/** When the gate first saw each finding, by fingerprint (ISO dates): restored and saved between runs. */
export interface SlaState {
  version: 1;
  firstSeen: Record<string, string>;
}

/** Decodes a saved state file's shape; the dates in it are checked by `validSlaState`. */
export const decodeSlaState: Decoder<SlaState> = decode.map(
  decode.object({ version: decode.literal('1'), firstSeen: decode.record(decode.string) }),
  (s) => ({ version: 1 as const, firstSeen: s.firstSeen }),
);

const MINUTE = 60_000;

/** Why a first-seen value cannot be used, or undefined when it can. */
function problemWith(value: string, nowMs: number): string | undefined {
  let at: number;
  try {
    at = parseDateTime(value, 'firstSeen');
  } catch {
    return 'not a date';
  }
  return at > nowMs + MINUTE ? 'in the future' : undefined;
}

/**
 * Keeps only the first-seen dates that are real dates, not in the future. Any other entry would
 * stop its clock for good (a NaN or a far-future date is never past its SLA): its clock restarts
 * today instead, and a note says how many and why.
 */
export function validSlaState(state: SlaState, now: Date, source = 'the saved SLA state'): { state: SlaState; notes: string[] } {
  const firstSeen: Record<string, string> = {};
  const bad = new Map<string, string[]>();
  for (const [fp, value] of Object.entries(state.firstSeen)) {
    const problem = problemWith(value, now.getTime());
    if (problem === undefined) firstSeen[fp] = value;
    else bad.set(problem, [...(bad.get(problem) ?? []), value]);
  }
  const notes = [...bad].map(([problem, values]) => {
    const distinct = [...new Set(values)];
    const shown = distinct.slice(0, 3).map((v) => `'${v.slice(0, 40)}'`);
    return `${source}: ${values.length} first-seen date${values.length === 1 ? ' is' : 's are'} ${problem} (${shown.join(', ')}${distinct.length > 3 ? ', …' : ''}); ${values.length === 1 ? 'its clock restarts' : 'their clocks restart'} today`;
  });
  return { state: { version: 1, firstSeen }, notes };
}

/** The state for the next run: first-seen dates of today's findings, new ones stamped `now`; gone ones dropped. */
export function nextSlaState(previous: SlaState, fingerprints: Iterable<string>, now: Date): SlaState {
  const firstSeen: Record<string, string> = {};
  for (const fp of fingerprints) firstSeen[fp] = previous.firstSeen[fp] ?? now.toISOString();
  return { version: 1, firstSeen };
}

/** Serialises a state with a string version (JSON and YAML agree on it). */
export function serialiseSlaState(state: SlaState): string {
  return `${JSON.stringify({ version: '1', firstSeen: state.firstSeen })}\n`;
}

const DAY = 86_400_000;

/** Days left before a finding first seen at `firstSeen` (a checked date) breaks an SLA of `slaDays` (negative: overdue). */
export function slaDaysLeft(firstSeen: string, slaDays: number, now: Date): number {
  const due = parseDateTime(firstSeen, 'firstSeen') + slaDays * DAY;
  return Math.floor((due - now.getTime()) / DAY);
}
