import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BlobSASPermissions,
  BlobServiceClient,
  SASProtocol,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
  type ContainerClient,
} from '@azure/storage-blob';

// Azurite's documented development account; it only ever listens on loopback here.
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** A running in-memory Azurite blob service with one container. */
export interface Azurite {
  /** `http://127.0.0.1:PORT/devstoreaccount1` */
  accountUrl: string;
  /** An AZURE_STORAGE_CONNECTION_STRING for this account. */
  connectionString: string;
  container: ContainerClient;
  /** A SAS URL for one blob, as the results service hands out (`r` to read, `cw` to write). */
  signedUrl(blobName: string, permissions: 'r' | 'cw'): string;
  stop(): Promise<void>;
}

/** Starts Azurite's blob service (npm `azurite`) with this Node, on a free loopback port, in memory. */
export async function startAzurite(containerName: string): Promise<Azurite> {
  const main = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js');
  // Azurite writes nothing with in-memory persistence, but give it an empty cwd all the same.
  const cwd = await mkdtemp(join(tmpdir(), 'slipway-azurite-'));
  const args = [
    main,
    '--inMemoryPersistence',
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--skipApiVersionCheck',
    '--disableTelemetry',
    '--silent',
  ];
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Azurite did not start within 20 s: ${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code}: ${output}`));
    });
  });
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  const accountUrl = `http://127.0.0.1:${port}/${ACCOUNT}`;
  const container = new BlobServiceClient(accountUrl, credential).getContainerClient(containerName);
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(cwd, { recursive: true, force: true });
  };
  try {
    await container.create();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    accountUrl,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};BlobEndpoint=${accountUrl};`,
    container,
    signedUrl(blobName, permissions) {
      const sas = generateBlobSASQueryParameters(
        {
          containerName,
          blobName,
          permissions: BlobSASPermissions.parse(permissions),
          expiresOn: new Date(Date.now() + 3600_000),
          protocol: SASProtocol.HttpsAndHttp,
        },
        credential,
      );
      return `${container.getBlockBlobClient(blobName).url}?${sas.toString()}`;
    },
    stop,
  };
}
