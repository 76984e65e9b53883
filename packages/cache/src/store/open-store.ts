import { resolve } from 'node:path';
import { errorCodes, UserError } from '@slipway/core';
import { azblobBackend } from './azblob-backend.js';
import type { BlobBackend } from './blob-backend.js';
import { dirBackend } from './dir-backend.js';
import { s3Backend } from './s3-backend.js';

/** What `--store` names: a folder, `s3://bucket/prefix` or `azblob://container/prefix`. */
export type StoreSpec = { kind: 'dir'; path: string } | { kind: 's3' | 'azblob'; bucket: string; prefix: string };

/** Parses a `--store` value; a malformed one is a usage error naming it. */
export function parseStoreSpec(value: string, cwd: string): StoreSpec {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(?:\/(.*))?$/i.exec(value);
  if (!m) {
    if (value.trim() === '')
      throw new UserError('--store needs a folder, s3://bucket/prefix or azblob://container/prefix', { code: errorCodes.usage });
    return { kind: 'dir', path: resolve(cwd, value) };
  }
  const scheme = (m[1] ?? '').toLowerCase();
  const bucket = m[2] ?? '';
  if (scheme !== 's3' && scheme !== 'azblob') {
    throw new UserError(`--store ${value}: unknown scheme ${scheme}://`, {
      code: errorCodes.usage,
      hint: 'use a folder, s3://bucket/prefix or azblob://container/prefix',
    });
  }
  // Bucket and container names: 3-63 lower-case letters, digits, dots and hyphens (both services' rule, near enough).
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new UserError(`--store ${value}: '${bucket}' is not a valid ${scheme === 's3' ? 'bucket' : 'container'} name`, {
      code: errorCodes.usage,
    });
  }
  return { kind: scheme, bucket, prefix: (m[3] ?? '').replace(/\/+$/, '') };
}

/** Opens the backend a spec names; s3 reads the standard AWS variables, azblob AZURE_STORAGE_CONNECTION_STRING. */
export async function openBackend(spec: StoreSpec, env: Readonly<Record<string, string | undefined>>): Promise<BlobBackend> {
  if (spec.kind === 'dir') return dirBackend(spec.path);
  if (spec.kind === 's3') return s3Backend(spec.bucket, spec.prefix, env);
  return azblobBackend(spec.bucket, spec.prefix, env['AZURE_STORAGE_CONNECTION_STRING']);
}
