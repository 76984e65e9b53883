import { UserError } from '@slipway/core';

/** An allowed value: exact, or a wildcard pattern that is always anchored and has every other character escaped. */
export type Matcher = { exact: string } | { pattern: string };

interface Compiled {
  matcher: Matcher;
  test(value: string): boolean;
}

const cache = new Map<string, RegExp>();

/**
 * Compiles a pattern: `*` matches within one path segment (no `/` or `@`), `**` across
 * segments (no `@`, so a pattern for a workflow path never swallows the `@ref` part).
 * Every other character is literal and the match is anchored at both ends: an
 * unanchored regular expression on a certificate identity is a known hole.
 */
export function compilePattern(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  if (pattern.trim() === '') throw new UserError('an identity pattern is empty');
  const body = pattern
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '[^@]*' : part === '*' ? '[^/@]*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const re = new RegExp(`^${body}$`, 'u');
  cache.set(pattern, re);
  return re;
}

function compile(matcher: Matcher): Compiled {
  if ('exact' in matcher) return { matcher, test: (v) => v === matcher.exact };
  const re = compilePattern(matcher.pattern);
  return { matcher, test: (v) => re.test(v) };
}

/** True when any matcher accepts the value. */
export function matchesAny(value: string | undefined, matchers: readonly Matcher[]): boolean {
  if (value === undefined) return false;
  return matchers.some((m) => compile(m).test(value));
}

/** How a matcher reads in a report. */
export function describeMatcher(matcher: Matcher): string {
  return 'exact' in matcher ? matcher.exact : `pattern ${matcher.pattern}`;
}
