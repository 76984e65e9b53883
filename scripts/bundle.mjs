#!/usr/bin/env node
// Builds every action (dist/<action>/{main,post}/) and the CLI (packages/cli/dist/) with ncc,
// in ESM mode. `--check` builds into a temporary folder and fails when the committed output
// differs (a stale dist). Names after the flags limit the build to those targets. Each bundle's
// licenses.txt lists every package its chunks hold, and a bundle holding two copies of one
// package is refused.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from './bundle-packages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--'));

/** Every bundle: [name, entry source, output folder relative to the root]. */
async function targets() {
  const out = [['cli', 'packages/cli/src/entry.ts', 'packages/cli/dist']];
  for (const action of (await readdir(join(root, 'actions'))).sort()) {
    for (const step of ['main', 'post']) {
      const entry = `actions/${action}/src/${step}.ts`;
      if (existsSync(join(root, entry))) out.push([action, entry, `dist/${action}/${step}`]);
    }
  }
  return out.filter(([name]) => only.length === 0 || only.includes(name));
}

async function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

async function writeTarget(dir, files) {
  await rm(dir, { recursive: true, force: true });
  for (const [name, content] of files) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

const stale = [];
const started = performance.now();
const scratch = check ? await mkdtemp(join(tmpdir(), 'slipway-dist-')) : undefined;
const list = await targets();
if (list.length === 0) {
  console.error(`bundle: no target named ${only.join(', ')}`);
  process.exit(2);
}
// Two at a time: this is CPU-bound and CI machines have two cores.
const queue = [...list];
await Promise.all(
  [0, 1].map(async () => {
    for (let t = queue.shift(); t; t = queue.shift()) {
      const [name, entry, outDir] = t;
      let files;
      try {
        ({ files } = await buildBundle(join(root, entry)));
      } catch (error) {
        // ncc's own stack shows minified source: print the message alone.
        const message = String(error?.message ?? error)
          .split('\n')
          .slice(0, 12)
          .join('\n');
        console.error(`bundle: ${name} (${entry}) failed:\n${message}`);
        process.exit(1);
      }
      if (!check) {
        await writeTarget(join(root, outDir), files);
        console.log(`bundled ${name}: ${outDir}/index.js (${(Buffer.byteLength(files.get('index.js')) / 1024).toFixed(0)} KiB)`);
        continue;
      }
      const fresh = join(scratch, outDir);
      await writeTarget(fresh, files);
      const committed = await listFiles(join(root, outDir));
      const built = await listFiles(fresh);
      for (const f of new Set([...committed, ...built])) {
        const a = committed.includes(f) ? await readFile(join(root, outDir, f)) : undefined;
        const b = built.includes(f) ? await readFile(join(fresh, f)) : undefined;
        if (!a || !b || !a.equals(b)) stale.push(`${outDir}/${f}${!a ? ' (missing)' : !b ? ' (no longer built)' : ' (differs)'}`);
      }
    }
  }),
);
if (scratch) await rm(scratch, { recursive: true, force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (stale.length > 0) {
  console.error(
    `dist is stale: ${stale.length} file(s) differ from a fresh build:\n  ${stale.join('\n  ')}\nRun 'npm run bundle' and commit the result.`,
  );
  process.exit(1);
}
console.log(
  check ? `dist is up to date (${list.length} bundles checked in ${seconds} s)` : `bundled ${list.length} targets in ${seconds} s`,
);
