import { input, InputError, readInputs, UserError, type InputsOf, type ReadInput } from '@slipway/core';
import { checkRegistryInputs, registryInputSchema, signingInputSchema } from '@slipway/supply-chain';

export const inputSchema = {
  'subject-path': input.globs(),
  'subject-checksums': input.path(),
  'subject-name': input.string(),
  'subject-digest': input.string(),
  'bundle-path': input.path(),
  ...signingInputSchema,
  'push-to-registry': input.boolean({ default: 'false' }),
  ...registryInputSchema,
  'upload-attestation': input.boolean({ default: 'false' }),
  'github-token': input.string({ default: '${{ github.token }}' }),
  record: input.oneOf(['artifact', 'file', 'none'] as const, { default: 'artifact' }),
};

export type Inputs = InputsOf<typeof inputSchema>;

/** Reads and cross-checks the inputs: at least one subject source, image name and digest together. */
export function parseInputs(read: ReadInput): Inputs {
  const inputs = readInputs(inputSchema, read);
  if (inputs.subjectPath.length === 0 && !inputs.subjectChecksums && !inputs.subjectName) {
    throw new UserError('No subjects: set subject-path, subject-checksums, or subject-name with subject-digest', {
      hint: 'e.g. `subject-path: dist/*.tgz`, or for an image `subject-name: ghcr.io/org/app` and `subject-digest: ${{ steps.build.outputs.digest }}`',
    });
  }
  if (Boolean(inputs.subjectName) !== Boolean(inputs.subjectDigest)) {
    throw new UserError("Inputs 'subject-name' and 'subject-digest' go together: set both or neither");
  }
  if (inputs.subjectDigest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(inputs.subjectDigest.trim())) {
    throw new InputError(
      'subject-digest',
      `is not a sha256 digest: '${inputs.subjectDigest}'`,
      'pass sha256:<64 hex digits>, e.g. the digest output of docker/build-push-action',
    );
  }
  if (inputs.pushToRegistry && !inputs.subjectName) {
    throw new UserError("Input 'push-to-registry' needs an image subject (subject-name and subject-digest)");
  }
  checkRegistryInputs(inputs);
  return inputs;
}
