import { describe, expect, it } from '@jest/globals';
import { decodePolicy, provenanceChecks, provenanceFacts, type CertificateIdentity, type Statement } from '../src/index.js';

// Predicates as slsa-github-generator writes them (generic generator, v1 since v2.0, v0.2 before).
const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0';
const COMMIT = '1f5c3a9e0d2b4c6a8e7f9d1b3c5a7e9f0b2d4c6a';
const subject = [{ name: 'app.tgz', digest: { sha256: 'ab'.repeat(32) } }];

const v1: Statement = {
  type: 'https://in-toto.io/Statement/v1',
  subject,
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {
    buildDefinition: {
      buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
      externalParameters: {
        workflow: { ref: 'refs/tags/v1.4.0', repository: 'https://github.com/octo-org/app', path: '.github/workflows/release.yml' },
      },
      resolvedDependencies: [{ uri: 'git+https://github.com/octo-org/app@refs/tags/v1.4.0', digest: { gitCommit: COMMIT } }],
    },
    runDetails: { builder: { id: GENERATOR }, metadata: { invocationId: 'https://github.com/octo-org/app/actions/runs/1/attempts/1' } },
  },
};

const v02: Statement = {
  type: 'https://in-toto.io/Statement/v0.1',
  subject,
  predicateType: 'https://slsa.dev/provenance/v0.2',
  predicate: {
    builder: { id: GENERATOR.replace('v2.1.0', 'v1.9.0') },
    buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1',
    invocation: {
      configSource: {
        uri: 'git+https://github.com/octo-org/app@refs/tags/v1.4.0',
        digest: { sha1: COMMIT },
        entryPoint: '.github/workflows/release.yml',
      },
      environment: { github_ref: 'refs/tags/v1.4.0', github_sha1: COMMIT },
    },
  },
};

const cert = (over: Partial<CertificateIdentity> = {}): CertificateIdentity => ({
  subjectAlternativeName: GENERATOR,
  identityProblem: undefined,
  issuer: 'https://token.actions.githubusercontent.com',
  buildSignerUri: GENERATOR,
  sourceRepositoryUri: 'https://github.com/octo-org/app',
  sourceRepositoryDigest: COMMIT,
  sourceRepositoryRef: 'refs/tags/v1.4.0',
  runInvocationUri: undefined,
  runnerEnvironment: 'github-hosted',
  buildConfigUri: undefined,
  malformed: [],
  notBefore: new Date(0),
  notAfter: new Date(0),
  ...over,
});

const policy = decodePolicy(
  {
    'builder-ids': [
      { pattern: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v*' },
    ],
    'source-repositories': ['https://github.com/octo-org/app'],
    refs: [{ pattern: 'refs/tags/v*' }],
  },
  'policy',
);

describe('provenance', () => {
  it('reads SLSA v1 from slsa-github-generator', () => {
    expect(provenanceFacts(v1)).toEqual({
      predicateType: 'https://slsa.dev/provenance/v1',
      buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
      builderId: GENERATOR,
      sourceRepository: 'https://github.com/octo-org/app',
      sourceRef: 'refs/tags/v1.4.0',
      sourceCommit: COMMIT,
      workflow: { repository: 'https://github.com/octo-org/app', path: '.github/workflows/release.yml', ref: 'refs/tags/v1.4.0' },
    });
  });

  it('reads SLSA v0.2 from older generators', () => {
    expect(provenanceFacts(v02)).toEqual({
      predicateType: 'https://slsa.dev/provenance/v0.2',
      buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1',
      builderId: GENERATOR.replace('v2.1.0', 'v1.9.0'),
      sourceRepository: 'https://github.com/octo-org/app',
      sourceRef: 'refs/tags/v1.4.0',
      sourceCommit: COMMIT,
      workflow: undefined,
    });
  });

  it('passes every check when provenance, certificate and policy agree', () => {
    expect(provenanceChecks(provenanceFacts(v1), cert(), policy).filter((c) => c.status !== 'passed')).toEqual([]);
  });

  it.each<[string, Partial<CertificateIdentity>, string]>([
    [
      'builder ID',
      { subjectAlternativeName: 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/tags/v1.4.0' },
      'the signing certificate says',
    ],
    [
      'source repository',
      { sourceRepositoryUri: 'https://github.com/octo-org/fork' },
      'the signing certificate says https://github.com/octo-org/fork',
    ],
    ['source ref', { sourceRepositoryRef: 'refs/heads/feature' }, 'the signing certificate says refs/heads/feature'],
    ['source commit', { sourceRepositoryDigest: '0'.repeat(40) }, `the signing certificate says ${'0'.repeat(40)}`],
    ['source commit', { sourceRepositoryDigest: undefined }, 'has no matching Fulcio extension'],
  ])('fails %s when the certificate disagrees', (check, over, detail) => {
    const failed = provenanceChecks(provenanceFacts(v1), cert(over), policy).filter((c) => c.status === 'failed');
    expect(failed.map((c) => c.name)).toEqual([check]);
    expect(failed[0]?.detail).toContain(detail);
  });

  it('checks only the policy in key mode, and says the commit could not be compared', () => {
    const checks = provenanceChecks(provenanceFacts(v02), undefined, policy);
    expect(checks.map((c) => [c.name, c.status])).toEqual([
      ['predicate type', 'passed'],
      ['builder ID', 'passed'],
      ['source repository', 'passed'],
      ['source ref', 'passed'],
      ['source commit', 'skipped'],
    ]);
  });

  it('fails when the provenance leaves a field out', () => {
    const bare: Statement = { ...v1, predicate: { runDetails: { builder: { id: GENERATOR } } } };
    const failed = provenanceChecks(provenanceFacts(bare), cert(), policy).filter((c) => c.status === 'failed');
    expect(failed.map((c) => c.name)).toEqual(['source repository', 'source ref', 'source commit']);
    expect(failed.every((c) => c.detail === 'the provenance does not say')).toBe(true);
  });
});
