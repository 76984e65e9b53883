import { decode, type Decoder } from '@slipway/core';

/** When the gate first saw each finding, by fingerprint (ISO dates): restored and saved between runs. */
export interface SlaState {
  version: 1;
  firstSeen: Record<string, string>;
}

/** Decodes a saved state file. */
export const decodeSlaState: Decoder<SlaState> = decode.map(
  decode.object({ version: decode.literal('1'), firstSeen: decode.record(decode.string) }),
  (s) => ({ version: 1 as const, firstSeen: s.firstSeen }),
);

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

/** Days left before a finding first seen at `firstSeen` breaks an SLA of `slaDays` (negative: overdue). */
export function slaDaysLeft(firstSeen: string, slaDays: number, now: Date): number {
  const due = Date.parse(firstSeen) + slaDays * DAY;
  return Math.floor((due - now.getTime()) / DAY);
}
