import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decode, decodeDocument, parseJson, spawnCapture, UserError } from '@slipway/core';

interface Entry {
  key: string;
  file: string;
  createdAt: string;
}

const index = decode.array(decode.object({ key: decode.string, file: decode.string, createdAt: decode.string }));

/**
 * A cache service in a folder, for the local pipeline: tar archives (zstd when installed, as
 * @actions/cache does) and GitHub's lookup order (exact key, key as prefix, then each restore key
 * exact then as prefix, newest first).
 */
export function localCacheStore(dir: string): {
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
} {
  const indexPath = join(dir, 'index.json');
  const entries = async (): Promise<Entry[]> => {
    const text = await readFile(indexPath, 'utf8').catch(() => '[]');
    return decodeDocument(index, parseJson(text, indexPath), indexPath);
  };
  const compression = async (): Promise<string[]> => {
    const zstd = await spawnCapture('zstd', ['--version']).catch(() => undefined);
    return zstd?.exitCode === 0 ? ['--use-compress-program', 'zstd -T0'] : ['-z'];
  };
  const tar = async (args: string[]): Promise<void> => {
    const result = await spawnCapture('tar', [...(await compression()), ...args]);
    if (result.exitCode !== 0) throw new UserError(`tar ${args.join(' ')} failed: ${result.stderr.trim()}`);
  };
  return {
    restore: async (paths, key, restoreKeys) => {
      const newest = (await entries()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      let found: Entry | undefined;
      for (const k of [key, ...restoreKeys]) {
        found = newest.find((e) => e.key === k) ?? newest.find((e) => e.key.startsWith(k));
        if (found) break;
      }
      if (!found) return undefined;
      await tar(['-xf', join(dir, found.file), '-P']);
      return found.key;
    },
    save: async (paths, key) => {
      await mkdir(dir, { recursive: true });
      const all = await entries();
      const file = `${all.length + 1}.tar`;
      await tar(['-cf', join(dir, file), '-P', ...paths]);
      all.push({ key, file, createdAt: new Date().toISOString() });
      await writeFile(indexPath, `${JSON.stringify(all, null, 2)}\n`);
    },
  };
}
