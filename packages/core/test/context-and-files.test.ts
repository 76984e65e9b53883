import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { decode, digestFile, isForkPullRequest, readGitHubContext, readJsonFile, readYamlFile } from '../src/index.js';

async function tmp(name: string, content: string | Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'core-test-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('readGitHubContext', () => {
  it('reads the runner environment and the event payload', async () => {
    const event = await tmp(
      'event.json',
      JSON.stringify({ repository: { default_branch: 'trunk' }, pull_request: { head: { repo: { full_name: 'fork/repo' } } } }),
    );
    const ctx = readGitHubContext({
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_RUN_ID: '99',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
    });
    expect(ctx).toMatchObject({
      owner: 'octo',
      repo: 'repo',
      runId: '99',
      runAttempt: '1',
      defaultBranch: 'trunk',
      serverUrl: 'https://github.com',
    });
    expect(isForkPullRequest(ctx)).toBe(true);
  });

  it('works outside Actions with explicit values', () => {
    const ctx = readGitHubContext({}, { repository: 'me/tool', sha: 'abc', ref: 'refs/heads/dev' });
    expect(ctx).toMatchObject({ owner: 'me', repo: 'tool', sha: 'abc', refName: 'dev', event: {} });
    expect(isForkPullRequest(ctx)).toBe(false);
  });

  it('names an unreadable event payload', () => {
    expect(() => readGitHubContext({ GITHUB_EVENT_PATH: '/no/such/event.json' })).toThrow(
      'Cannot read the event payload at GITHUB_EVENT_PATH=/no/such/event.json',
    );
  });
});

describe('file readers', () => {
  const doc = decode.object({ name: decode.string });

  it('name the file and the line of a JSON syntax error', async () => {
    const path = await tmp('bad.json', '{\n  "name": "x",\n  oops\n}');
    await expect(readJsonFile(path, doc)).rejects.toThrow(new RegExp(`${path} is not valid JSON at line 3`));
  });

  it('name the file and the field of a decoding error', async () => {
    const path = await tmp('policy.yml', 'name: 3\n');
    await expect(readYamlFile(path, doc)).rejects.toThrow(`${path}: name: expected a string, got number 3`);
  });

  it('name a missing file', async () => {
    await expect(readJsonFile('/no/such.json', doc)).rejects.toThrow('Cannot read JSON file /no/such.json: it does not exist');
  });

  it('reject duplicate YAML keys', async () => {
    const path = await tmp('dup.yml', 'name: a\nname: b\n');
    await expect(readYamlFile(path, doc)).rejects.toThrow(/is not valid YAML at line 2/);
  });
});

describe('digestFile', () => {
  it('streams sha256 and sha512 equal to one-shot hashes', async () => {
    const data = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    const path = await tmp('blob.bin', data);
    expect(await digestFile(path)).toBe(createHash('sha256').update(data).digest('hex'));
    expect(await digestFile(path, 'sha512')).toBe(createHash('sha512').update(data).digest('hex'));
  });

  it('names an unreadable file', async () => {
    await expect(digestFile('/no/such/file')).rejects.toThrow('Cannot read /no/such/file to compute its sha256 digest: ENOENT');
  });
});

describe('writeTextFile', () => {
  it('creates the folder, replaces the file whole and leaves no temporary file', async () => {
    const { mkdtemp, readdir, readFile } = await import('node:fs/promises');
    const { writeTextFile } = await import('../src/index.js');
    const dir = await mkdtemp(join(tmpdir(), 'core-write-'));
    const path = join(dir, 'deep', 'er', 'report.json');
    await writeTextFile(path, 'first');
    await writeTextFile(path, 'second');
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(join(dir, 'deep', 'er'))).toEqual(['report.json']);
  });
});
