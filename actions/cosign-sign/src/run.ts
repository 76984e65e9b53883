import { resolve } from 'node:path';
import {
  Markdown,
  publishRecords,
  readGitHubContext,
  readTextFile,
  type Ports,
  type RecordSink,
  type SignatureOutcomeRecord,
} from '@slipway/core';
import {
  actionsIdentityProvider,
  attachAttestation,
  cachedIdentity,
  checkKeyFits,
  connectRegistry,
  dockerConfigDir,
  parseDigestReference,
  signingMethodFromInputs,
  signImage,
  type OciClient,
  type SigningMethod,
} from '@slipway/supply-chain';
import type { Inputs } from './inputs.js';
import { signFiles } from './sign-files.js';

type Env = Record<string, string | undefined>;

interface ImageResult {
  image: string;
  referrer: string;
  classicTag: string | null;
  attestations: string[];
}

/** cosign-sign: Sigstore bundles for files, cosign-format signatures (and attestations) for images. */
export async function run(inputs: Inputs, ports: Ports, env: Env = process.env, records?: RecordSink): Promise<void> {
  const ctx = readGitHubContext(env);
  const workspace = ctx.workspace;
  if (inputs.privateKeyPassphrase) ports.log.mask(inputs.privateKeyPassphrase);
  // Every reference and attestation is checked before anything is signed or pushed.
  const images = inputs.images.map((ref) => parseDigestReference(ref));
  const attestations = await Promise.all(
    inputs.attestations.map(async (path) => {
      const file = resolve(workspace, path);
      return { file, text: await readTextFile(file, 'attestation bundle') };
    }),
  );

  const method: SigningMethod = signingMethodFromInputs(
    inputs,
    cachedIdentity(actionsIdentityProvider({ url: env['ACTIONS_ID_TOKEN_REQUEST_URL'], token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] })),
  );

  // A key that cannot make a kind of signature asked for is refused before anything is written.
  checkKeyFits(method, [
    ...(inputs.files.length > 0 || (images.length > 0 && inputs.classicSignature) ? (['message-signature'] as const) : []),
    ...(images.length > 0 ? (['dsse'] as const) : []),
  ]);
  const files =
    inputs.files.length > 0
      ? await ports.log.group('Sign files', () =>
          signFiles(inputs.files, workspace, method, inputs.checksumsFile, (m) => ports.log.info(m)),
        )
      : [];

  const clients = new Map<string, OciClient>();
  const clientFor = async (registry: string): Promise<OciClient> => {
    let client = clients.get(registry);
    if (!client) {
      client = await connectRegistry(registry, {
        username: inputs.registryUsername,
        password: inputs.registryPassword,
        dockerConfigDir: dockerConfigDir(env),
        warn: (m) => ports.log.warning(m),
      });
      clients.set(registry, client);
    }
    return client;
  };
  const imageResults: ImageResult[] = [];
  let signer = files[0]?.signer ?? '';
  for (const ref of images) {
    const client = await clientFor(ref.registry);
    const signature = await ports.log.group(`Sign ${ref.registry}/${ref.repository}@${ref.digest}`, () =>
      signImage(client, ref, method, { classic: inputs.classicSignature, now: ports.clock.now() }),
    );
    signer ||= signature.bundle.signer;
    const attached: string[] = [];
    for (const a of attestations) attached.push((await attachAttestation(client, ref, a.text, a.file, ports.clock.now())).digest);
    ports.log.info(
      `Signed ${signature.image}: referrer ${signature.referrer.digest}${signature.classicTag ? `, tag ${signature.classicTag}` : ''}`,
    );
    imageResults.push({
      image: signature.image,
      referrer: signature.referrer.digest,
      classicTag: signature.classicTag ?? null,
      attestations: attached,
    });
  }

  // Outputs only now: every bundle and every registry write succeeded.
  ports.outputs.set('bundles', JSON.stringify(files.map((f) => f.bundlePath)));
  ports.outputs.set('images', JSON.stringify(imageResults));
  ports.outputs.set('signer', signer);
  ports.outputs.set('count', files.length + imageResults.length);

  const md = new Markdown().heading('Signatures').paragraph(`Signed by **${signer}** (${method.mode === 'key' ? 'key' : 'keyless'}).`);
  if (files.length > 0)
    md.table(
      ['File', 'Bundle', 'Rekor'],
      files.map((f) => [f.subject, f.bundlePath, f.logIndex ?? '—']),
    );
  if (imageResults.length > 0) {
    md.table(
      ['Image', 'Referrer', 'Classic tag', 'Attestations'],
      imageResults.map((r) => [r.image, r.referrer, r.classicTag ?? '—', String(r.attestations.length)]),
    );
  }
  await ports.summary.append(md.toString());

  // One signature record per signed subject, for ci-metrics' signature coverage.
  const signed: SignatureOutcomeRecord[] = [
    ...files.map((f): SignatureOutcomeRecord => ({ type: 'signature', kind: 'signature', subject: f.subject, signed: true })),
    ...imageResults.map((r): SignatureOutcomeRecord => ({ type: 'signature', kind: 'signature', subject: r.image, signed: true })),
  ];
  await publishRecords(records, inputs.record, signed, 'cosign-sign', ports.log);
}
