import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertDistinctOutputs,
  errorCodes,
  readTextFile,
  readYamlFile,
  decode,
  UserError,
  writeOutputFiles,
  writeTextFile,
} from '../src/index.js';

const fresh = (): Promise<string> => mkdtemp(join(tmpdir(), 'files-'));
const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (error) {
    if (error instanceof UserError) return error.code;
    throw error;
  }
  throw new Error('expected a UserError');
};

describe('writeTextFile', () => {
  it('two concurrent writers to one path leave one whole file and no temporary files', async () => {
    const dir = await fresh();
    const path = join(dir, 'out.json');
    const a = 'a'.repeat(3_000_000);
    const b = 'b'.repeat(2_000_000);
    await Promise.all([writeTextFile(path, a), writeTextFile(path, b), writeTextFile(path, a), writeTextFile(path, b)]);
    const text = await readFile(path, 'utf8');
    expect([a, b]).toContain(text);
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('keeps the mode of the file it replaces', async () => {
    const dir = await fresh();
    const path = join(dir, 'script.sh');
    await writeFile(path, 'old');
    await chmod(path, 0o750);
    await writeTextFile(path, 'new');
    expect((await stat(path)).mode & 0o777).toBe(0o750);
  });

  it('refuses a symbolic link by default and follows it, keeping the link, when told', async () => {
    const dir = await fresh();
    const real = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    await writeFile(real, 'old');
    await symlink(real, link);
    expect(await codeOf(writeTextFile(link, 'new'))).toBe(errorCodes.outputUnwritable);
    expect(await readFile(real, 'utf8')).toBe('old');
    await writeTextFile(link, 'new', { symlinks: 'follow' });
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, 'utf8')).toBe('new');
  });

  it('names the file and the cause when a folder or a file is in the way, leaving nothing behind', async () => {
    const dir = await fresh();
    await mkdir(join(dir, 'folder'));
    await writeFile(join(dir, 'blocker'), '');
    await expect(writeTextFile(join(dir, 'folder'), 'x', { what: 'report' })).rejects.toThrow(
      `Cannot write report ${join(dir, 'folder')}: it is a directory`,
    );
    await expect(writeTextFile(join(dir, 'blocker', 'x.json'), 'x')).rejects.toThrow(
      /Cannot write file .*blocker\/x\.json: a part of the path is a file/,
    );
    expect((await readdir(dir)).sort()).toEqual(['blocker', 'folder']);
  });

  // A real full disk: a 64 KiB tmpfs (the tests run as root, as CI does).
  it('on a full disk names the file and ENOSPC, and leaves no temporary file', async () => {
    const dir = await fresh();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    try {
      const path = join(dir, 'big.json');
      await expect(writeTextFile(path, 'x'.repeat(200_000), { what: 'history' })).rejects.toThrow(
        `Cannot write history ${path}: the disk is full (ENOSPC)`,
      );
      expect(await readdir(dir)).toEqual([]);
    } finally {
      execFileSync('umount', [dir]);
    }
  });
});

describe('writeOutputFiles', () => {
  it('writes all or none: a later output that cannot be written leaves the earlier ones unwritten', async () => {
    const dir = await fresh();
    await mkdir(join(dir, 'taken'));
    await writeFile(join(dir, 'a.json'), 'before');
    await expect(
      writeOutputFiles([
        { path: join(dir, 'a.json'), text: 'after' },
        { path: join(dir, 'taken'), text: 'x' },
      ]),
    ).rejects.toThrow(/taken: it is a directory/);
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('before');
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'taken']);
    await writeOutputFiles([
      { path: join(dir, 'a.json'), text: 'after' },
      { path: join(dir, 'b.json'), text: 'b' },
    ]);
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('after');
  });

  it('leaves no temporary file of a later output when an earlier one cannot be written (they are prepared together)', async () => {
    const dir = await fresh();
    await mkdir(join(dir, 'taken'));
    await expect(
      writeOutputFiles([
        { path: join(dir, 'taken'), text: 'x' },
        { path: join(dir, 'b.json'), text: 'b'.repeat(1 << 20) },
        { path: join(dir, 'c.json'), text: 'c' },
      ]),
    ).rejects.toThrow(/taken: it is a directory/);
    expect((await readdir(dir)).sort()).toEqual(['taken']);
  });
});

describe('assertDistinctOutputs', () => {
  it('refuses an output that is an input, through a symbolic link or .., and two outputs on one file', async () => {
    const dir = await fresh();
    const data = join(dir, 'h.json');
    await writeFile(data, '{}');
    await symlink(data, join(dir, 'alias.json'));
    const inputs = [{ path: data, name: '--data' }];
    for (const out of [data, join(dir, 'alias.json'), join(dir, 'sub', '..', 'h.json')]) {
      await mkdir(join(dir, 'sub'), { recursive: true });
      expect(await codeOf(assertDistinctOutputs(inputs, [{ path: out, name: '--json' }]))).toBe(errorCodes.outputIsInput);
    }
    await expect(
      assertDistinctOutputs(inputs, [
        { path: join(dir, 'r.json'), name: '--json' },
        { path: join(dir, 'r.json'), name: '--html' },
      ]),
    ).rejects.toThrow('--html');
    await expect(assertDistinctOutputs(inputs, [{ path: join(dir, 'new', 'r.json'), name: '--json' }])).resolves.toBeUndefined();
  });

  it('refuses, before any work, an output that is a folder, a symbolic link or below a file, and changes nothing', async () => {
    const dir = await fresh();
    await writeFile(join(dir, 'victim.txt'), 'keep');
    await mkdir(join(dir, 'taken'));
    await symlink(join(dir, 'victim.txt'), join(dir, 'link'));
    const cases: [string, RegExp][] = [
      [join(dir, 'taken'), /--json .*taken: .*EISDIR/],
      [join(dir, 'link'), /--json .*link: it is a symbolic link/],
      [join(dir, 'victim.txt', 'out'), /--json .*victim\.txt\/out: .*ENOTDIR/],
    ];
    for (const [out, says] of cases) {
      const refused = assertDistinctOutputs([], [{ path: out, name: '--json' }]);
      await expect(refused).rejects.toThrow(says);
      expect(await codeOf(assertDistinctOutputs([], [{ path: out, name: '--json' }]))).toBe(errorCodes.outputUnwritable);
    }
    expect((await readdir(dir)).sort()).toEqual(['link', 'taken', 'victim.txt']);
    expect(await readFile(join(dir, 'victim.txt'), 'utf8')).toBe('keep');
  });
});

describe('readTextFile', () => {
  it('refuses binary files and files over the limit, naming them', async () => {
    const dir = await fresh();
    await writeFile(join(dir, 'bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]));
    await writeFile(join(dir, 'big.yml'), 'a: 1\n'.repeat(1000));
    expect(await codeOf(readTextFile(join(dir, 'bin'), 'test list'))).toBe(errorCodes.inputBinary);
    await expect(readTextFile(join(dir, 'bin'), 'test list')).rejects.toThrow(
      `Cannot read test list ${join(dir, 'bin')}: it is a binary file`,
    );
    expect(await codeOf(readTextFile(join(dir, 'big.yml'), 'policy', { maxBytes: 1024 }))).toBe(errorCodes.inputTooLarge);
    expect(await codeOf(readTextFile(join(dir, 'missing'), 'policy'))).toBe(errorCodes.inputUnreadable);
  });

  it('refuses a YAML alias bomb instead of expanding it', async () => {
    const dir = await fresh();
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10)
          .fill(`*${i === 1 ? 'a' : 'b'.repeat(i - 1)}`)
          .join(',')}]`,
      );
    await writeFile(join(dir, 'bomb.yml'), lines.join('\n'));
    await expect(readYamlFile(join(dir, 'bomb.yml'), decode.unknown, 'policy')).rejects.toBeInstanceOf(UserError);
  });
});

describe('abandoned temporary files', () => {
  it('a write removes what a killed writer left beside its target, and nothing of a live writer or of others', async () => {
    const dir = await fresh();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid; // a process that is gone
    const abandoned = `.h.json.${dead}.0123456789ab.tmp`;
    const live = `.h.json.${process.ppid}.0123456789ab.tmp`;
    const foreign = '.h.json.backup.tmp';
    for (const f of [abandoned, live, foreign]) await writeFile(join(dir, f), '');
    await writeTextFile(join(dir, 'h.json'), '{}');
    expect((await readdir(dir)).sort()).toEqual([foreign, live, 'h.json'].sort());
  });
});
