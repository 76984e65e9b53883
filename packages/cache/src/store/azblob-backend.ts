import { createWriteStream } from 'node:fs';
import { rm, unlink } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DEFAULT_RETRY, errorCodes, UserError, withRetry, type RetryVerdict } from '@slipway/core';
import { tempStaging, type BlobBackend } from './blob-backend.js';
import { STORE_DEADLINES } from './deadlines.js';

interface AzureError {
  statusCode?: number;
  code?: string;
  name?: string;
  message?: string;
}

const isMissing = (e: unknown): boolean => (e as AzureError | undefined)?.statusCode === 404;

function judge(outcome: { value: unknown } | { error: unknown }): RetryVerdict {
  if (!('error' in outcome)) return { retry: false };
  const e = outcome.error as AzureError;
  if (e.statusCode !== undefined && e.statusCode < 500 && e.statusCode !== 429 && e.statusCode !== 408) return { retry: false };
  if (
    e.statusCode === undefined &&
    !/Timeout|ECONN|EPIPE|socket|REQUEST_SEND_ERROR|Abort/i.test(`${e.name ?? ''} ${e.code ?? ''} ${e.message ?? ''}`)
  ) {
    return { retry: false };
  }
  return { retry: true, reason: `Azure Blob ${e.statusCode ?? e.code ?? 'network error'}` };
}

/** Passes data through and fails the stream when nothing arrives for `idleMs`. */
function idleGuard(idleMs: number, onIdle: () => void): Transform {
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, idleMs);
    timer.unref();
  };
  arm();
  return new Transform({
    transform(chunk, _enc, done) {
      arm();
      done(null, chunk);
    },
    flush(done) {
      clearTimeout(timer);
      done();
    },
    destroy(error, done) {
      clearTimeout(timer);
      done(error);
    },
  });
}

/**
 * A container (`azblob://container/prefix`) through @azure/storage-blob, with the account named by
 * AZURE_STORAGE_CONNECTION_STRING. Pointers are written with If-None-Match: *, so the first of
 * two writers keeps the key.
 */
export async function azblobBackend(container: string, prefix: string, connectionString: string | undefined): Promise<BlobBackend> {
  if (!connectionString) {
    throw new UserError('--store azblob://... needs AZURE_STORAGE_CONNECTION_STRING', {
      code: errorCodes.usage,
      hint: 'export the storage account connection string (Azure portal: Access keys) before running slipway cache run',
    });
  }
  const { BlobServiceClient } = await import('@azure/storage-blob');
  let service;
  try {
    service = BlobServiceClient.fromConnectionString(connectionString, {
      retryOptions: { maxTries: 1, tryTimeoutInMs: 10 * 60_000 },
    });
  } catch (error) {
    throw new UserError(`AZURE_STORAGE_CONNECTION_STRING is not a usable connection string: ${(error as Error).message}`, {
      code: errorCodes.usage,
      cause: error,
    });
  }
  const client = service.getContainerClient(container);
  const base = prefix.replace(/^\/+|\/+$/g, '');
  const nameOf = (name: string): string => (base ? `${base}/${name}` : name);
  const describe = `azblob://${container}${base ? `/${base}` : ''}`;
  // Small calls get the first-byte deadline; uploads, whose blocks each take a while, ten minutes per try.
  const call = async <T>(what: string, op: (signal: AbortSignal) => Promise<T>, ms: number = STORE_DEADLINES.firstByteMs): Promise<T> => {
    try {
      return await withRetry(() => op(AbortSignal.timeout(ms)), judge, DEFAULT_RETRY);
    } catch (error) {
      if (isMissing(error)) throw error;
      const e = error as AzureError;
      throw new UserError(
        `${describe}: ${what} failed: ${e.code ?? e.name ?? 'error'}${e.statusCode ? ` (${e.statusCode})` : ''}: ${e.message ?? ''}`,
        {
          code: e.statusCode
            ? errorCodes.networkStatus
            : /Timeout|Abort/i.test(`${e.name ?? ''}`)
              ? errorCodes.networkTimeout
              : errorCodes.networkUnreachable,
          cause: error,
          hint: 'check the container name, the connection string and that the account is reachable',
        },
      );
    }
  };
  let created = false;
  const ensureContainer = async (): Promise<void> => {
    if (created) return;
    await call('create container', (abortSignal) => client.createIfNotExists({ abortSignal }));
    created = true;
  };
  const staging = tempStaging('slipway-azblob-');
  return {
    describe,
    stagingDir: () => staging.dir(),
    close: () => staging.close(),
    putFile: async (name, file) => {
      await ensureContainer();
      try {
        await call(
          `upload ${name}`,
          (abortSignal) =>
            client.getBlockBlobClient(nameOf(name)).uploadFile(file, { abortSignal, blockSize: 8 * 1024 ** 2, concurrency: 4 }),
          10 * 60_000,
        );
      } finally {
        await unlink(file).catch(() => undefined);
      }
    },
    putIfAbsent: async (name, body) => {
      await ensureContainer();
      try {
        await call(`upload ${name}`, (abortSignal) =>
          client.getBlockBlobClient(nameOf(name)).upload(body, Buffer.byteLength(body), {
            abortSignal,
            conditions: { ifNoneMatch: '*' },
            blobHTTPHeaders: { blobContentType: 'application/json' },
          }),
        );
        return true;
      } catch (error) {
        const status = ((error as { cause?: AzureError }).cause ?? (error as AzureError)).statusCode;
        if (status === 409 || status === 412) return false;
        throw error;
      }
    },
    getText: async (name) => {
      try {
        const buffer = await call(`download ${name}`, (abortSignal) =>
          client.getBlockBlobClient(nameOf(name)).downloadToBuffer(0, undefined, { abortSignal }),
        );
        return buffer.toString('utf8');
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    getFile: async (name, file) => {
      const controller = new AbortController();
      try {
        const response = await call(`download ${name}`, () =>
          client.getBlockBlobClient(nameOf(name)).download(0, undefined, { abortSignal: controller.signal }),
        );
        const body = response.readableStreamBody;
        if (!body) throw new UserError(`${describe}: ${name} came back without a body`);
        await pipeline(
          body,
          idleGuard(STORE_DEADLINES.idleMs, () => controller.abort(new Error(`no data for ${STORE_DEADLINES.idleMs / 1000} s`))),
          createWriteStream(file),
        );
        return true;
      } catch (error) {
        await rm(file, { force: true });
        if (isMissing(error)) return false;
        throw error instanceof UserError
          ? error
          : new UserError(`${describe}: downloading ${name} failed: ${(error as Error).message}`, {
              cause: error,
              code: errorCodes.networkTimeout,
            });
      }
    },
    exists: async (name) => {
      try {
        return await call(`check ${name}`, (abortSignal) => client.getBlockBlobClient(nameOf(name)).exists({ abortSignal }));
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    list: async (listPrefix) => {
      const names: string[] = [];
      try {
        for await (const blob of client.listBlobsFlat({ prefix: nameOf(listPrefix) }))
          names.push(base ? blob.name.slice(base.length + 1) : blob.name);
      } catch (error) {
        if (isMissing(error)) return [];
        throw new UserError(`${describe}: listing ${listPrefix} failed: ${(error as Error).message}`, {
          cause: error,
          code: errorCodes.networkUnreachable,
        });
      }
      return names;
    },
  };
}
