import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { errorCodes, readTextFile, SMALL_FILE_LIMIT, UserError } from '@slipway/core';
import { fileKind } from './audit.js';
import type { FileKind } from './workflow-model.js';

/** A file found for auditing, read. */
export interface AuditInput {
  /** As reported: relative to the base folder when below it. */
  file: string;
  kind: FileKind;
  content: string;
}

const SKIP = new Set(['node_modules', '.git', 'dist']);

async function walk(dir: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) await walk(join(dir, entry.name), out);
    } else if (/\.ya?ml$/.test(entry.name)) out.push(join(dir, entry.name));
  }
}

/** Reads a file to audit: at most SMALL_FILE_LIMIT (a workflow has no reason to be larger). */
const readAudited = (path: string): Promise<string> => readTextFile(path, 'workflow file', { maxBytes: SMALL_FILE_LIMIT });

/**
 * Refuses a named file that is not a workflow or action document at all: empty (or only
 * comments), or whose top level is not a mapping (a list, a string). GitHub's parser's errors
 * in a document of the right shape stay findings (invalid-file), each with its place.
 */
function assertDocumentShape(content: string, shown: string, kind: FileKind): void {
  const what = kind === 'action' ? 'an action' : 'a workflow';
  const doc = parseDocument(content, { uniqueKeys: false });
  // A document YAML cannot read is left to the audit, which reports its errors as findings.
  if (doc.errors.length > 0) return;
  if (doc.contents === null || (doc.contents as { value?: unknown }).value === null) {
    throw new UserError(`${shown} is empty, not ${what}`, {
      code: errorCodes.invalidInput,
      hint: 'was the file cut short? give the workflow file itself',
    });
  }
  if (!isMap(doc.contents)) {
    throw new UserError(`${shown} is not ${what}: its top level is not a mapping of keys (on:, jobs:, ...)`, {
      code: errorCodes.invalidInput,
      hint: 'give a workflow file (.github/workflows/*.yml) or an action.yml',
    });
  }
}

/**
 * Expands files and folders into the workflow and action files to audit. A folder contributes
 * every YAML file that is an action's metadata or has a top-level `jobs:` (dependabot.yml and
 * other YAML are skipped); a file named explicitly is always audited. A path that cannot be read,
 * or a folder with nothing to audit, is a UserError.
 */
export async function collectAuditInputs(paths: readonly string[], base: string): Promise<AuditInput[]> {
  const out = new Map<string, AuditInput>();
  for (const given of paths) {
    const abs = resolve(base, given);
    const info = await stat(abs).catch(() => undefined);
    if (!info)
      throw new UserError(`Cannot read ${given}: it does not exist`, { hint: 'pass workflow files or folders, e.g. .github/workflows' });
    const shown = (p: string): string => (p.startsWith(base + '/') ? relative(base, p) : p);
    if (info.isFile()) {
      const content = await readAudited(abs);
      assertDocumentShape(content, given, fileKind(abs));
      out.set(abs, { file: shown(abs), kind: fileKind(abs), content });
      continue;
    }
    const found: string[] = [];
    await walk(abs, found);
    let added = 0;
    for (const file of found.sort()) {
      const content = await readAudited(file);
      const kind = fileKind(file);
      if (kind === 'workflow' && !/^jobs\s*:/m.test(content)) continue;
      out.set(file, { file: shown(file), kind, content });
      added += 1;
    }
    if (added === 0)
      throw new UserError(`${given} holds no workflow or action files`, { hint: 'workflows are YAML files with a top-level jobs: key' });
  }
  return [...out.values()];
}
