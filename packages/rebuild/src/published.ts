import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeFsError, digestFile, errorCodes, UserError } from '@slipway/core';
import type { PublishedOutput } from './result.js';

/** The files a build published (downloaded from the build job), as what the rebuild must match. */
export async function publishedFromFiles(paths: readonly string[], what: string): Promise<PublishedOutput[]> {
  const out: PublishedOutput[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      throw new UserError(`Cannot read ${what} ${path}: ${describeFsError(error)}`, { code: errorCodes.inputUnreadable, cause: error });
    });
    if (!info.isFile()) throw new UserError(`${what} ${path} is not a file`, { code: errorCodes.inputUnreadable });
    out.push({ name: basename(path), sha256: await digestFile(path), path });
  }
  return out;
}
