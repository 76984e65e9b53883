import { input, readInputs, UserError, type InputsOf, type ReadInput } from '@slipway/core';
import { parseVary, type Variation } from '@slipway/rebuild';
import { signingInputSchema } from '@slipway/supply-chain';

export const inputSchema = {
  command: input.string({ required: true }),
  outputs: input.globs({ required: true }),
  prepare: input.string(),
  runs: input.integer({ min: 2, max: 10, default: '2' }),
  network: input.oneOf(['deny', 'allow'] as const, { default: 'allow' }),
  vary: input.string({ default: 'all' }),
  'working-directory': input.path({ default: '.' }),
  expected: input.globs(),
  'report-dir': input.path(),
  diffoscope: input.boolean({ default: 'true' }),
  'attestation-path': input.path(),
  ...signingInputSchema,
  'verifier-id': input.string(),
  record: input.oneOf(['artifact', 'file', 'none'] as const, { default: 'artifact' }),
};

export type Inputs = InputsOf<typeof inputSchema> & { variations: Variation[] };

/** Reads the inputs; `vary` is parsed here so a typo fails before any build. */
export function parseInputs(read: ReadInput): Inputs {
  const inputs = readInputs(inputSchema, read);
  let variations: Variation[];
  try {
    variations = parseVary(inputs.vary, "input 'vary'");
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error), { hint: 'e.g. `vary: -time,-hostname`' });
  }
  return { ...inputs, variations };
}
