import { input, readInputs, UserError, type InputsOf, type ReadInput } from '@slipway/core';
import { checkRegistryInputs, registryInputSchema, signingInputSchema } from '@slipway/supply-chain';

export const inputSchema = {
  files: input.globs(),
  'checksums-file': input.path(),
  images: input.list(),
  'classic-signature': input.boolean({ default: 'false' }),
  attestations: input.lines(),
  ...signingInputSchema,
  ...registryInputSchema,
  record: input.oneOf(['artifact', 'file', 'none'] as const, { default: 'artifact' }),
};

export type Inputs = InputsOf<typeof inputSchema>;

/** Reads and cross-checks the inputs: something to sign, attestations only with images. */
export function parseInputs(read: ReadInput): Inputs {
  const inputs = readInputs(inputSchema, read);
  if (inputs.files.length === 0 && inputs.images.length === 0) {
    throw new UserError('Nothing to sign: set files (glob patterns) and/or images (references by digest)', {
      hint: 'e.g. `files: dist/*.tgz` or `images: ghcr.io/org/app@${{ steps.build.outputs.digest }}`',
    });
  }
  if (inputs.checksumsFile && inputs.files.length === 0) throw new UserError("Input 'checksums-file' needs files to list");
  if (inputs.attestations.length > 0 && inputs.images.length === 0) {
    throw new UserError("Input 'attestations' attaches bundles to images, and no images are set");
  }
  checkRegistryInputs(inputs);
  return inputs;
}
