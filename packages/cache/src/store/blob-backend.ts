import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Named objects in a folder, an S3 bucket or an Azure container: what the entry store needs and
 * nothing more. Every write is all or nothing: an object is either absent or complete.
 */
export interface BlobBackend {
  /** Named in messages: the folder, `s3://bucket/prefix`, `azblob://container/prefix`. */
  describe: string;
  /** A folder for temporary archives; on the store's own file system when it is a folder, so publishing is a rename. */
  stagingDir(): Promise<string>;
  /** Ends the run's use of the store: removes what the backend made on this machine (an object store's staging folder), never the store's own files. */
  close(): Promise<void>;
  /** Publishes a local file under `name` and takes it over (it is moved or deleted). */
  putFile(name: string, file: string): Promise<void>;
  /** Writes a small object only when nothing exists under `name`; false when something already did. */
  putIfAbsent(name: string, body: string): Promise<boolean>;
  /** A small object's text; undefined when absent. */
  getText(name: string): Promise<string | undefined>;
  /** Downloads an object into a local file; false when absent. */
  getFile(name: string, file: string): Promise<boolean>;
  /** Where an object already is on this machine (a folder store), so it is read in place instead of copied. */
  localPath?(name: string): string;
  /** Whether an object exists. */
  exists(name: string): Promise<boolean>;
  /** Names that start with `prefix`. */
  list(prefix: string): Promise<string[]>;
}

/**
 * An object store's staging folder: made under the temporary directory when first asked for,
 * and removed by close() with whatever a killed step left in it.
 */
export function tempStaging(prefix: string): { dir(): Promise<string>; close(): Promise<void> } {
  let made: Promise<string> | undefined;
  return {
    dir: () => (made ??= mkdtemp(join(tmpdir(), prefix))),
    close: async () => {
      const dir = await made?.catch(() => undefined);
      made = undefined;
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
