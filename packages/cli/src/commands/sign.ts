import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { connectRegistry, dockerConfigDir, parseDigestReference, signBlob, signImage } from '@slipway/supply-chain';
import { EXIT, leaf, printJson, UsageError } from '../command.js';
import { cliSigningMethod, signingOptions } from './sign-options.js';
import { assertDistinctOutputs, writeTextFile } from '@slipway/core';
import { SUMMARIES } from './summaries.js';

/** `slipway sign`: a Sigstore bundle for a file, or cosign-format signatures for an image by digest. */
export const signCommand = leaf({
  name: 'sign',
  summary: SUMMARIES['sign'],
  usage: 'sign (--file F [--bundle OUT] | --image REF@sha256:...) [--key PEM] [--classic]',
  options: {
    file: { type: 'string', value: 'F', description: 'the file to sign' },
    bundle: { type: 'string', value: 'OUT', description: 'where to write the file bundle (default F.sigstore.json)' },
    image: { type: 'string', value: 'REF@sha256:...', description: 'the image to sign, by digest' },
    classic: { type: 'boolean', description: "also write cosign's classic sha256-<hex>.sig tag" },
    ...signingOptions,
    json: { type: 'boolean', description: 'print the result as JSON' },
  },
  details: [
    'Registry credentials come from $REGISTRY_USERNAME/$REGISTRY_PASSWORD or the docker config',
    '($DOCKER_CONFIG or ~/.docker/config.json). Keyless signing takes the OIDC token from',
    '$SIGSTORE_ID_TOKEN or the GitHub runner.',
    '',
    'Examples:',
    '  slipway sign --file dist/app.tgz --key cosign.pem --bundle dist/app.tgz.sigstore.json',
    '  slipway sign --image ghcr.io/org/app@sha256:... --key cosign.pem',
    '',
    'Exit codes: 0 signed, 2 bad usage, a tag without digest, an unreadable key, a refused push or a signing failure.',
  ].join('\n'),
  run: async ({ values }, io) => {
    if (Boolean(values.file) === Boolean(values.image)) throw new UsageError('give exactly one of --file F or --image REF@sha256:...');
    if (values.bundle && !values.file) throw new UsageError('--bundle goes with --file');
    if (values.classic && !values.image) throw new UsageError('--classic goes with --image');
    // Parse the reference before anything is signed: a tag alone fails here with the fix.
    const ref = values.image ? parseDigestReference(values.image) : undefined;
    const file = values.file ? resolve(io.cwd, values.file) : undefined;
    const out = values.bundle ? resolve(io.cwd, values.bundle) : `${file}.sigstore.json`;
    if (file) {
      // Before anything is signed: the bundle written onto the file or the key would replace it.
      await assertDistinctOutputs(
        [{ path: file, name: '--file' }, ...(values.key ? [{ path: resolve(io.cwd, values.key), name: '--key' }] : [])],
        [{ path: out, name: values.bundle ? '--bundle' : 'the bundle' }],
      );
    }
    const method = await cliSigningMethod(values, io);
    if (file) {
      const data = await readFile(file).catch((error: unknown) => {
        throw new UsageError(`cannot read --file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      });
      const bundle = await signBlob(data, method);
      await writeTextFile(out, bundle.text);
      if (values.json) printJson(io, { file, bundle: out, signer: bundle.signer, logIndex: bundle.logIndex ?? null });
      else io.stdout(`wrote ${out}: signed ${file} as ${bundle.signer}\n`);
      return EXIT.ok;
    }
    if (!ref) throw new UsageError('--image is required');
    const client = await connectRegistry(ref.registry, {
      username: io.env['REGISTRY_USERNAME'],
      password: io.env['REGISTRY_PASSWORD'],
      dockerConfigDir: dockerConfigDir(io.env),
      warn: (m) => io.stderr(`slipway: warning: ${m}\n`),
    });
    const signed = await signImage(client, ref, method, { classic: values.classic ?? false });
    const result = {
      image: signed.image,
      referrer: signed.referrer.digest,
      classicTag: signed.classicTag ?? null,
      signer: signed.bundle.signer,
      logIndex: signed.bundle.logIndex ?? null,
    };
    if (values.json) printJson(io, result);
    else io.stdout(`signed ${signed.image}: referrer ${signed.referrer.digest}${signed.classicTag ? `, tag ${signed.classicTag}` : ''}\n`);
    return EXIT.ok;
  },
});
