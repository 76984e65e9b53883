import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The EICAR anti-virus test string, assembled at run time so the repository holds no copy of it.
const EICAR = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join('');

/**
 * A directory tree with one EICAR file among clean ones, and a ClamAV hash database (`.hdb`)
 * that matches it: the public signatures cannot be downloaded here, so tests bring their own.
 */
export async function eicarTree(): Promise<{ root: string; tree: string; database: string; infected: string }> {
  const root = await mkdtemp(join(tmpdir(), 'slipway-clam-'));
  const tree = join(root, 'rootfs');
  await mkdir(join(tree, 'usr', 'share', 'app'), { recursive: true });
  await writeFile(join(tree, 'usr', 'share', 'app', 'index.js'), 'console.log("clean");\n');
  await writeFile(join(tree, 'usr', 'share', 'app', 'eicar.com'), EICAR);
  const md5 = createHash('md5').update(EICAR).digest('hex');
  const database = join(root, 'test-signatures.hdb');
  await writeFile(database, `${md5}:${EICAR.length}:Slipway.Test.EICAR\n`);
  return { root, tree, database, infected: 'usr/share/app/eicar.com' };
}
