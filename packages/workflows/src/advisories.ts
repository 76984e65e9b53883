import { decode, decodeDocument } from '@slipway/core';
import snapshotJson from '../data/actions-advisories.json' with { type: 'json' };

/** One advisory about one action repository, with the versions it affects (`>= 4.0.0, < 4.1.7`). */
export interface ActionAdvisory {
  id: string;
  aliases: string[];
  summary: string;
  severity: string;
  package: string;
  vulnerable: string;
  patched: string | null;
}

/** A snapshot of the advisory database for the `actions` ecosystem. */
export interface AdvisorySnapshot {
  source: string;
  taken: string;
  complete: boolean;
  advisories: ActionAdvisory[];
}

const advisory = decode.object({
  id: decode.string,
  aliases: decode.withDefault(decode.array(decode.string), []),
  summary: decode.string,
  severity: decode.string,
  package: decode.string,
  vulnerable: decode.string,
  patched: decode.withDefault(decode.nullable(decode.string), null),
});
const snapshot = decode.object({
  source: decode.string,
  taken: decode.string,
  complete: decode.withDefault(decode.boolean, false),
  advisories: decode.array(advisory),
});

/** Decodes an advisory snapshot (the shipped one, or one written by a refresh). */
export function decodeAdvisorySnapshot(json: unknown, source: string): AdvisorySnapshot {
  return decodeDocument(snapshot, json, source);
}

let shipped: AdvisorySnapshot | undefined;

/** The snapshot shipped with Slipway (data/actions-advisories.json). */
export function shippedAdvisories(): AdvisorySnapshot {
  shipped ??= decodeAdvisorySnapshot(snapshotJson, 'data/actions-advisories.json');
  return shipped;
}

/** `v4.1.2` -> [4, 1, 2]; undefined for anything that is not a version. */
export function parseVersion(v: string): number[] | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** True when a version satisfies a GitHub range (`>= 4.0.0, < 4.1.7`, `<= 45.0.7`, `= 1`). */
export function inRange(version: string, range: string): boolean {
  const v = parseVersion(version);
  if (!v) return false;
  return range.split(',').every((part) => {
    const m = /^\s*(>=|<=|>|<|=)\s*v?([\d.]+)\s*$/.exec(part);
    const bound = m ? parseVersion(m[2] ?? '') : undefined;
    if (!m || !bound) return false;
    const c = compare(v, bound);
    switch (m[1]) {
      case '>=':
        return c >= 0;
      case '<=':
        return c <= 0;
      case '>':
        return c > 0;
      case '<':
        return c < 0;
      default:
        return c === 0;
    }
  });
}

/** The advisories that affect `owner/repo` at a version. */
export function advisoriesFor(db: AdvisorySnapshot, repo: string, version: string): ActionAdvisory[] {
  // A moving tag (`v4`) points at the line's latest release today: only an advisory naming that tag matches it.
  const full = /^v?\d+\.\d+\.\d+$/.test(version.trim());
  return db.advisories.filter(
    (a) =>
      a.package.toLowerCase() === repo &&
      (full ? inRange(version, a.vulnerable) : a.vulnerable.trim() === `= ${version.trim().replace(/^v/, '')}`),
  );
}
