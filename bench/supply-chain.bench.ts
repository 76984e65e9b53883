// Supply-chain figures: provenance for 1,000 file subjects (hashing, statement, DSSE signing; time
// and sizes), key-mode signing of 100 files (median per file, key vs keyless against the local
// Sigstore mock), and signing an image in the local docker-registry (referrer, and with the
// classic .sig tag as well). Medians of repeated runs, measured side by side in one process.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createProvenance,
  keySigner,
  OciClient,
  parseDigestReference,
  signBlob,
  signImage,
  staticIdentityProvider,
  subjectsFromPaths,
  type BuildClaims,
  type SigningMethod,
} from '@slipway/supply-chain';
import { pushTestImage, startRegistry } from '../test/services/registry.js';
import { startSigstoreMock } from '../test/services/sigstore-mock.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const out = await fn();
  return [performance.now() - t, out];
}

const claims: BuildClaims = {
  repository: 'octo-org/octo-repo',
  repository_id: '1',
  repository_owner_id: '2',
  ref: 'refs/heads/main',
  sha: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  event_name: 'push',
  workflow_ref: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
  job_workflow_ref: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
  run_id: '1',
  run_attempt: '1',
  runner_environment: 'github-hosted',
};

const dir = await mkdtemp(join(tmpdir(), 'bench-supply-'));
const key: SigningMethod = {
  mode: 'key',
  key: keySigner(await readFile(join(root, 'test/fixtures/supply-chain/ec-p256.key.pem'), 'utf8')),
};

// 1. Provenance for 1,000 subjects (64 KiB files: hashing is streamed).
await mkdir(join(dir, 'many'));
const blob = Buffer.alloc(64 * 1024, 7);
for (let i = 0; i < 1000; i++)
  await writeFile(join(dir, 'many', `artifact-${String(i).padStart(4, '0')}.bin`), Buffer.concat([blob, Buffer.from(String(i))]));
const totals: number[] = [];
const hashing: number[] = [];
const signing: number[] = [];
let statementBytes = 0;
let bundleBytes = 0;
for (let run = 0; run < 5; run++) {
  const [tHash, subjects] = await time(() => subjectsFromPaths(['many/*.bin'], dir));
  const [tSign, provenance] = await time(() => createProvenance(subjects, claims, 'https://github.com', key));
  hashing.push(tHash);
  signing.push(tSign);
  totals.push(tHash + tSign);
  statementBytes = Buffer.byteLength(JSON.stringify(provenance.statement));
  bundleBytes = Buffer.byteLength(provenance.bundle.text);
}
console.log('provenance for 1,000 subjects (64 KiB files, key mode, median of 5)');
console.log(`  total             ${median(totals).toFixed(0)} ms`);
console.log(`  hash subjects     ${median(hashing).toFixed(0)} ms`);
console.log(`  statement + DSSE  ${median(signing).toFixed(1)} ms`);
console.log(`  statement size    ${(statementBytes / 1024).toFixed(1)} KiB`);
console.log(
  `  bundle size       ${(bundleBytes / 1024).toFixed(1)} KiB (${(bundleBytes / statementBytes).toFixed(2)}x the statement: base64 payload)`,
);

// 2. Signing 100 files: key mode vs keyless through the Sigstore mock over loopback HTTP.
const files: Buffer[] = [];
for (let i = 0; i < 100; i++) files.push(Buffer.concat([Buffer.alloc(256 * 1024, i), Buffer.from(String(i))]));
const sigstore = await startSigstoreMock();
const keyless: SigningMethod = {
  mode: 'keyless',
  identity: staticIdentityProvider(await sigstore.oidcToken()),
  fulcioURL: sigstore.fulcioURL,
  rekorURL: sigstore.rekorURL,
};
const perKey: number[] = [];
const perKeyless: number[] = [];
for (const data of files) {
  perKey.push((await time(() => signBlob(data, key)))[0]);
  perKeyless.push((await time(() => signBlob(data, keyless)))[0]);
}
await sigstore.stop();
console.log('\nsigning 100 files of 256 KiB (median per file)');
console.log(`  key mode                  ${median(perKey).toFixed(2)} ms`);
console.log(
  `  keyless (mock Fulcio+Rekor) ${median(perKeyless).toFixed(2)} ms  (${(median(perKeyless) / median(perKey)).toFixed(1)}x key mode)`,
);

// 3. Signing an image in the local registry (a fresh image each time).
const registry = await startRegistry();
try {
  const client = new OciClient({ registry: registry.host });
  const referrerOnly: number[] = [];
  const withClassic: number[] = [];
  for (let i = 0; i < 10; i++) {
    const a = await pushTestImage(registry, `bench/app-${i}`);
    referrerOnly.push((await time(() => signImage(client, parseDigestReference(a.ref), key)))[0]);
    const b = await pushTestImage(registry, `bench/classic-${i}`);
    withClassic.push((await time(() => signImage(client, parseDigestReference(b.ref), key, { classic: true })))[0]);
  }
  console.log('\nsigning an image in docker-registry on loopback (key mode, median of 10)');
  console.log(`  OCI 1.1 referrer (tag-schema index)  ${median(referrerOnly).toFixed(1)} ms`);
  console.log(`  referrer + classic .sig tag          ${median(withClassic).toFixed(1)} ms`);
} finally {
  await registry.stop();
  await rm(dir, { recursive: true, force: true });
}
