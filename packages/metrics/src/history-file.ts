import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { decodeDocument, errorMessage, parseJson, UserError } from '@slipway/core';
import { historyDecoder } from './history-codec.js';
import { emptyHistory, type History } from './model.js';

/** How a history was loaded: what the caller should tell the user. */
export interface LoadedHistory {
  history: History;
  /** `new` (no file yet), `file`, or `backup` (the file was corrupt and the previous copy was used). */
  source: 'new' | 'file' | 'backup';
  /** Why the main file could not be used, when `source` is `backup`. */
  problem?: string;
}

/** The copy of the last good history kept beside the file. */
export const backupPath = (path: string): string => `${path}.bak`;

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`Cannot read the metrics history ${path}: ${errorMessage(error)}`, { cause: error });
  }
}

function parseHistory(text: string, path: string): History {
  return decodeDocument(historyDecoder, parseJson(text, path), path);
}

/**
 * Reads a history file. A missing file starts a new history; a corrupt one falls back to
 * the previous good copy (`.bak`) and says so; with no good copy it is an error, because
 * starting afresh would later overwrite the history that is still recoverable by hand.
 * With `repository`, a history of another repository is an error.
 */
export async function loadHistory(path: string, repository?: string): Promise<LoadedHistory> {
  const text = await readIfExists(path);
  let loaded: LoadedHistory;
  if (text === undefined) {
    loaded = { history: emptyHistory(repository ?? ''), source: 'new' };
  } else {
    try {
      loaded = { history: parseHistory(text, path), source: 'file' };
    } catch (error) {
      const problem = errorMessage(error);
      const backup = await readIfExists(backupPath(path));
      let history: History | undefined;
      try {
        history = backup === undefined ? undefined : parseHistory(backup, backupPath(path));
      } catch {
        history = undefined;
      }
      if (!history) {
        throw new UserError(`The metrics history ${path} is corrupt and there is no good previous copy: ${problem}`, {
          hint: `nothing was changed; repair the file, restore it from its branch or cache, or move it away to start a new history`,
        });
      }
      loaded = { history, source: 'backup', problem };
    }
  }
  if (repository !== undefined && loaded.history.repository !== repository && loaded.source !== 'new') {
    throw new UserError(`The metrics history ${path} belongs to ${loaded.history.repository}, not ${repository}`, {
      hint: 'use one history file per repository (pass another --data / data-file)',
    });
  }
  return loaded;
}

async function runCountOnDisk(path: string): Promise<number | undefined> {
  const text = await readIfExists(path);
  if (text === undefined) return undefined;
  try {
    return parseHistory(text, path).runs.length;
  } catch {
    return undefined;
  }
}

/**
 * Writes a history atomically (a temporary file renamed over the old one) and keeps the old
 * good file as `.bak`; a corrupt old file is set aside as `.corrupt-<time>` rather than lost.
 * Refuses to replace a readable history with one that holds fewer runs.
 */
export async function saveHistory(path: string, history: History): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const existingRuns = await runCountOnDisk(path);
  if (existingRuns !== undefined && history.runs.length < existingRuns) {
    throw new UserError(
      `Refusing to overwrite the metrics history ${path}: it holds ${existingRuns} runs and the new one only ${history.runs.length}`,
      { hint: 'the file on disk was kept; load it before collecting so new runs are added to it' },
    );
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(serializeHistory(history));
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The backup only ever moves forward: a smaller history put in place of the file (by hand,
    // or a restore of an older cache) never replaces a larger good backup.
    const backupRuns = await runCountOnDisk(backupPath(path));
    if (existingRuns !== undefined && (backupRuns === undefined || existingRuns >= backupRuns)) await copyFile(path, backupPath(path));
    else if ((await readIfExists(path)) !== undefined) await rename(path, `${path}.corrupt-${Date.now()}`);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot write the metrics history ${path}: ${errorMessage(error)}`, { cause: error });
  }
}

/** The file's text: one run or deployment per line, so a diff of the data branch stays readable. */
export function serializeHistory(history: History): string {
  const { runs, deployments, ...head } = history;
  const lines = (items: readonly unknown[]): string =>
    items.length === 0 ? '[]' : `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]`;
  const headText = JSON.stringify(head).slice(0, -1);
  return `${headText},\n"runs": ${lines(runs)},\n"deployments": ${lines(deployments)}\n}\n`;
}
