import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, utimes, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { explainDifference, nameCauses, readGzipHeader, readTar, readZip, type RunFacts } from '../src/index.js';

// Every archive here is written by the real tool (GNU tar, GNU gzip, Info-ZIP zip, npm pack) in a
// temporary folder, with the one option changed that makes two builds differ.
let dir: string;

async function sh(cwd: string, script: string, env: Record<string, string> = {}): Promise<void> {
  const r = await spawnCapture('sh', ['-c', script], { cwd, env });
  if (r.exitCode !== 0) throw new Error(`${script}: ${r.stderr}`);
}

async function tree(name: string, mtime: number, mode = 0o644): Promise<string> {
  const root = join(dir, name);
  await mkdir(join(root, 'pkg', 'lib'), { recursive: true });
  const files = { 'pkg/a.txt': 'alpha\n', 'pkg/lib/b.js': 'export const b = 1;\n', 'pkg/c.md': '# c\n' };
  for (const [path, text] of Object.entries(files)) {
    await writeFile(join(root, path), text);
    await chmod(join(root, path), mode);
    await utimes(join(root, path), mtime, mtime);
  }
  return root;
}

const facts = (paths: string[]): RunFacts => ({ paths, hostname: undefined, user: undefined, timeZone: 'UTC', locale: 'C.UTF-8' });
const causeIds = (name: string, a: Buffer, b: Buffer, fa = facts([]), fb = facts([])): string[] =>
  nameCauses(name, explainDifference(name, a, b), fa, fb).map((c) => c.id);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slipway-explain-'));
});

describe('explaining differences in real archives', () => {
  it('tar: member mtimes, modes, owners and order', async () => {
    const one = await tree('one', 1_700_000_000);
    const two = await tree('two', 1_700_000_500, 0o664);
    await sh(one, 'tar --sort=name -cf ../one.tar pkg');
    await sh(two, 'tar --sort=name --owner=1234 --group=99 --numeric-owner -cf ../two.tar pkg');
    const a = await readFile(join(dir, 'one.tar'));
    const b = await readFile(join(dir, 'two.tar'));
    expect(readTar(a, 'one.tar').map((e) => e.name)).toEqual(['pkg/', 'pkg/a.txt', 'pkg/c.md', 'pkg/lib/', 'pkg/lib/b.js']);
    const { difference } = explainDifference('x.tar', a, b);
    expect(difference.format).toBe('tar');
    const member = difference.members?.find((m) => m.member === 'pkg/a.txt');
    expect(member?.aspects).toEqual(['mtime', 'mode', 'owner']);
    expect(member?.details).toContain('mode 0644 vs 0664');
    expect(causeIds('x.tar', a, b)).toEqual(expect.arrayContaining(['file-mtime', 'file-mode', 'file-owner']));

    await sh(one, 'find pkg -print | sort -r | tar --no-recursion -T - -cf ../reversed.tar');
    const reversed = await readFile(join(dir, 'reversed.tar'));
    const order = explainDifference('x.tar', a, reversed).difference;
    expect(order.order).toMatchObject({ position: 0 });
    expect(causeIds('x.tar', a, reversed)).toContain('file-order');
  });

  it('gzip: the header time, and the same bytes inside', async () => {
    await writeFile(join(dir, 'plain.txt'), 'the same content\n'.repeat(100));
    await utimes(join(dir, 'plain.txt'), 1_700_000_000, 1_700_000_000);
    await sh(dir, 'gzip -c plain.txt > with-time.gz && gzip -nc plain.txt > no-time.gz');
    const a = await readFile(join(dir, 'with-time.gz'));
    const b = await readFile(join(dir, 'no-time.gz'));
    expect(readGzipHeader(a, 'with-time.gz')).toMatchObject({ mtime: 1_700_000_000, name: 'plain.txt' });
    expect(readGzipHeader(b, 'no-time.gz')).toMatchObject({ mtime: 0, name: undefined });
    const { difference } = explainDifference('plain.txt.gz', a, b);
    expect(difference.summary).toContain('the decompressed bytes are equal');
    expect(difference.header).toEqual(expect.arrayContaining(['header mtime 2023-11-14T22:13:20Z vs 0 (none)']));
    expect(causeIds('plain.txt.gz', a, b)).toEqual(['gzip-header-time']);
  });

  it('zip (jar, wheel): member times and the differing text inside', async () => {
    const one = await tree('zone', 1_700_000_000);
    const two = await tree('ztwo', 1_700_086_400);
    await writeFile(join(two, 'pkg', 'c.md'), '# c\nbuilt Tue Nov 14 22:13:20 UTC 2023\n');
    await utimes(join(two, 'pkg', 'c.md'), 1_700_086_400, 1_700_086_400);
    await sh(one, 'zip -qr ../one.zip pkg');
    await sh(two, 'zip -qr ../two.zip pkg');
    const a = await readFile(join(dir, 'one.zip'));
    const b = await readFile(join(dir, 'two.zip'));
    expect(readZip(a, 'one.zip').map((e) => e.name)).toEqual(expect.arrayContaining(['pkg/a.txt', 'pkg/lib/b.js']));
    const { difference } = explainDifference('app.jar', a, b);
    expect(difference.format).toBe('zip');
    const changed = difference.members?.find((m) => m.member === 'pkg/c.md');
    expect(changed?.aspects).toEqual(['bytes', 'mtime']);
    expect(changed?.inner?.lines?.[0]).toMatchObject({ line: 2, first: undefined, second: 'built Tue Nov 14 22:13:20 UTC 2023' });
    expect(causeIds('app.jar', a, b)).toEqual(['embedded-date', 'file-mtime']);
  });

  it('npm tarballs: the member and its first differing lines', async () => {
    for (const [name, version] of [
      ['npm-one', 'built at /tmp/one/build'],
      ['npm-two', 'built at /tmp/two/a/longer/build'],
    ] as const) {
      await mkdir(join(dir, name), { recursive: true });
      await writeFile(join(dir, name, 'package.json'), JSON.stringify({ name: 'demo-pkg', version: '1.0.0', files: ['info.js'] }));
      await writeFile(join(dir, name, 'info.js'), `export const info = ${JSON.stringify(version)};\n`);
      await sh(join(dir, name), 'npm pack --silent > /dev/null');
    }
    const a = await readFile(join(dir, 'npm-one', 'demo-pkg-1.0.0.tgz'));
    const b = await readFile(join(dir, 'npm-two', 'demo-pkg-1.0.0.tgz'));
    const { difference } = explainDifference('demo-pkg-1.0.0.tgz', a, b);
    expect(difference.format).toBe('npm-tarball');
    expect(difference.members?.map((m) => [m.member, m.aspects])).toEqual([['package/info.js', ['bytes']]]);
    expect(causeIds('demo-pkg-1.0.0.tgz', a, b, facts(['/tmp/one/build']), facts(['/tmp/two/a/longer/build']))).toEqual(['build-path']);
  });

  it('text and binary outputs: the first differing lines, or the first differing byte', () => {
    const lines = explainDifference('out.txt', Buffer.from('a\nb\nc\n'), Buffer.from('a\nB\nc\n')).difference;
    expect(lines.lines).toEqual([{ line: 2, first: 'b', second: 'B' }]);
    const bin = explainDifference('out.bin', Buffer.from([0, 1, 2, 3]), Buffer.from([0, 1, 9, 3])).difference;
    expect(bin).toMatchObject({ format: 'binary', offset: 2, sizes: [4, 4] });
    expect(causeIds('out.bin', Buffer.from([0, 1, 2, 3]), Buffer.from([0, 1, 9, 3]))).toEqual(['unknown']);
  });

  it('a damaged archive is still a difference, explained at the byte level', async () => {
    const a = await readFile(join(dir, 'one.tar'));
    const broken = Buffer.from(a);
    broken[150] = 0x41; // inside the first header's checksum field
    const { difference } = explainDifference('x.tar', a, broken);
    expect(difference.format).toBe('binary');
    expect(difference.offset).toBe(150);
  });
});
