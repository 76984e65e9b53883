import { input, UserError, type InputsOf } from '@slipway/core';

/** The registry credential inputs every action that talks to a registry declares, with the same names. */
export const registryInputSchema = {
  'registry-username': input.string(),
  'registry-password': input.string(),
};

export type RegistryInputs = InputsOf<typeof registryInputSchema>;

/** Refuses a registry username without a password, or the reverse. */
export function checkRegistryInputs(inputs: RegistryInputs): void {
  if (Boolean(inputs.registryUsername) !== Boolean(inputs.registryPassword)) {
    throw new UserError("Inputs 'registry-username' and 'registry-password' go together: set both or neither");
  }
}
