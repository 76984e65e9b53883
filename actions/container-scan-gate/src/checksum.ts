import { digestFile, UserError } from '@slipway/core';

/** Fails unless the file's sha256 is the pinned one: a downloaded scanner is never run unverified. */
export async function verifySha256(path: string, expected: string, what: string): Promise<void> {
  const actual = await digestFile(path, 'sha256');
  if (actual.toLowerCase() !== expected.toLowerCase()) {
    throw new UserError(`${what}: sha256 ${actual} does not match the pinned ${expected}; refusing to run it`, {
      hint: 'the download was altered or the pin is wrong; do not use this file',
    });
  }
}
