import { resolve } from 'node:path';
import { readTextFile, systemClock } from '@slipway/core';
import {
  formatReportText,
  loadBundleFiles,
  loadFileSubject,
  loadTrust,
  parsePolicy,
  tufTrust,
  verifySubject,
  type SubjectReport,
  type TrustSource,
} from '@slipway/verify';
import { EXIT, leaf, printJson, UsageError } from '../command.js';
import { verifyImageSubject } from './verify-image.js';
import { SUMMARIES } from './summaries.js';

/** `slipway verify`: the verify-deploy gate from a terminal. */
export const verifyCommand = leaf({
  name: 'verify',
  summary: SUMMARIES['verify'],
  usage:
    'verify (--artifact F --bundle B... | --image REF@sha256:...) --policy P [--attestation FILE...] [--trusted-root R | --key PEM | --tuf-cache DIR [--tuf-mirror URL [--tuf-root FILE]]] [--json]',
  options: {
    artifact: { type: 'string', value: 'F', description: 'the file to verify' },
    bundle: { type: 'string', multiple: true, value: 'B', description: 'its signature bundle or attestations file' },
    image: { type: 'string', value: 'REF@sha256:...', description: 'an image by digest; bundles are found in its registry' },
    attestation: {
      type: 'string',
      multiple: true,
      value: 'FILE',
      description: 'more attestations for the subject, such as reproducibility verdicts from slipway rebuild',
    },
    policy: { type: 'string', value: 'P', description: 'the policy YAML' },
    'trusted-root': { type: 'string', value: 'R', description: 'a trusted_root.json (private Sigstore); default: public-good' },
    key: { type: 'string', value: 'PEM', description: 'verify in key mode with this public key (no certificate identity)' },
    'tuf-cache': { type: 'string', value: 'DIR', description: 'get the public-good root through TUF, caching verified metadata in DIR' },
    'tuf-mirror': { type: 'string', value: 'URL', description: 'the TUF repository for --tuf-cache (default: public-good)' },
    'tuf-root': {
      type: 'string',
      value: 'FILE',
      description: 'the initial root.json of a --tuf-mirror other than public-good, trusted on first use to start the cache',
    },
    json: { type: 'boolean', description: 'print the report as JSON on stdout' },
  },
  details:
    'Exit codes: 0 verified, 1 rejected, 2 bad usage or unreadable input. With --json a rejected report carries errorCode (docs/error-codes.md).',
  run: async ({ values }, io) => {
    if (!values.policy) throw new UsageError('--policy is required');
    if ((values.artifact === undefined) === (values.image === undefined)) throw new UsageError('give exactly one of --artifact or --image');
    if (values.artifact !== undefined && !values.bundle?.length) throw new UsageError('--bundle is required with --artifact');
    if (values.image !== undefined && values.bundle?.length)
      throw new UsageError('--bundle goes with --artifact; image bundles come from the registry');
    const path = (p: string): string => resolve(io.cwd, p);
    const policy = parsePolicy(await readTextFile(path(values.policy), 'policy'), values.policy);
    const root = values['trusted-root']
      ? { json: await readTextFile(path(values['trusted-root']), 'trusted root'), source: values['trusted-root'] }
      : undefined;
    const source: TrustSource =
      values.key !== undefined
        ? { kind: 'public-key', pem: await readTextFile(path(values.key), 'public key'), source: values.key, ...(root ? { root } : {}) }
        : root
          ? { kind: 'trusted-root', ...root }
          : { kind: 'public-good' };
    for (const flag of ['tuf-mirror', 'tuf-root'] as const)
      if (values[flag] !== undefined && values['tuf-cache'] === undefined) throw new UsageError(`--${flag} goes with --tuf-cache DIR`);
    if (values['tuf-cache'] !== undefined && source.kind !== 'public-good')
      throw new UsageError('--tuf-cache goes with the public-good root, not --trusted-root or --key');
    const trust =
      values['tuf-cache'] !== undefined
        ? await tufTrust({
            cacheDir: path(values['tuf-cache']),
            ...(values['tuf-mirror'] ? { mirrorUrl: values['tuf-mirror'] } : {}),
            ...(values['tuf-root'] ? { rootPath: path(values['tuf-root']) } : {}),
            rootInput: '--tuf-root',
          })
        : loadTrust(source);
    const now = systemClock.now();
    const extra = await loadBundleFiles((values.attestation ?? []).map(path));
    let report: SubjectReport;
    if (values.artifact !== undefined) {
      const subject = await loadFileSubject(path(values.artifact), (values.bundle ?? []).map(path));
      report = verifySubject(values.artifact, subject.artifact, [...subject.bundles, ...extra], policy, trust, now);
    } else {
      report = await verifyImageSubject(values.image ?? '', policy, trust, now, io.env, extra, (m) =>
        io.stderr(`slipway: warning: ${m}\n`),
      );
    }
    if (values.json) printJson(io, report);
    else io.stdout(formatReportText([report]));
    return report.verified ? EXIT.ok : EXIT.rejected;
  },
});
