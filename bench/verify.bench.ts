// verify-deploy speed: the median time to verify one bundle over the sigstore-conformance set,
// in a warm process (engine only) and as a cold `node dist/verify-deploy/main/index.js` run
// (spawn to exit, side by side with `node -e 0`), plus memory (heap and peak RSS).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artifactFromBytes, artifactFromDigest, conformanceVerify, type ConformanceRequest } from '@slipway/verify';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cases = join(root, 'test/fixtures/conformance');
const BEACON =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function requestFor(name: string, digest: boolean): ConformanceRequest {
  const dir = join(cases, name);
  const opt = (f: string): string | undefined => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined);
  const bytes = readFileSync(existsSync(join(dir, 'artifact')) ? join(dir, 'artifact') : join(cases, 'a.txt'));
  const artifact = artifactFromBytes(bytes, 'artifact');
  const key = opt('key.pub');
  const root = opt('trusted_root.json');
  return {
    bundle: { text: readFileSync(join(dir, 'bundle.sigstore.json'), 'utf8'), source: name },
    artifact: digest ? artifactFromDigest(`sha256:${artifact.sha256}`) : artifact,
    expect: key
      ? { keyPem: key, keySource: 'key.pub' }
      : { identity: opt('identity')?.trim() ?? BEACON, issuer: opt('issuer')?.trim() ?? ISSUER },
    ...(root ? { trustedRoot: { json: root, source: 'trusted_root.json' } } : {}),
  };
}

const names = readdirSync(cases, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

// Warm: every case verified 15 times after one warm-up pass; median per bundle.
const rounds = 15;
const perBundle: number[] = [];
const perPassing: number[] = [];
const perDigest: number[] = [];
const once = (req: ConformanceRequest): boolean => {
  try {
    return conformanceVerify(req).ok;
  } catch {
    return false;
  }
};
const requests = names.map((n) => ({ name: n, file: requestFor(n, false), digest: requestFor(n, true) }));
for (const r of requests) once(r.file);
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
for (let i = 0; i < rounds; i++) {
  for (const r of requests) {
    let t = performance.now();
    const ok = once(r.file);
    const ms = performance.now() - t;
    perBundle.push(ms);
    if (ok) perPassing.push(ms);
    t = performance.now();
    once(r.digest);
    perDigest.push(performance.now() - t);
  }
}
const heapAfter = process.memoryUsage().heapUsed;
console.log(`conformance set: ${names.length} bundles, ${rounds} rounds, warm process`);
console.log(`  median per bundle (artifact bytes)      ${median(perBundle).toFixed(2)} ms`);
console.log(`  median per passing bundle               ${median(perPassing).toFixed(2)} ms`);
console.log(`  median per bundle (sha256 digest only)  ${median(perDigest).toFixed(2)} ms`);
console.log(
  `  heap growth over ${rounds * names.length * 2} verifications  ${((heapAfter - heapBefore) / 1048576).toFixed(1)} MiB, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`,
);

// Cold: the bundled action verifying a.txt against happy-path-v0.3 (public-good root, offline).
const bundleJs = join(root, 'dist/verify-deploy/main/index.js');
if (!existsSync(bundleJs)) {
  console.log('\nno dist/verify-deploy bundle: run `npm run bundle -- verify-deploy`');
  process.exit(0);
}
const ws = mkdtempSync(join(tmpdir(), 'bench-verify-'));
writeFileSync(join(ws, 'policy.yml'), `identities: [${BEACON}]\nissuers: [${ISSUER}]\nrequire-provenance: false\n`);
const env: Record<string, string> = {
  PATH: process.env['PATH'] ?? '',
  INPUT_POLICY: 'policy.yml',
  INPUT_ARTIFACTS: join(cases, 'a.txt'),
  INPUT_BUNDLES: join(cases, 'happy-path-v0.3/bundle.sigstore.json'),
  INPUT_TRUST: 'public-good',
};
for (const f of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
  env[f] = join(ws, f);
  writeFileSync(env[f], '');
}
const rssHook = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss:'+process.resourceUsage().maxRSS+'\\n'))`;
const cold: number[] = [];
const floor: number[] = [];
const rss: number[] = [];
for (let i = 0; i < 11; i++) {
  let t = performance.now();
  spawnSync(process.execPath, ['-e', '0'], { env, stdio: 'ignore' });
  floor.push(performance.now() - t);
  t = performance.now();
  const r = spawnSync(process.execPath, ['--import', rssHook, bundleJs], { env, cwd: ws, encoding: 'utf8' });
  cold.push(performance.now() - t);
  if (r.status !== 0) throw new Error(`the bundled action failed: ${r.stdout}${r.stderr}`);
  const m = /maxrss:(\d+)/.exec(r.stderr);
  if (m) rss.push(Number(m[1]) / 1024);
}
console.log(`\ncold: node dist/verify-deploy/main/index.js, one bundle (median of 11)`);
console.log(
  `  spawn to exit                           ${median(cold).toFixed(0)} ms (node -e 0: ${median(floor).toFixed(0)} ms, ${(median(cold) / median(floor)).toFixed(1)}x)`,
);
console.log(`  cold run minus the node floor           ${(median(cold) - median(floor)).toFixed(0)} ms`);
console.log(`  ratio cold / warm per bundle            ${(median(cold) / median(perPassing)).toFixed(0)}x`);
console.log(`  peak RSS of the cold run                ${median(rss).toFixed(0)} MiB`);
