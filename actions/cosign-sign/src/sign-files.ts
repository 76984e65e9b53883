import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { assertDistinctOutputs, digestFile, expandGlobs, writeOutputFiles, type OutputFile } from '@slipway/core';
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
 * files' sha256sum list there and signs only that list. An output onto a file to sign is refused
 * before anything is signed, and the outputs are written all or none once every signature is made.
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
  const checksumsPath = checksumsFile === undefined ? undefined : resolve(workspace, checksumsFile);
  const targets = checksumsPath ? [checksumsPath] : files.map((f) => resolve(workspace, f));
  await assertDistinctOutputs(
    files.map((f) => ({ path: resolve(workspace, f), name: "input 'files'" })),
    [
      ...(checksumsPath ? [{ path: checksumsPath, name: "input 'checksums-file'" }] : []),
      ...targets.map((t) => ({ path: `${t}.sigstore.json`, name: 'the bundle' })),
    ],
  );
  const writes: OutputFile[] = [];
  const contents = new Map<string, Buffer>();
  if (checksumsPath) {
    const lines = await Promise.all(files.map(async (f) => `${await digestFile(resolve(workspace, f))}  ${f}`));
    const text = Buffer.from(`${lines.join('\n')}\n`);
    contents.set(checksumsPath, text);
    writes.push({ path: checksumsPath, text, what: 'checksums file' });
  }
  const out: SignedFile[] = [];
  for (const path of targets) {
    const bundle = await signBlob(contents.get(path) ?? (await readFile(path)), method);
    const bundlePath = `${path}.sigstore.json`;
    writes.push({ path: bundlePath, text: bundle.text, what: 'Sigstore bundle' });
    out.push({
      subject: checksumsPath && checksumsFile ? checksumsFile : relative(workspace, path),
      bundlePath,
      signer: bundle.signer,
      logIndex: bundle.logIndex,
    });
  }
  await writeOutputFiles(writes);
  if (checksumsFile) log(`Wrote ${files.length} checksums to ${checksumsFile}`);
  for (const s of out) log(`Signed ${s.subject} -> ${s.bundlePath}`);
  return out;
}
