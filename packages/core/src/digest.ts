import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { UserError } from './errors.js';

export type DigestAlgorithm = 'sha256' | 'sha512';

/** Hex digest of a file, streamed (constant memory whatever the size). */
export async function digestFile(path: string, algorithm: DigestAlgorithm = 'sha256'): Promise<string> {
  const hash = createHash(algorithm);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  } catch (error) {
    throw new UserError(
      `Cannot read ${path} to compute its ${algorithm} digest: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      {
        cause: error,
      },
    );
  }
  return hash.digest('hex');
}

/** Hex digest of bytes or a string. */
export function digestBytes(data: string | Uint8Array, algorithm: DigestAlgorithm = 'sha256'): string {
  return createHash(algorithm).update(data).digest('hex');
}
