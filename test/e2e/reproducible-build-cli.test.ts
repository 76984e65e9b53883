import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, decodeDocument, digestFile, spawnCapture } from '@slipway/core';
import { decodePolicy, loadFileSubject, loadTrust, statementFromBundle, verifySubject } from '@slipway/verify';
import { repoRoot } from '../harness/index.js';
import { makeRebuildProject, type RebuildProject } from '../fixtures/rebuild/make-project.js';

// Real builds, each rebuilt twice by the bundled CLI in fresh exports of a real commit.
const cli = join(repoRoot, 'packages/cli/dist/index.js');
let project: RebuildProject;
let server: Server;
let depUrl: string;
let work: string;

const resultDecoder = decode.object({
  verdict: decode.string,
  reproducible: decode.boolean,
  hermetic: decode.string,
  hermeticReason: decode.string,
  needsNetwork: decode.optional(decode.object({ run: decode.number, exitCode: decode.number, lastLines: decode.array(decode.string) })),
  outputs: decode.array(
    decode.object({
      name: decode.string,
      digests: decode.array(decode.string),
      reproducible: decode.boolean,
      difference: decode.optional(
        decode.object({
          between: decode.string,
          explanation: decode.object({ format: decode.string, summary: decode.string }),
          causes: decode.array(decode.object({ id: decode.string, title: decode.string, evidence: decode.string })),
        }),
      ),
    }),
  ),
  runs: decode.array(decode.object({ buildPath: decode.string, network: decode.string })),
  attestation: decode.optional(decode.string),
});

async function rebuild(
  cwd: string,
  args: string[],
): Promise<{ exitCode: number; stderr: string; result: ReturnType<typeof resultDecoder> | undefined }> {
  const r = await spawnCapture(process.execPath, [cli, 'rebuild', '--json', ...args], { cwd, env: { DEP_URL: depUrl } });
  let result;
  try {
    result = decodeDocument(resultDecoder, JSON.parse(r.stdout), 'rebuild --json');
  } catch {
    result = undefined;
  }
  return { exitCode: r.exitCode, stderr: r.stderr, result };
}

const causes = (r: Awaited<ReturnType<typeof rebuild>>): string[] =>
  r.result?.outputs.flatMap((o) => o.difference?.causes.map((c) => c.id) ?? []) ?? [];

beforeAll(async () => {
  project = await makeRebuildProject(join(repoRoot, 'sample'));
  work = await mkdtemp(join(tmpdir(), 'slipway-rebuild-cli-'));
  server = createServer((req, res) => {
    res.writeHead(req.url === '/dep.txt' ? 200 : 404, { 'content-type': 'text/plain' });
    res.end(req.url === '/dep.txt' ? 'a dependency fetched at build time\n' : 'not found\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  depUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dep.txt`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await Promise.all([project.dir, work].map((d) => rm(d, { recursive: true, force: true })));
});

describe('slipway rebuild on real builds', () => {
  it("finds the sample's npm pack reproducible and hermetic, and signs a verdict the verifier accepts", async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const keyPath = join(work, 'rebuild-key.pem');
    await writeFile(keyPath, privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const report = join(work, 'npm-pack-report');
    const bundlePath = join(work, 'npm-pack.rebuild.sigstore.json');
    const r = await rebuild(join(project.dir, 'sample'), [
      '--command',
      'npm pack --silent',
      '--outputs',
      '*.tgz',
      '--network',
      'deny',
      '--report',
      report,
      '--attestation',
      bundlePath,
      '--key',
      keyPath,
    ]);
    expect(r.stderr).not.toContain('Unexpected error');
    expect(r.result).toMatchObject({ verdict: 'reproducible', reproducible: true, hermetic: 'yes' });
    expect(r.exitCode).toBe(0);
    const [output] = r.result?.outputs ?? [];
    expect(output?.name).toBe('slipway-sample-1.0.0.tgz');
    expect(new Set(output?.digests).size).toBe(1);
    // Two different build folders, both without the network.
    expect(new Set(r.result?.runs.map((x) => x.buildPath)).size).toBe(2);
    expect(r.result?.runs.map((x) => x.network)).toEqual(['denied', 'denied']);

    const artifact = join(report, 'runs', 'run-1', 'slipway-sample-1.0.0.tgz');
    expect(await digestFile(artifact)).toBe(output?.digests[0]);
    const trust = loadTrust({
      kind: 'public-key',
      pem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      source: 'the test key',
    });
    const policy = decodePolicy({ version: 1, 'require-provenance': false, 'tlog-entries': 0, timestamps: 0 }, 'test policy');
    const subject = await loadFileSubject(artifact, [bundlePath]);
    const verdict = verifySubject('slipway-sample-1.0.0.tgz', subject.artifact, subject.bundles, policy, trust, new Date());
    expect(verdict.verified).toBe(true);
    const statement = statementFromBundle(subject.bundles[0]?.bundle ?? (undefined as never));
    expect(statement.ok && statement.value.predicateType).toBe('https://slsa.dev/verification_summary/v1');
    expect(statement.ok && statement.value.predicate).toMatchObject({
      verificationResult: 'PASSED',
      verifiedLevels: ['SLIPWAY_REPRODUCIBLE_BUILD', 'SLIPWAY_HERMETIC_BUILD'],
      resourceUri: `urn:slipway:git-commit:${project.commit}`,
    });

    // The same verdict does not vouch for another file: one changed byte and it no longer verifies.
    const bytes = await readFile(artifact);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    const tamperedPath = join(work, 'tampered.tgz');
    await writeFile(tamperedPath, bytes);
    const tampered = await loadFileSubject(tamperedPath, [bundlePath]);
    expect(verifySubject('tampered.tgz', tampered.artifact, tampered.bundles, policy, trust, new Date()).verified).toBe(false);
  });

  it('finds a tar czf of a folder not reproducible and names file modification times', async () => {
    const r = await rebuild(project.dir, [
      '--command',
      'mkdir -p out && tar czf out/data.tgz data',
      '--outputs',
      'out/*.tgz',
      '--network',
      'deny',
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.result?.verdict).toBe('not-reproducible');
    expect(r.result?.outputs[0]?.difference?.explanation.format).toBe('tar.gz');
    expect(r.result?.outputs[0]?.difference?.explanation.summary).toContain('mtime');
    expect(causes(r)).toContain('file-mtime');
  });

  it('finds a build that writes `date` into a file not reproducible and names the embedded date', async () => {
    const r = await rebuild(project.dir, ['--command', 'mkdir -p out && date > out/stamp.txt', '--outputs', 'out/stamp.txt']);
    expect(r.exitCode).toBe(1);
    expect(r.result?.outputs[0]?.difference?.explanation.format).toBe('text');
    expect(causes(r)[0]).toBe('embedded-date');
    expect(causes(r)).toContain('time-zone');
  });

  it('finds a build that depends on its absolute path and names the build path', async () => {
    const r = await rebuild(project.dir, [
      '--command',
      'mkdir -p out && echo "built in $(pwd)" > out/where.txt',
      '--outputs',
      'out/where.txt',
    ]);
    expect(r.exitCode).toBe(1);
    expect(causes(r)).toEqual(['build-path']);
    // The same build with the path not varied is reproducible: the cause really is the path.
    const same = await rebuild(project.dir, [
      '--command',
      'mkdir -p out && echo "built in $(pwd)" > out/where.txt',
      '--outputs',
      'out/where.txt',
      '--vary=-path',
    ]);
    expect(same).toMatchObject({ exitCode: 0, result: { verdict: 'reproducible' } });
  });

  it('passes a build that fetches from a loopback server with the network, and says it needs the network without it', async () => {
    const allowed = await rebuild(project.dir, ['--command', 'node fetch-dep.cjs', '--outputs', 'out/dep.txt', '--network', 'allow']);
    expect(allowed).toMatchObject({ exitCode: 0, result: { verdict: 'reproducible', hermetic: 'not-isolated' } });
    const denied = await rebuild(project.dir, ['--command', 'node fetch-dep.cjs', '--outputs', 'out/dep.txt', '--network', 'deny']);
    expect(denied.exitCode).toBe(1);
    expect(denied.result).toMatchObject({ reproducible: true, hermetic: 'no' });
    expect(denied.result?.hermeticReason).toContain('needs the network');
    expect(denied.result?.needsNetwork?.lastLines.join('\n')).toContain(`fetch-dep: cannot fetch ${depUrl}`);
  });

  it('refuses bad usage with exit 2, and never empties a report folder it did not make', async () => {
    const notGit = await mkdtemp(join(tmpdir(), 'slipway-not-git-'));
    const a = await rebuild(notGit, ['--command', 'true', '--outputs', 'x']);
    expect(a.exitCode).toBe(2);
    expect(a.stderr).toContain('not inside a git checkout');
    const b = await rebuild(project.dir, ['--command', 'true', '--outputs', 'x', '--vary', 'clock']);
    expect(b.exitCode).toBe(2);
    expect(b.stderr).toContain("'clock' is not something a rebuild can vary");
    const theirs = join(work, 'someone-elses');
    await mkdir(theirs, { recursive: true });
    await writeFile(join(theirs, 'keep.txt'), 'mine\n');
    const c = await rebuild(project.dir, ['--command', 'true', '--outputs', 'x', '--report', theirs]);
    expect(c.exitCode).toBe(2);
    expect(await readdir(theirs)).toEqual(['keep.txt']);
    const d = await rebuild(project.dir, ['--command', 'true', '--outputs', 'x', '--report', project.dir]);
    expect(d.exitCode).toBe(2);
    expect(await readdir(project.dir)).toContain('fetch-dep.cjs');
  });
});
