import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { assertDistinctOutputs, spawnCapture, systemClock } from '@slipway/core';
import {
  checkReproducible,
  DEFAULT_VERIFIER_ID,
  formatRebuildText,
  parseVary,
  publishedFromFiles,
  type AttestationRequest,
} from '@slipway/rebuild';
import { EXIT, intFlag, leaf, printJson, UsageError } from '../command.js';
import { VERSION } from '../version.js';
import { cliSigningMethod, signingOptions } from './sign-options.js';
import { SUMMARIES } from './summaries.js';

/** `slipway rebuild`: build a commit several times under varied conditions and compare the outputs. */
export const rebuildCommand = leaf({
  name: 'rebuild',
  summary: SUMMARIES['rebuild'],
  usage: 'rebuild --command CMD --outputs GLOB... [--runs N] [--network deny|allow] [--vary LIST] [--json] [--report DIR]',
  positionals: 'any',
  options: {
    command: { type: 'string', value: 'CMD', description: 'the build command (a shell command line), run in each copy' },
    outputs: {
      type: 'string',
      multiple: true,
      value: 'GLOB',
      description: 'the files the build makes, relative to this folder (more globs may follow)',
    },
    runs: { type: 'string', value: 'N', description: 'how many builds to compare (default 2, at most 10)' },
    network: {
      type: 'string',
      value: 'deny|allow',
      description: 'deny: each build in a network namespace with no interfaces (default allow)',
    },
    vary: {
      type: 'string',
      value: 'LIST',
      description: 'what to vary: all (default), none, names, or --vary=-name,+name (path,time,tz,locale,umask,hostname,user,order)',
    },
    prepare: { type: 'string', value: 'CMD', description: 'runs in each copy before the build, with the network (e.g. npm ci)' },
    expect: { type: 'string', multiple: true, value: 'FILE', description: 'a published build of an output: the rebuilds must match it' },
    report: {
      type: 'string',
      value: 'DIR',
      description: 'keep outputs, logs, result.json and diffoscope reports here (a folder of its own)',
    },
    'no-diffoscope': { type: 'boolean', description: 'do not run diffoscope even when it is installed' },
    attestation: {
      type: 'string',
      value: 'OUT',
      description: 'write the signed verdict (SLSA verification summary, Sigstore bundle) here',
    },
    ...signingOptions,
    'verifier-id': { type: 'string', value: 'URI', description: `the verifier named in the attestation (default ${DEFAULT_VERIFIER_ID})` },
    'repository-url': {
      type: 'string',
      value: 'URL',
      description: 'the source repository the attestation names (default: the origin remote)',
    },
    json: { type: 'boolean', description: 'print the result as JSON' },
  },
  details: [
    'Each build runs in a clean export of HEAD (never the working tree), at the same place in',
    "the tree as this folder, with SOURCE_DATE_EPOCH set to the commit's time. Run 1 uses UTC,",
    'C.UTF-8 and umask 022; later runs change the path, the clock (faketime), TZ, the locale, the',
    'umask, the host name (UTS namespace), the user name and the listing order (disorderfs).',
    '',
    'Examples:',
    "  slipway rebuild --command 'npm pack' --outputs '*.tgz'",
    "  slipway rebuild --command 'npm run bundle' --prepare 'npm ci' --outputs 'dist/**' --network deny --report rebuild-report",
    "  slipway rebuild --command 'make dist' --outputs 'dist/*.tar.gz' --vary=-time --attestation rebuild.sigstore.json --key key.pem",
    '',
    'Exit codes: 0 reproducible (and hermetic with --network deny), 1 not reproducible or not',
    'hermetic (or the build failed), 2 bad usage.',
  ].join('\n'),
  run: async ({ values, positionals }, io) => {
    if (!values.command) throw new UsageError('--command is required');
    const outputs = [...(values.outputs ?? []), ...positionals];
    if (!values.outputs?.length) throw new UsageError('--outputs is required: the files the build makes');
    const network = values.network ?? 'allow';
    if (network !== 'deny' && network !== 'allow') throw new UsageError(`--network must be deny or allow; got '${network}'`);
    const runs = intFlag(values.runs, 'runs', 2, 10) ?? 2;
    const vary = parseVary(values.vary);
    const path = (p: string): string => resolve(io.cwd, p);
    const expected = (values.expect ?? []).map(path);
    const reportDir = values.report ? path(values.report) : undefined;
    const attestationPath = values.attestation ? path(values.attestation) : undefined;
    if (attestationPath) {
      await assertDistinctOutputs(
        [...expected.map((p) => ({ path: p, name: '--expect' })), ...(values.key ? [{ path: path(values.key), name: '--key' }] : [])],
        [{ path: attestationPath, name: '--attestation' }],
      );
    }
    // Read the key before the builds, so a bad key fails in a second, not after them.
    const attest: AttestationRequest | undefined = attestationPath
      ? {
          path: attestationPath,
          method: await cliSigningMethod(values, io),
          verifierId: values['verifier-id'] ?? DEFAULT_VERIFIER_ID,
          verifierVersion: VERSION,
          repositoryUrl: values['repository-url'],
        }
      : undefined;
    const check = await checkReproducible(
      {
        command: values.command,
        prepare: values.prepare,
        outputs,
        runs,
        network,
        vary,
        cwd: io.cwd,
        scratchDir: tmpdir(),
        reportDir,
        diffoscope: !values['no-diffoscope'],
        published: await publishedFromFiles(expected, '--expect file'),
        baseEnv: io.env,
        identity: { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 },
      },
      attest,
      {
        exec: { run: (c, a, o) => spawnCapture(c, a, o) },
        clock: systemClock,
        log: (line) => io.stderr(`${line}\n`),
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      },
    );
    if (values.json) {
      printJson(io, {
        ...check.result,
        attestation: check.attestation?.path ?? null,
        attestationSkipped: check.attestationSkipped ?? null,
        signer: check.attestation?.bundle.signer ?? null,
      });
    } else {
      io.stdout(formatRebuildText(check.result));
      if (check.attestation)
        io.stdout(
          `wrote ${check.attestation.path}: ${check.attestation.statement.predicate.verificationResult} ${check.attestation.statement.predicate.verifiedLevels.join(', ')}, signed by ${check.attestation.bundle.signer}\n`,
        );
      if (check.attestationSkipped) io.stdout(`${check.attestationSkipped}\n`);
      if (reportDir) io.stdout(`report: ${reportDir}\n`);
    }
    return check.result.exitCode === 0 ? EXIT.ok : EXIT.rejected;
  },
});
