import { createHash } from 'node:crypto';
import type { Artifact } from './artifact.js';
import type { Statement } from './in-toto.js';

/** The digest algorithms compared with in-toto subjects, strongest first. */
export const DIGEST_ALGORITHMS = ['sha512', 'sha384', 'sha256'] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

const HEX_LENGTH: Record<DigestAlgorithm, number> = { sha512: 128, sha384: 96, sha256: 64 };
const computed = new WeakMap<Artifact, Map<DigestAlgorithm, string>>();

/** The artifact's digest in an algorithm, when it can be known: all of them from bytes, only sha256 from a digest reference. */
export function artifactDigest(artifact: Artifact, algorithm: DigestAlgorithm): string | undefined {
  if (algorithm === 'sha256') return artifact.sha256;
  if (artifact.kind !== 'bytes') return undefined;
  let cache = computed.get(artifact);
  if (!cache) computed.set(artifact, (cache = new Map<DigestAlgorithm, string>()));
  let hex = cache.get(algorithm);
  if (hex === undefined) cache.set(algorithm, (hex = createHash(algorithm).update(artifact.bytes).digest('hex')));
  return hex;
}

/** How one in-toto subject relates to the artifact. */
export type SubjectMatch =
  | { outcome: 'match'; algorithm: DigestAlgorithm }
  | { outcome: 'different' }
  | { outcome: 'no-shared-algorithm' }
  | { outcome: 'contradiction'; agree: DigestAlgorithm[]; disagree: DigestAlgorithm[] };

/**
 * Compares a subject with the artifact on every algorithm both know. All shared digests equal:
 * a match (named by the strongest); none equal: a different artifact; some equal and some not:
 * a contradiction, which no verifier may resolve by picking the algorithm it likes.
 */
export function matchSubject(digest: Readonly<Record<string, string>>, artifact: Artifact): SubjectMatch {
  const agree: DigestAlgorithm[] = [];
  const disagree: DigestAlgorithm[] = [];
  for (const algorithm of DIGEST_ALGORITHMS) {
    const claimed = digest[algorithm];
    if (claimed === undefined) continue;
    const actual = artifactDigest(artifact, algorithm);
    if (actual === undefined) continue;
    const valid = claimed.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(claimed);
    (valid && claimed.toLowerCase() === actual ? agree : disagree).push(algorithm);
  }
  if (agree.length > 0 && disagree.length > 0) return { outcome: 'contradiction', agree, disagree };
  if (agree[0]) return { outcome: 'match', algorithm: agree[0] };
  return disagree.length > 0 ? { outcome: 'different' } : { outcome: 'no-shared-algorithm' };
}

/** Whether a statement names the artifact, and the words for the report. */
export type StatementMatch = { ok: true; detail: string } | { ok: false; detail: string };

/** A statement names the artifact when a subject matches and no subject contradicts itself about it. */
export function matchStatement(statement: Statement, artifact: Artifact): StatementMatch {
  const results = statement.subject.map((s) => ({ s, m: matchSubject(s.digest, artifact) }));
  const contradiction = results.find((r) => r.m.outcome === 'contradiction');
  if (contradiction && contradiction.m.outcome === 'contradiction') {
    return {
      ok: false,
      detail: `the subject ${contradiction.s.name || '(unnamed)'} contradicts itself: its ${contradiction.m.agree.join(', ')} digest is ${artifact.name}'s but its ${contradiction.m.disagree.join(', ')} digest is not`,
    };
  }
  const hit = results.find((r) => r.m.outcome === 'match');
  if (hit && hit.m.outcome === 'match') {
    const hex = artifactDigest(artifact, hit.m.algorithm) ?? '';
    return { ok: true, detail: `in-toto subject ${hit.m.algorithm}:${hex.slice(0, 16)}… is ${artifact.name}` };
  }
  const known = DIGEST_ALGORITHMS.filter((a) => artifactDigest(artifact, a) !== undefined);
  const subjects =
    statement.subject.map((s) => `${s.name || '(unnamed)'} ${Object.keys(s.digest).join('+') || 'no digest'}`).join(', ') || 'none';
  return {
    ok: false,
    detail: `no in-toto subject has sha256:${artifact.sha256} (${artifact.name}) or its ${known.filter((a) => a !== 'sha256').join(' or ') || 'other'} digest; subjects: ${subjects}`,
  };
}
