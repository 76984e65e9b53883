import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { backendIdsFromToken, uploadSmallArtifact, zipOneFile } from '../src/record-upload.js';
import { readZip } from '../src/zip.js';

const jwt = (claims: unknown): string =>
  `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

describe('zipOneFile', () => {
  it('writes a zip that Info-ZIP lists and extracts byte for byte, with the name, size and time given', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slipway-zip-'));
    const data = Buffer.from(JSON.stringify({ schema: 'slipway/outcome-records@1', records: [{ type: 'cache' }] }).repeat(50));
    const zip = join(dir, 'a.zip');
    await writeFile(zip, zipOneFile('slipway-record-x.json', data, new Date(2026, 0, 2, 3, 4, 6)));
    const test = spawnSync('unzip', ['-t', zip], { encoding: 'utf8' });
    expect(test.status).toBe(0);
    expect(test.stdout).toMatch(/No errors detected/);
    const listing = spawnSync('zipinfo', ['-l', zip], { encoding: 'utf8' }).stdout;
    expect(listing).toMatch(new RegExp(`-rw-r--r--.* ${data.length} .*defX 26-Jan-02 03:04 slipway-record-x\\.json`));
    const out = spawnSync('unzip', ['-p', zip, 'slipway-record-x.json']);
    expect(out.status).toBe(0);
    expect(Buffer.compare(out.stdout, data)).toBe(0);
  });

  it('round-trips any name and content through the zip reader (a separate parser of the central directory)', () => {
    const segment = fc.stringMatching(/^[\w\-. ]{1,20}$/).filter((s) => s !== '.' && s !== '..');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.uint8Array({ maxLength: 4096 }), (parts, bytes) => {
        const name = parts.join('/');
        const entries = readZip(zipOneFile(name, Buffer.from(bytes)), name);
        expect(entries.map((e) => [e.name, e.size, e.data()])).toEqual([[name, bytes.length, Buffer.from(bytes)]]);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a name that would escape the extraction folder', () => {
    for (const name of ['../x.json', '/etc/x.json', 'a/../../x', 'a\\b.json', ''])
      expect(() => zipOneFile(name, Buffer.from('x'))).toThrow(/relative path/);
  });
});

describe('backendIdsFromToken', () => {
  it('reads the run and job ids from the Actions.Results scope, wherever it stands in scp', () => {
    expect(backendIdsFromToken(jwt({ scp: 'Actions.GenericRead:1 Actions.Results:run-1:job-2 Actions.UploadArtifacts:3' }))).toEqual({
      runId: 'run-1',
      jobId: 'job-2',
    });
  });

  it('refuses a token that names no run and job, saying why', () => {
    expect(() => backendIdsFromToken('not-a-jwt')).toThrow(/not a JWT/);
    expect(() => backendIdsFromToken('a.%%%.c')).toThrow(/not JSON/);
    expect(() => backendIdsFromToken(jwt({ sub: 'x' }))).toThrow(/no scp claim/);
    expect(() => backendIdsFromToken(jwt({ scp: 'Actions.GenericRead:1' }))).toThrow(/no Actions.Results scope/);
    expect(() => backendIdsFromToken(jwt({ scp: 'Actions.Results:run-only' }))).toThrow(/not Actions.Results:<run>:<job>/);
    expect(() => backendIdsFromToken(jwt({ scp: 'Actions.Results:run::' }))).toThrow(/not Actions.Results:<run>:<job>/);
  });
});

describe('uploadSmallArtifact without a results service', () => {
  const token = jwt({ scp: 'Actions.Results:r:j' });
  it('names what is missing before any request', async () => {
    await expect(uploadSmallArtifact({}, 'n', 'n.json', Buffer.from('{}'))).rejects.toThrow(
      /ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL/,
    );
    await expect(
      uploadSmallArtifact({ ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: 'not a url' }, 'n', 'n.json', Buffer.from('{}')),
    ).rejects.toThrow(/is not a URL/);
  });

  it('refuses an artifact name the service would refuse', async () => {
    const env = { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: 'http://127.0.0.1:9' };
    for (const name of ['a/b', 'a:b', 'a"b', '', ' ', 'a\nb'])
      await expect(uploadSmallArtifact(env, name, 'x.json', Buffer.from('{}'))).rejects.toThrow(/artifact name/);
  });
});
