import { decode, DecodeError, parseCalendarDate, parseDuration, UserError, type Decoder } from '@slipway/core';
import { SEVERITIES, type Severity } from './finding.js';
import { checkPathPattern } from './path-glob.js';

/** A severity threshold: findings at or above it block; `none` never blocks by severity. */
export type Threshold = Severity | 'none';

/** The rule for one kind of finding that has severities (vulnerabilities, misconfigurations). */
export interface KindRule {
  failOn: Threshold;
  /** Budgets: more than `max[severity]` findings of that severity block. */
  max: Partial<Record<Severity, number>>;
  /** Count only findings that have a fix. */
  onlyFixed: boolean;
  failOnKnownExploited: boolean;
  /** Block findings whose EPSS probability is at or above this. */
  epssThreshold?: number;
}

/** An exception: suppresses matching findings until it expires. */
export interface PolicyException {
  id: string;
  reason: string;
  /** The last day (UTC) the exception holds, `YYYY-MM-DD`. */
  expires: string;
  package?: string;
  path?: string;
  image?: string;
}

/** The settings an image override may replace. */
export interface PolicyRules {
  vulnerabilities: KindRule;
  misconfigurations: KindRule;
  secrets: { block: boolean };
  licenses: { deny: string[]; allow: string[]; failOn: Threshold };
  /** Days to fix, per severity. */
  sla: Partial<Record<Severity, number>>;
  /** Accept a report that scanned nothing (with a note) instead of refusing it (SCAN_EMPTY). */
  allowEmptyScan: boolean;
  /**
   * A finding whose severity is missing or not one the gate knows (`CRITICL`): `block` (the
   * default: fail closed), or the severity to count it as.
   */
  unrecognizedSeverity: 'block' | Severity;
}

/** The gate's policy: shared across repositories, validated strictly on load. */
export interface Policy extends PolicyRules {
  warnDays: number;
  exceptions: PolicyException[];
  overrides: { image: string; rules: PolicyRules }[];
}

const THRESHOLDS = [...SEVERITIES.map((s) => s.toLowerCase()), 'none'] as const;

const threshold: Decoder<Threshold> = (v, p) => {
  const s = decode.string(v, p).toLowerCase();
  if (!(THRESHOLDS as readonly string[]).includes(s)) throw new DecodeError(p, `one of ${THRESHOLDS.join(', ')}`, v);
  return s === 'none' ? 'none' : (s.toUpperCase() as Severity);
};

const count: Decoder<number> = (v, p) => {
  const n = decode.number(v, p);
  if (!Number.isInteger(n) || n < 0) throw new DecodeError(p, 'a whole number of 0 or more', v);
  return n;
};

function severityMap<T>(value: Decoder<T>): Decoder<Partial<Record<Severity, T>>> {
  return (v, p) => {
    const raw = decode.record(decode.unknown)(v, p);
    const out: Partial<Record<Severity, T>> = {};
    for (const [k, x] of Object.entries(raw)) {
      const sev = k.toUpperCase();
      if (!(SEVERITIES as readonly string[]).includes(sev)) {
        throw new UserError(`${p}.${k}: unknown severity; use ${SEVERITIES.map((s) => s.toLowerCase()).join(', ')}`);
      }
      out[sev as Severity] = value(x, `${p}.${k}`);
    }
    return out;
  };
}

const days: Decoder<number> = (v, p) => {
  const raw = typeof v === 'number' ? `${v}d` : decode.string(v, p);
  const seconds = parseDuration(raw);
  if (seconds === undefined || seconds <= 0) throw new DecodeError(p, 'a duration such as 7d, 30d or 2w', v);
  return seconds / 86400;
};

/** A calendar day `YYYY-MM-DD`; impossible dates (2024-02-30) are refused naming the field. */
export const calendarDay: Decoder<string> = (v, p) => {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  const s = decode.string(v, p).trim();
  parseCalendarDate(s, p || 'date');
  return s;
};

const nonEmpty: Decoder<string> = (v, p) => {
  const s = decode.string(v, p).trim();
  if (s === '') throw new DecodeError(p, 'a non-empty string', v);
  return s;
};

const unrecognized: Decoder<'block' | Severity> = (v, p) => {
  const s = decode.string(v, p).toLowerCase();
  if (s === 'block') return 'block';
  if (!(SEVERITIES as readonly string[]).includes(s.toUpperCase())) {
    throw new DecodeError(p, `block or a severity to count such findings as (${SEVERITIES.map((x) => x.toLowerCase()).join(', ')})`, v);
  }
  return s.toUpperCase() as Severity;
};

const kindRule = (fallback: KindRule): Decoder<KindRule> =>
  decode.map(
    decode.withDefault(
      decode.object(
        {
          'fail-on': decode.optional(threshold),
          max: decode.optional(severityMap(count)),
          'only-fixed': decode.optional(decode.boolean),
          'fail-on-known-exploited': decode.optional(decode.boolean),
          'epss-threshold': decode.optional(
            decode.map(decode.number, (n, p) => {
              if (n < 0 || n > 1) throw new DecodeError(p, 'a probability from 0 to 1', n);
              return n;
            }),
          ),
        },
        { strict: true },
      ),
      {},
    ),
    (r) => ({
      failOn: r['fail-on'] ?? fallback.failOn,
      max: r.max ?? fallback.max,
      onlyFixed: r['only-fixed'] ?? fallback.onlyFixed,
      failOnKnownExploited: r['fail-on-known-exploited'] ?? fallback.failOnKnownExploited,
      ...(r['epss-threshold'] !== undefined
        ? { epssThreshold: r['epss-threshold'] }
        : fallback.epssThreshold !== undefined
          ? { epssThreshold: fallback.epssThreshold }
          : {}),
    }),
  );

const rulesShape = (base: PolicyRules) => ({
  vulnerabilities: kindRule(base.vulnerabilities),
  misconfigurations: kindRule(base.misconfigurations),
  secrets: decode.map(decode.withDefault(decode.object({ block: decode.optional(decode.boolean) }, { strict: true }), {}), (s) => ({
    block: s.block ?? base.secrets.block,
  })),
  licenses: decode.map(
    decode.withDefault(
      decode.object(
        {
          deny: decode.optional(decode.array(nonEmpty)),
          allow: decode.optional(decode.array(nonEmpty)),
          'fail-on': decode.optional(threshold),
        },
        { strict: true },
      ),
      {},
    ),
    (l) => ({ deny: l.deny ?? base.licenses.deny, allow: l.allow ?? base.licenses.allow, failOn: l['fail-on'] ?? base.licenses.failOn }),
  ),
  sla: decode.map(decode.optional(severityMap(days)), (s) => s ?? base.sla),
  'allow-empty-scan': decode.map(decode.optional(decode.boolean), (b) => b ?? base.allowEmptyScan),
  'unrecognized-severity': decode.map(decode.optional(unrecognized), (u) => u ?? base.unrecognizedSeverity),
});

/** Decodes the settings an image override may replace, on top of `base`. */
function rulesDecoder(base: PolicyRules, strict: boolean): Decoder<PolicyRules> {
  return decode.map(decode.object(rulesShape(base), { strict }), (r) => ({
    vulnerabilities: r.vulnerabilities,
    misconfigurations: r.misconfigurations,
    secrets: r.secrets,
    licenses: r.licenses,
    sla: r.sla,
    allowEmptyScan: r['allow-empty-scan'],
    unrecognizedSeverity: r['unrecognized-severity'],
  }));
}

/** The policy when none is given: critical vulnerabilities, any secret and any malware block. */
export const DEFAULT_RULES: PolicyRules = {
  vulnerabilities: { failOn: 'CRITICAL', max: {}, onlyFixed: false, failOnKnownExploited: false },
  misconfigurations: { failOn: 'CRITICAL', max: {}, onlyFixed: false, failOnKnownExploited: false },
  secrets: { block: true },
  licenses: { deny: [], allow: [], failOn: 'none' },
  sla: {},
  allowEmptyScan: false,
  unrecognizedSeverity: 'block',
};

const version: Decoder<1> = (v, p) => {
  if (v !== 1 && v !== '1') throw new DecodeError(p, 'policy version 1', v);
  return 1;
};

const exception: Decoder<PolicyException> = decode.object(
  {
    id: nonEmpty,
    reason: nonEmpty,
    expires: calendarDay,
    package: decode.optional(nonEmpty),
    path: decode.optional(
      decode.map(nonEmpty, (glob, p) => {
        checkPathPattern(glob, p);
        return glob;
      }),
    ),
    image: decode.optional(nonEmpty),
  },
  { strict: true },
);

/** Decodes a policy document; unknown fields, bad severities and exceptions without a reason or expiry are errors. */
export const decodePolicy: Decoder<Policy> = (v, p) => {
  const top = decode.object(
    {
      version: decode.optional(version),
      ...Object.fromEntries(Object.keys(rulesShape(DEFAULT_RULES)).map((k) => [k, decode.unknown])),
      'warn-days': decode.optional(count),
      exceptions: decode.withDefault(decode.array(exception), []),
      overrides: decode.withDefault(decode.array(decode.record(decode.unknown)), []),
    },
    { strict: true },
  )(v ?? {}, p);
  const rules: PolicyRules = rulesDecoder(DEFAULT_RULES, false)(top, p);
  const overrides = top.overrides.map((o, i) => {
    const at = `${p ? `${p}.` : ''}overrides[${i}]`;
    const { image, ...rest } = o;
    const glob = nonEmpty(image, `${at}.image`);
    const parsed: PolicyRules = rulesDecoder(rules, true)(rest, at);
    return { image: glob, rules: parsed };
  });
  return { ...rules, warnDays: top['warn-days'] ?? 14, exceptions: top.exceptions, overrides };
};

/** The default policy, used when no policy file is given. */
export const DEFAULT_POLICY: Policy = decodePolicy({}, '');

/** `*` matches any run of characters (including `/` and `:`), everything else literally. */
export function imageMatches(glob: string, image: string | undefined): boolean {
  if (image === undefined) return false;
  const re = new RegExp(
    `^${glob
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(image);
}

/** The rules for one image: the base policy with the first matching override on top. */
export function rulesFor(policy: Policy, image: string | undefined): PolicyRules {
  return policy.overrides.find((o) => imageMatches(o.image, image))?.rules ?? policy;
}
