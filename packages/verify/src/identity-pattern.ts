import { UserError } from '@slipway/core';
import { showValue, unsafeValueReason } from './safe-text.js';

/** An allowed value: exact, or a wildcard pattern that is always anchored and has every other character escaped. */
export type Matcher = { exact: string } | { pattern: string };

/** The characters a `*` may match: RFC 3986 unreserved ones and `+`. */
export const SEGMENT_CHARS = 'A-Za-z0-9._~+-';
const SEGMENT = `[${SEGMENT_CHARS}]+`;

const cache = new Map<string, RegExp>();

/**
 * Compiles a pattern: `*` matches one path segment of safe characters (letters, digits and
 * `. _ ~ + -`, never `/`, `@`, `%` or a control character), `**` one or more such segments
 * joined by `/`. Every other character is literal and the match is anchored at both ends: an
 * unanchored regular expression on a certificate identity is a known hole.
 */
export function compilePattern(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  if (pattern.trim() === '') throw new UserError('an identity pattern is empty');
  const literal = pattern.replace(/\*/g, 'x');
  const unsafe = unsafeValueReason(literal);
  if (unsafe) throw new UserError(`the pattern ${showValue(pattern)} can never match: ${unsafe}`);
  const body = pattern
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? `${SEGMENT}(?:/${SEGMENT})*` : part === '*' ? SEGMENT : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const re = new RegExp(`^${body}$`);
  cache.set(pattern, re);
  return re;
}

function test(matcher: Matcher, value: string): boolean {
  return 'exact' in matcher ? value === matcher.exact : compilePattern(matcher.pattern).test(value);
}

/** The verdict of matching a value against a policy list: allowed, not listed, or refused before matching. */
export type MatchResult = { ok: true } | { ok: false; refused: boolean; reason: string };

/**
 * Matches a value against matchers. A value with control characters, non-ASCII, spaces,
 * %-escapes or dot segments is refused before any comparison, whatever the policy says.
 */
export function matchValue(value: string | undefined, matchers: readonly Matcher[]): MatchResult {
  if (value === undefined) return { ok: false, refused: true, reason: 'there is no value' };
  const unsafe = unsafeValueReason(value);
  if (unsafe) return { ok: false, refused: true, reason: `${showValue(value)} is refused before matching: ${unsafe}` };
  if (matchers.some((m) => test(m, value))) return { ok: true };
  return {
    ok: false,
    refused: false,
    reason: `${value} is not allowed; policy allows ${matchers.map(describeMatcher).join(', ') || 'nothing'}`,
  };
}

/** True when any matcher accepts the value (and the value is safe to match at all). */
export function matchesAny(value: string | undefined, matchers: readonly Matcher[]): boolean {
  return matchValue(value, matchers).ok;
}

/** How a matcher reads in a report. */
export function describeMatcher(matcher: Matcher): string {
  return 'exact' in matcher ? matcher.exact : `pattern ${matcher.pattern}`;
}
