import { globMatcher, UserError } from '@slipway/core';

// Grype (`package.location`) and Trivy (`.trivyignore.yaml` `paths`) match paths with Go's
// doublestar: `*` and `?` stay inside one segment, `**` spans whole segments, `[abc]`, `[!abc]`,
// `[^abc]` and `{a,b}` as in a shell, a leading dot is an ordinary character, the whole path must
// match, and nothing else is special. picomatch reads more (extglobs, groups, a leading `!` as
// negation, `{1..3}` ranges) and reads `[!abc]` as "one of !, a, b, c": each is rewritten so that
// picomatch means what doublestar means. Two differences remain, both on paths scanners do not
// write: picomatch never matches a `.` or `..` segment with a wildcard, and a class such as
// `[ab]` also matches the literal text `[ab]`.

/** Throws when a doublestar pattern is malformed (doublestar refuses it; Trivy refuses the file). */
function checkBalanced(pattern: string, what: string): void {
  let depth = 0;
  let bad = false;
  for (let i = 0; i < pattern.length && !bad; i++) {
    const c = pattern[i];
    if (c === '\\') {
      bad = i === pattern.length - 1;
      i++;
    } else if (c === '[') {
      const close = classEnd(pattern, i);
      bad = close < 0;
      i = close;
    } else if (c === '{') depth++;
    else if (c === '}') bad = --depth < 0;
  }
  if (bad || depth !== 0) {
    throw new UserError(`${what}: '${pattern}' is not a valid path pattern (an unclosed [ or {, or a trailing \\)`, {
      hint: 'escape a literal [, {, } or \\ with a backslash',
    });
  }
}

const MAX_ALTERNATIVES = 1024;

/** Expands `{a,b}` (nested too) into the alternatives doublestar tries, escapes and classes kept as they are. */
function expandBraces(pattern: string, what: string): string[] {
  let depth = 0;
  let start = -1;
  const commas: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[' && depth === 0) {
      const close = classEnd(pattern, i);
      if (close > 0) i = close;
    } else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === ',' && depth === 1) commas.push(i);
    else if (c === '}' && --depth === 0) {
      const cuts = [start, ...commas, i];
      const head = pattern.slice(0, start);
      const tail = pattern.slice(i + 1);
      const out: string[] = [];
      for (let k = 0; k + 1 < cuts.length; k++) {
        for (const alt of expandBraces(head + pattern.slice(cuts[k]! + 1, cuts[k + 1]) + tail, what)) {
          out.push(alt);
          if (out.length > MAX_ALTERNATIVES) {
            throw new UserError(`${what}: '${pattern}' expands to more than ${MAX_ALTERNATIVES} alternatives`, {
              hint: 'use fewer {a,b} groups',
            });
          }
        }
      }
      return out;
    }
  }
  return [pattern];
}

/** Where the class opened at `open` closes (a `]` right after `[`, `[!` or `[^` is a member), or -1. */
function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return -1;
}

/** One brace-free doublestar alternative in picomatch syntax. */
function alternativeToPicomatch(pattern: string): string {
  // `**` is a globstar only as a whole segment; anywhere else doublestar reads it as `*`.
  const segments = pattern.split('/').map((seg) => (seg === '**' ? seg : seg.replace(/(?<!\\)\*{2,}/g, '*')));
  const text = segments.join('/');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\\') {
      out += `\\${text[i + 1] ?? ''}`;
      i++;
      continue;
    }
    if (c === '[') {
      const close = classEnd(text, i);
      let body = text.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body}]`;
      i = close;
      continue;
    }
    // Literal in doublestar: parentheses and bars (picomatch groups and extglobs), a leading `!`
    // (picomatch negation), dots (picomatch drops a leading `./`) and braces left after expansion.
    if ('()|{}.'.includes(c) || (c === '!' && i === 0)) out += `\\${c}`;
    else out += c;
  }
  return out;
}

/** Rewrites a doublestar pattern into picomatch patterns (one per brace alternative) with the same meaning. */
export function doublestarToPicomatch(pattern: string, what = 'path pattern'): string[] {
  checkBalanced(pattern, what);
  // A final `/**` also matches no segment at all (`a/**` matches `a`); picomatch does that for
  // `a/**` but not for `*/**`, so the shorter alternative is spelt out.
  return expandBraces(pattern, what)
    .flatMap((alt) => (alt.endsWith('/**') && alt !== '/**' ? [alt, alt.slice(0, -3)] : [alt]))
    .map(alternativeToPicomatch);
}

/** Which tool's rules a path pattern follows. */
export type PathDialect =
  /** Grype and Trivy: doublestar, anchored at both ends, a leading `/` significant. */
  | 'doublestar'
  /** Policy exceptions: the same globs, a leading `/` optional on either side, a trailing `/` meaning the folder and all below it. */
  | 'policy';

const compiled = new Map<string, (path: string) => boolean>();

function matcherFor(pattern: string, dialect: PathDialect, what: string): (path: string) => boolean {
  const key = `${dialect}\0${pattern}`;
  let match = compiled.get(key);
  if (!match) {
    let glob = pattern;
    if (dialect === 'policy') {
      glob = glob.replace(/^\/+/, '');
      if (glob.endsWith('/')) glob = `${glob}**`;
    }
    // An empty alternative matches only the empty path, which no finding has.
    const alternatives = doublestarToPicomatch(glob, what).filter((a) => a !== '');
    const isMatch = alternatives.length > 0 ? globMatcher(alternatives, { dot: true }) : (): boolean => false;
    match = dialect === 'policy' ? (path) => isMatch(path.replace(/^\/+/, '')) : isMatch;
    compiled.set(key, match);
  }
  return match;
}

/** Checks a pattern when its file is read, so a malformed one is an error naming the file and never a silent miss. */
export function checkPathPattern(pattern: string, what: string): void {
  doublestarToPicomatch(pattern, what);
}

/** True when one of the paths matches the pattern under the dialect's rules. */
export function pathMatches(pattern: string, paths: readonly (string | undefined)[], dialect: PathDialect): boolean {
  const match = matcherFor(pattern, dialect, 'path pattern');
  return paths.some((p) => p !== undefined && p !== '' && match(p));
}
