// Each top-level command's one-line summary: `slipway --help` lists them without importing the
// commands' modules (and their engines), and each command states its own from here.

/** The summary of each top-level command, by name. */
export const SUMMARIES = {
  demo: 'run the Slipway pipeline locally on the sample project (no GitHub, no network)',
  shard: 'split tests into timing-balanced shards (plan, select)',
  cache: 'dependency and build caching: what cache-setup detects and the keys it computes, and cached installs on any CI',
  'scan-gate': 'gate Trivy and Grype reports by one policy; write SARIF, JSON and a summary',
  provenance: 'write a signed SLSA v1 provenance (Sigstore bundle) for files or an image',
  sign: 'sign a file (Sigstore bundle) or an image by digest (cosign formats, in its registry)',
  verify: 'verify a file or image: signature, signer identity and provenance against a policy',
  rebuild: 'rebuild the commit several times in fresh copies and check that the outputs are identical (and hermetic)',
  conformance: 'entry points for the sigstore-conformance test suite',
  metrics: 'collect CI history from the GitHub API and report p50/p95, success rate and DORA figures',
  audit: "audit workflows and actions for hardening (GitHub's parser, template injection, pinning, permissions and zizmor's audits)",
  pipeline: 'pipeline time budget: critical path and p50 estimate of a workflow',
} as const;
