import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { digestFile, expandGlobs, writeTextFile } from '@slipway/core';
import { signBlob, type SigningMethod } from '@slipway/supply-chain';

/** One signed file: what was signed and where its bundle went. */
export interface SignedFile {
  subject: string;
  bundlePath: string;
  signer: string;
  logIndex: string | undefined;
}

/**
 * Signs each matched file into `<file>.sigstore.json`, or with `checksumsFile` writes the
 * files' sha256sum list there and signs only that list.
 */
export async function signFiles(
  patterns: readonly string[],
  workspace: string,
  method: SigningMethod,
  checksumsFile: string | undefined,
  log: (message: string) => void,
): Promise<SignedFile[]> {
  // Existing bundles are not subjects: re-running over dist/* must not sign last run's bundles.
  const files = await expandGlobs([...patterns, '!**/*.sigstore.json'], workspace, { what: 'files to sign' });
  let targets = files;
  if (checksumsFile) {
    const lines = await Promise.all(files.map(async (f) => `${await digestFile(resolve(workspace, f))}  ${f}`));
    await writeTextFile(resolve(workspace, checksumsFile), `${lines.join('\n')}\n`);
    log(`Wrote ${files.length} checksums to ${checksumsFile}`);
    targets = [checksumsFile];
  }
  const out: SignedFile[] = [];
  for (const file of targets) {
    const path = resolve(workspace, file);
    const bundle = await signBlob(await readFile(path), method);
    const bundlePath = `${path}.sigstore.json`;
    await writeTextFile(bundlePath, bundle.text);
    log(`Signed ${file} -> ${bundlePath}`);
    out.push({ subject: file, bundlePath, signer: bundle.signer, logIndex: bundle.logIndex });
  }
  return out;
}
