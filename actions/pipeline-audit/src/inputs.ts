import { input, readInputs, UserError, type InputsOf, type ReadInput } from '@slipway/core';

export const inputSchema = {
  mode: input.oneOf(['audit', 'record'] as const, { default: 'audit' }),
  paths: input.lines({ default: '.github/workflows' }),
  'trusted-owners': input.list(),
  'fail-on-findings': input.boolean({ default: 'true' }),
  'sarif-file': input.path({ default: 'pipeline-audit.sarif' }),
  'json-file': input.path(),
  'min-confidence': input.oneOf(['high', 'medium', 'low'] as const, { default: 'high' }),
  online: input.boolean({ default: 'false' }),
  'github-token': input.string({ default: '${{ github.token }}' }),
  'api-url': input.string({ default: '${{ github.api_url }}' }),
  needs: input.string(),
  'job-permissions': input.string(),
  'record-file': input.path({ default: 'slipway-audit-record.json' }),
};
export type Inputs = InputsOf<typeof inputSchema>;

/** Reads the inputs; record mode needs the jobs' results and permissions. */
export function parseInputs(read: ReadInput): Inputs {
  const inputs = readInputs(inputSchema, read);
  if (inputs.mode === 'audit' && inputs.paths.length === 0)
    throw new UserError("Input 'paths' needs at least one file or folder in audit mode");
  if (inputs.mode === 'record') {
    if (!inputs.needs) throw new UserError("Input 'needs' is required in record mode", { hint: 'pass needs: ${{ toJSON(needs) }}' });
    if (!inputs.jobPermissions)
      throw new UserError("Input 'job-permissions' is required in record mode", {
        hint: 'a YAML mapping from each job to its permissions',
      });
  }
  return inputs;
}
