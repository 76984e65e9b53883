import { errorCodes } from '@slipway/core';
import type { CertificateIdentity } from './certificate-identity.js';
import { failed, passed, skipped, type Check } from './check.js';
import { describeMatcher, matchValue, type Matcher } from './identity-pattern.js';
import type { Statement } from './in-toto.js';
import type { Policy } from './policy.js';
import { builderCheck } from './builder-rules.js';
import { showValue, unsafeValueReason } from './safe-text.js';

/** What a SLSA provenance says about where an artifact came from. */
export interface ProvenanceFacts {
  predicateType: string;
  buildType: string | undefined;
  builderId: string | undefined;
  sourceRepository: string | undefined;
  sourceRef: string | undefined;
  sourceCommit: string | undefined;
  /** The top-level workflow a GitHub build type names (`externalParameters.workflow`). */
  workflow: { repository: string; path: string; ref: string } | undefined;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** `git+https://github.com/o/r@refs/heads/main` -> repository and ref. */
function splitGitUri(uri: string | undefined): { repository?: string; ref?: string } {
  if (!uri) return {};
  const at = uri.lastIndexOf('@');
  const base = at > uri.indexOf('://') ? uri.slice(0, at) : uri;
  const ref = at > uri.indexOf('://') ? uri.slice(at + 1) : undefined;
  return { repository: normaliseRepository(base), ...(ref ? { ref } : {}) };
}

/** Repository URLs compare without `git+`, a trailing `.git` or `/`. */
export function normaliseRepository(uri: string): string {
  return uri
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
}

/** Reads builder and source from SLSA v1 (GitHub and slsa-github-generator build types) or v0.2 provenance. */
export function provenanceFacts(statement: Statement): ProvenanceFacts {
  const predicate = obj(statement.predicate);
  if (statement.predicateType.startsWith('https://slsa.dev/provenance/v0')) {
    const invocation = obj(predicate['invocation']);
    const config = obj(invocation['configSource']);
    const fromUri = splitGitUri(str(config['uri']));
    const env = obj(invocation['environment']);
    return {
      predicateType: statement.predicateType,
      buildType: str(predicate['buildType']),
      builderId: str(obj(predicate['builder'])['id']),
      sourceRepository: fromUri.repository,
      sourceRef: fromUri.ref ?? str(env['github_ref']),
      sourceCommit: str(obj(config['digest'])['sha1']) ?? str(env['github_sha1']),
      workflow: undefined,
    };
  }
  const definition = obj(predicate['buildDefinition']);
  const workflow = obj(obj(definition['externalParameters'])['workflow']);
  const dependency = list(definition['resolvedDependencies'])
    .map(obj)
    .find((d) => str(d['uri'])?.startsWith('git+'));
  const fromUri = splitGitUri(str(dependency?.['uri']));
  const repository = str(workflow['repository']);
  const path = str(workflow['path']);
  const ref = str(workflow['ref']);
  const digest = obj(dependency?.['digest']);
  return {
    predicateType: statement.predicateType,
    buildType: str(definition['buildType']),
    builderId: str(obj(obj(predicate['runDetails'])['builder'])['id']),
    sourceRepository: repository ? normaliseRepository(repository) : fromUri.repository,
    sourceRef: ref ?? fromUri.ref,
    sourceCommit: str(digest['gitCommit']) ?? str(digest['sha1']),
    workflow: repository && path && ref ? { repository: normaliseRepository(repository), path, ref } : undefined,
  };
}

/** A provenance value must equal the certificate's (keyless) and be allowed by the policy list (when it has one). */
export function against(
  name: string,
  value: string | undefined,
  certValue: string | undefined,
  allowed: Matcher[],
  keyMode: boolean,
): Check {
  const code = errorCodes.provenanceMismatch;
  if (value === undefined) return failed(name, 'the provenance does not say', code);
  if (unsafeValueReason(value))
    return failed(name, `provenance says ${showValue(value)}, which is refused: ${unsafeValueReason(value) ?? ''}`, code);
  const problems: string[] = [];
  if (!keyMode) {
    if (certValue === undefined) problems.push('the signing certificate has no matching Fulcio extension to compare with');
    else if (value !== certValue) problems.push(`the signing certificate says ${certValue}`);
  }
  if (allowed.length > 0) {
    const match = matchValue(value, allowed);
    if (!match.ok) problems.push(match.refused ? match.reason : `policy allows ${allowed.map(describeMatcher).join(', ')}`);
  }
  if (problems.length > 0) return failed(name, `provenance says ${value}, but ${problems.join('; ')}`, code);
  return passed(name, `${value}${keyMode ? '' : ' (agrees with the certificate)'}${allowed.length > 0 ? ' (allowed by policy)' : ''}`);
}

/**
 * The provenance checks: predicate type, builder ID by the rule of its format (see
 * builder-rules.ts: a valid signature from another workflow claiming a different builder
 * fails), and source repository, ref and commit against the certificate's Fulcio extensions and the policy.
 */
export function provenanceChecks(facts: ProvenanceFacts, cert: CertificateIdentity | undefined, policy: Policy): Check[] {
  const keyMode = cert === undefined;
  const checks: Check[] = [
    policy.predicateTypes.includes(facts.predicateType)
      ? passed('predicate type', facts.predicateType)
      : failed('predicate type', `${facts.predicateType} is not one of ${policy.predicateTypes.join(', ')}`, errorCodes.provenanceMismatch),
  ];
  checks.push(builderCheck(facts, cert, policy));
  const certRepo = cert?.sourceRepositoryUri ? normaliseRepository(cert.sourceRepositoryUri) : undefined;
  checks.push(against('source repository', facts.sourceRepository, certRepo, policy.sourceRepositories, keyMode));
  checks.push(against('source ref', facts.sourceRef, cert?.sourceRepositoryRef, policy.refs, keyMode));
  if (facts.sourceCommit === undefined) checks.push(failed('source commit', 'the provenance does not say', errorCodes.provenanceMismatch));
  else if (keyMode) checks.push(skipped('source commit', `${facts.sourceCommit} (key mode: no certificate to compare with)`));
  else checks.push(against('source commit', facts.sourceCommit, cert.sourceRepositoryDigest, [], false));
  return checks;
}
