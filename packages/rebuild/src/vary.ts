import { errorCodes, UserError } from '@slipway/core';

/** What a reproducible build must not depend on, each varied between runs unless switched off. */
export const VARIATIONS = ['path', 'time', 'tz', 'locale', 'umask', 'hostname', 'user', 'order'] as const;
export type Variation = (typeof VARIATIONS)[number];

/**
 * Parses `--vary`: `all` (the default), `none`, a list of names (only those), or `-name`/`+name`
 * items that take from or add to all of them (`-time,-hostname`).
 */
export function parseVary(value: string | undefined, field = '--vary'): Variation[] {
  const items = (value ?? 'all')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const bare = items.filter((i) => !/^[+-]/.test(i) && i !== 'all');
  const set = new Set<Variation>(bare.length > 0 || items.includes('none') ? [] : VARIATIONS);
  for (const item of items) {
    if (item === 'all') VARIATIONS.forEach((v) => set.add(v));
    else if (item === 'none') continue;
    else {
      const name = item.replace(/^[+-]/, '');
      if (!(VARIATIONS as readonly string[]).includes(name)) {
        throw new UserError(`${field}: '${name}' is not something a rebuild can vary; expected ${VARIATIONS.join(', ')}, all or none`, {
          code: errorCodes.usage,
          hint: 'e.g. --vary=-time,-hostname (write the = when the value starts with a dash) varies all but the clock and the host name',
        });
      }
      if (item.startsWith('-')) set.delete(name as Variation);
      else set.add(name as Variation);
    }
  }
  return VARIATIONS.filter((v) => set.has(v));
}

/** What one run looks like to the build: where, when, in which zone, locale, umask, host and user. */
export interface RunPlan {
  /** 1-based. */
  run: number;
  /** The build folder under the scratch folder, as path segments (varies in depth and length). */
  segments: string[];
  /** Seconds the build's clock is shifted by (faketime), 0 for the real clock. */
  clockShiftSeconds: number;
  timeZone: string;
  locale: string;
  umask: string;
  /** The host name set in a UTS namespace; undefined leaves the machine's. */
  hostname: string | undefined;
  /** USER and LOGNAME; undefined leaves the caller's. */
  user: string | undefined;
  /** The order directory listings come in. */
  order: 'natural' | 'reversed';
}

// Zones with unusual offsets, so a date printed in local time cannot match by accident.
const ZONES = ['Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham'];
const BASE_LOCALE = 'C.UTF-8';

/** The locale a varied run uses: an installed non-C one if there is any, else POSIX (which changes LANG, not collation). */
export function variedLocale(installed: readonly string[]): string {
  const preferred = ['de_DE.utf8', 'fr_FR.utf8', 'tr_TR.utf8', 'en_US.utf8'];
  const real = installed.filter((l) => !/^(C|POSIX)(\..*)?$/i.test(l));
  return preferred.find((p) => real.includes(p)) ?? real[0] ?? 'POSIX';
}

/**
 * The plan of each run: run 1 is the reference (UTC, C.UTF-8, umask 022, the real clock), each
 * later run varies what `vary` names. A variation switched off keeps run 1's value in every run.
 */
export function planRuns(runs: number, vary: readonly Variation[], installedLocales: readonly string[]): RunPlan[] {
  const on = (v: Variation): boolean => vary.includes(v);
  const plans: RunPlan[] = [];
  for (let run = 1; run <= runs; run++) {
    const k = run - 1;
    const varied = k > 0;
    plans.push({
      run,
      segments: on('path') ? (varied ? [`run-${run}`, 'a-longer', 'build', 'path', 'src'] : [`run-${run}`, 'src']) : ['build', 'src'],
      clockShiftSeconds: on('time') && varied ? k * (86_400 + 3_723) : 0,
      timeZone: on('tz') && varied ? (ZONES[(k - 1) % ZONES.length] ?? 'UTC') : 'UTC',
      locale: on('locale') && varied ? variedLocale(installedLocales) : BASE_LOCALE,
      umask: on('umask') && varied ? '0002' : '0022',
      hostname: on('hostname') ? `slipway-${varied ? 'rebuilder' : 'builder'}-${run}` : undefined,
      user: on('user') ? (varied ? `rebuild-user-${run}` : 'builder') : undefined,
      order: on('order') && k % 2 === 1 ? 'reversed' : 'natural',
    });
  }
  return plans;
}
