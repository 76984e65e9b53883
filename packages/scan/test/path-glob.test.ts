import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { applySuppressions, parseGrypeIgnore, parseTrivyIgnoreYaml, runGate, DEFAULT_POLICY, type Finding } from '../src/index.js';
import { pathMatches } from '../src/path-glob.js';
import { report } from './fixtures.js';

// A reference for Go's doublestar Match (what Grype and Trivy call), written from its
// documentation and kept deliberately naive: braces are expanded first, then the pattern and
// the path are compared segment by segment, `**` standing for any number of whole segments.
function expandBraces(pattern: string): string[] {
  let depth = 0;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end > 0) i = end;
    } else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) {
      const options: string[] = [];
      let from = start + 1;
      let inner = 0;
      for (let j = start + 1; j < i; j++) {
        const d = pattern[j];
        if (d === '\\') j++;
        else if (d === '{') inner++;
        else if (d === '}') inner--;
        else if (d === ',' && inner === 0) {
          options.push(pattern.slice(from, j));
          from = j + 1;
        }
      }
      options.push(pattern.slice(from, i));
      return options.flatMap((o) => expandBraces(pattern.slice(0, start) + o + pattern.slice(i + 1)));
    }
  }
  return [pattern];
}

function segmentMatches(p: string, s: string): boolean {
  if (p === '') return s === '';
  const c = p[0]!;
  if (c === '*') {
    for (let k = 0; k <= s.length; k++) if (segmentMatches(p.slice(1), s.slice(k))) return true;
    return false;
  }
  if (s === '') return false;
  if (c === '?') return segmentMatches(p.slice(1), s.slice(1));
  if (c === '\\') return p[1] === s[0] && segmentMatches(p.slice(2), s.slice(1));
  if (c === '[') {
    const end = p.indexOf(']', 2);
    const negated = p[1] === '!' || p[1] === '^';
    const body = p.slice(negated ? 2 : 1, end);
    const chars = new Set<string>();
    for (let k = 0; k < body.length; k++) {
      if (body[k + 1] === '-' && k + 2 < body.length) {
        for (let x = body.charCodeAt(k); x <= body.charCodeAt(k + 2); x++) chars.add(String.fromCharCode(x));
        k += 2;
      } else chars.add(body[k]!);
    }
    return chars.has(s[0]!) !== negated && segmentMatches(p.slice(end + 1), s.slice(1));
  }
  return c === s[0] && segmentMatches(p.slice(1), s.slice(1));
}

function segmentsMatch(ps: string[], ss: string[]): boolean {
  if (ps.length === 0) return ss.length === 0;
  if (ps[0] === '**') {
    for (let k = 0; k <= ss.length; k++) if (segmentsMatch(ps.slice(1), ss.slice(k))) return true;
    return false;
  }
  return ss.length > 0 && segmentMatches(ps[0]!, ss[0]!) && segmentsMatch(ps.slice(1), ss.slice(1));
}

function referenceMatch(pattern: string, path: string): boolean {
  return expandBraces(pattern).some((p) => segmentsMatch(p.split('/'), path.split('/')));
}

const grype = report('grype/dimpact-nginx-latest.json');
const trivyFs = report('trivy/scan2html-fs-repo-mixed.json');

describe('suppression path globs, as Grype and Trivy read them', () => {
  it.each([
    // The over-matches the review found, each against its near miss.
    ['usr/**/libssl.so', 'usr/lib/libssl.so', true],
    ['usr/**/libssl.so', 'usr/libssl.so', true],
    ['usr/**/libssl.so', 'usr/lib/notlibssl.so', false],
    ['app/**/vendor', 'app/a/vendor', true],
    ['app/**/vendor', 'app/xvendor', false],
    ['app/vendor', 'app/vendor/x.js', false],
    ['a/?/c', 'a/b/c', true],
    ['a/?/c', 'a/bb/c', false],
    ['a/?/c', 'a/?/c', true],
    ['a/{b,c}/d', 'a/c/d', true],
    ['a/{b,c}/d', 'a/{b,c}/d', false],
    ['a/[!bc]/d', 'a/x/d', true],
    ['a/[!bc]/d', 'a/c/d', false],
    ['a/[!bc]/d', 'a/!/d', true],
    ['a/[^bc]/d', 'a/b/d', false],
    ['a/+(b)/c', 'a/bb/c', false],
    ['a/+(b)/c', 'a/+(b)/c', true],
    ['!secret', 'other', false],
    ['lib/{1..3}', 'lib/2', false],
    ['/usr/lib/**', '/usr/lib/x86_64-linux-gnu/libssl.so.3', true],
    ['usr/lib/**', '/usr/lib/x86_64-linux-gnu/libssl.so.3', false],
    ['**/*.jar', '/opt/app/.m2/x.jar', true],
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(pathMatches(pattern, [path], 'doublestar')).toBe(expected);
    expect(referenceMatch(pattern, path)).toBe(expected);
  });

  it('agrees with the doublestar reference on random patterns and paths', () => {
    // Paths as scanners write them: relative (Trivy) or absolute (Grype), clean (no empty, `.` or
    // `..` segment; picomatch never matches those two with a wildcard, so there it under-matches).
    const seg = fc.stringMatching(/^[abx.!*?]{1,3}$/).filter((s) => s !== '.' && s !== '..');
    const path = fc
      .tuple(fc.boolean(), fc.array(seg, { minLength: 1, maxLength: 4 }))
      .map(([absolute, segs]) => `${absolute ? '/' : ''}${segs.join('/')}`);
    const token = fc.constantFrom('a', 'b', 'x', '.', '*', '?', '**', '/', '[ab]', '[!a]', '[^b]', '{a,b}', '{x,}', '(', '|', '\\*', '!');
    const pattern = fc.array(token, { minLength: 1, maxLength: 6 }).map((t) => t.join(''));
    fc.assert(
      fc.property(pattern, path, (p, s) => {
        expect(pathMatches(p, [s], 'doublestar')).toBe(referenceMatch(p, s));
      }),
      { numRuns: 3000 },
    );
  });

  it('never matches where the literal prefix of a pattern is missing (no over-match on random names)', () => {
    const name = fc.stringMatching(/^[a-z.]{1,8}$/).filter((s) => s !== '.' && s !== '..');
    fc.assert(
      fc.property(name, name, name, (dir, file, other) => {
        fc.pre(other !== file);
        expect(pathMatches(`${dir}/**/${file}`, [`${dir}/x/${other}`], 'doublestar')).toBe(false);
        expect(pathMatches(`${dir}/**/${file}`, [`${dir}/x/y${file}`], 'doublestar')).toBe(false);
        expect(pathMatches(`${dir}/**/${file}`, [`${dir}/x/${file}`], 'doublestar')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("applies Grype's package.location to every location of a real Grype match", () => {
    const located = grype.findings.find((f) => (f.locations?.length ?? 0) > 0)!;
    const where = located.locations![0]!;
    const dir = where.slice(0, where.lastIndexOf('/'));
    const file = where.slice(where.lastIndexOf('/') + 1);
    const rule = (location: string) =>
      parseGrypeIgnore(`ignore:\n  - vulnerability: ${located.id}\n    package:\n      location: "${location}"\n`, '.grype.yaml');
    const suppressed = (location: string): Finding[] =>
      applySuppressions([located], rule(location), new Date(), 14).suppressed.map((s) => s.finding);
    expect(suppressed(`${dir}/*`)).toHaveLength(1);
    expect(suppressed('/**/' + file)).toHaveLength(1);
    expect(suppressed(`${dir}/not${file}`)).toHaveLength(0);
    expect(suppressed(`${dir}x/**`)).toHaveLength(0);
    // Grype's locations are absolute: a relative pattern does not match them.
    expect(suppressed(`${dir.replace(/^\//, '')}/*`)).toHaveLength(0);
  });

  it('applies .trivyignore.yaml paths to the target and package path of real Trivy findings', () => {
    const dockerfiles = trivyFs.findings.filter((f) => f.kind === 'misconfiguration' && f.path?.startsWith('Dockerfile'));
    expect(new Set(dockerfiles.map((f) => f.path))).toEqual(new Set(['Dockerfile', 'Dockerfile.canary', 'Dockerfile.protoc']));
    const id = dockerfiles[0]!.id;
    const rules = (paths: string) => parseTrivyIgnoreYaml(`misconfigurations:\n  - id: ${id}\n    paths: ${paths}\n`, '.trivyignore.yaml');
    const hit = (paths: string): string[] =>
      [...new Set(applySuppressions(dockerfiles, rules(paths), new Date(), 14).suppressed.map((s) => s.finding.path ?? ''))].sort();
    expect(hit('[Dockerfile]')).toEqual(['Dockerfile']);
    expect(hit('["Dockerfile.{canary,protoc}"]')).toEqual(['Dockerfile.canary', 'Dockerfile.protoc']);
    expect(hit('["Dockerfile.?anary"]')).toEqual(['Dockerfile.canary']);
    expect(hit('["Dockerfile*"]').length).toBe(3);
    expect(hit('["*/Dockerfile"]')).toEqual([]);
  });

  it('refuses a malformed pattern when the file is read, naming it', () => {
    expect(() => parseTrivyIgnoreYaml('vulnerabilities:\n  - id: CVE-1\n    paths: ["usr/[lib"]\n', '.trivyignore.yaml')).toThrow(
      ".trivyignore.yaml: vulnerabilities[0].paths[0]: 'usr/[lib' is not a valid path pattern",
    );
    expect(() => parseGrypeIgnore('ignore:\n  - package:\n      location: "{a,b"\n', '.grype.yaml')).toThrow(
      ".grype.yaml: ignore[0].package.location: '{a,b' is not a valid path pattern",
    );
  });

  it('reads a policy exception path with a leading slash optional and a trailing slash for a folder', () => {
    const finding = grype.findings.find((f) => f.path === '/var/lib/dpkg/status')!;
    const withPath = (path: string) =>
      runGate({
        reports: [{ ...grype, findings: [finding] }],
        policy: {
          ...DEFAULT_POLICY,
          vulnerabilities: { ...DEFAULT_POLICY.vulnerabilities, failOn: 'NEGLIGIBLE' },
          exceptions: [{ id: finding.id, reason: 'r', expires: '2999-01-01', path }],
        },
        now: new Date('2026-01-01'),
      }).decision;
    expect(withPath('var/lib/dpkg/')).toBe('pass');
    expect(withPath('/var/lib/**')).toBe('pass');
    expect(withPath('var/lib/dpkg/st?tus')).toBe('pass');
    expect(withPath('var/lib/dpkg')).toBe('fail');
    expect(withPath('var/lib/dpk/')).toBe('fail');
    expect(withPath('var/**/nothing')).toBe('fail');
  });
});
