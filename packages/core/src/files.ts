import { mkdir, readFile, writeFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { decodeDocument, type Decoder } from './decode.js';
import { UserError } from './errors.js';

/**
 * Writes a text file, creating its folder, through a temporary file and a rename: a reader
 * (or a step that fails half-way) never sees half a report, bundle or state file.
 */
export async function writeTextFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

/** Reads a text file; a missing or unreadable file is a UserError naming it. */
export async function readTextFile(path: string, what = 'file'): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : String(code ?? error);
    throw new UserError(`Cannot read ${what} ${path}: ${reason}`, { cause: error });
  }
}

/** Parses JSON text; the error names the source and the line and column at fault. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    let where = '';
    if (pos) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${offset - before.lastIndexOf('\n')}`;
    } else if (text.trim() === '') {
      where = ': the file is empty';
    }
    throw new UserError(`${source} is not valid JSON${where} (${message})`, { cause: error });
  }
}

/** Parses YAML text; the error names the source and the line at fault. */
export function parseYamlText(text: string, source: string): unknown {
  try {
    return parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      throw new UserError(
        `${source} is not valid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${error.message.split('\n')[0] ?? ''}`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

/** Reads and decodes a JSON file. */
export async function readJsonFile<T>(path: string, decoder: Decoder<T>, what = 'JSON file'): Promise<T> {
  return decodeDocument(decoder, parseJson(await readTextFile(path, what), path), path);
}

/** Reads and decodes a YAML (or JSON, a subset) file. */
export async function readYamlFile<T>(path: string, decoder: Decoder<T>, what = 'YAML file'): Promise<T> {
  return decodeDocument(decoder, parseYamlText(await readTextFile(path, what), path), path);
}
