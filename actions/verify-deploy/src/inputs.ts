import { input, readInputs, UserError, type InputsOf, type ReadInput } from '@slipway/core';
import { checkRegistryInputs, registryInputSchema } from '@slipway/verify';

export const inputSchema = {
  artifacts: input.lines(),
  bundles: input.lines(),
  images: input.lines(),
  attestations: input.lines(),
  policy: input.path({ required: true }),
  trust: input.oneOf(['public-good', 'trusted-root', 'public-key'] as const, { default: 'public-good' }),
  'trusted-root': input.path(),
  'public-key': input.path(),
  'tuf-cache': input.path(),
  'tuf-mirror': input.string({ default: 'https://tuf-repo-cdn.sigstore.dev' }),
  'tuf-root': input.path(),
  ...registryInputSchema,
  environment: input.string(),
  record: input.oneOf(['artifact', 'file', 'none'] as const, { default: 'artifact' }),
};

export type Inputs = InputsOf<typeof inputSchema>;

/** Reads and cross-checks the inputs: something to verify, and the trust inputs that go with `trust`. */
export function parseInputs(read: ReadInput): Inputs {
  const inputs = readInputs(inputSchema, read);
  if (inputs.artifacts.length === 0 && inputs.images.length === 0) {
    throw new UserError('Nothing to verify: set artifacts (with bundles) or images', {
      hint: 'e.g. `artifacts: dist/app.tgz` and `bundles: dist/app.tgz.sigstore.json`, or `images: ghcr.io/org/app@sha256:...`',
    });
  }
  if (inputs.artifacts.length > 0 && inputs.bundles.length === 0) {
    throw new UserError("Input 'bundles' is required with 'artifacts': an artifact without a signature bundle is never deployed", {
      hint: 'pass the signature bundle and/or the provenance bundle (or attestations file) of each artifact',
    });
  }
  if (inputs.trust === 'trusted-root' && !inputs.trustedRoot)
    throw new UserError("Input 'trusted-root' is required when trust is trusted-root");
  if (inputs.trust === 'public-key' && !inputs.publicKey) throw new UserError("Input 'public-key' is required when trust is public-key");
  if (inputs.publicKey && inputs.trust !== 'public-key') {
    throw new UserError("Input 'public-key' is set but trust is not public-key", {
      hint: 'key mode has no certificate identity or transparency log by default, so it must be chosen explicitly: set `trust: public-key`',
    });
  }
  if (inputs.tufCache && inputs.trust !== 'public-good') throw new UserError("Input 'tuf-cache' goes with trust public-good");
  if (inputs.tufRoot && !inputs.tufCache)
    throw new UserError("Input 'tuf-root' goes with 'tuf-cache'", {
      hint: "set tuf-cache to a folder (cache it between runs); tuf-root only starts that folder's TUF metadata",
    });
  checkRegistryInputs(inputs);
  return inputs;
}
