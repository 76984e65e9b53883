import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readTextFile, UserError } from '@slipway/core';
import { artifactFromBytes, type Artifact } from './artifact.js';
import { parseBundles } from './sigstore-bundle.js';
import type { SourcedBundle } from './verify-subject.js';

/** A file to verify and the bundles given for it. */
export interface FileSubject {
  name: string;
  artifact: Artifact;
  bundles: SourcedBundle[];
}

/** Reads an artifact and its bundle files (each a bundle, a JSON array or JSON lines); any unreadable file is an error. */
export async function loadFileSubject(artifactPath: string, bundlePaths: readonly string[]): Promise<FileSubject> {
  let bytes: Buffer;
  try {
    bytes = await readFile(artifactPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(`Cannot read the artifact ${artifactPath}: ${code === 'ENOENT' ? 'it does not exist' : code}`, { cause: error });
  }
  if (bundlePaths.length === 0) {
    throw new UserError(`No bundle was given for ${artifactPath}`, {
      hint: 'pass its signature bundle or attestations file; an unsigned artifact is never deployed',
    });
  }
  return { name: artifactPath, artifact: artifactFromBytes(bytes, basename(artifactPath)), bundles: await loadBundleFiles(bundlePaths) };
}

/** Reads bundle files (each a bundle, a JSON array or JSON lines), naming each bundle by its file; any unreadable file is an error. */
export async function loadBundleFiles(paths: readonly string[]): Promise<SourcedBundle[]> {
  const bundles: SourcedBundle[] = [];
  for (const path of paths) {
    const text = await readTextFile(path, 'bundle');
    const parsed = parseBundles(text, path);
    parsed.forEach((bundle, i) => bundles.push({ bundle, source: parsed.length > 1 ? `${basename(path)}#${i + 1}` : basename(path) }));
  }
  return bundles;
}
