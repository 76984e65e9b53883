import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { describeFsError, errorCodes, LARGE_FILE_LIMIT, UserError } from '@slipway/core';

const CHUNK = 1 << 20;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/**
 * A text file in chunks of about 1 MiB, with the checks of core's `readTextFile`: a missing,
 * unreadable, folder, too large or binary (NUL byte) file is a UserError naming it. Only one
 * chunk is held at a time, so a report of any size can be read in bounded memory.
 */
export async function* textChunks(path: string, what: string, options: { maxBytes?: number } = {}): AsyncGenerator<string> {
  const limit = options.maxBytes ?? LARGE_FILE_LIMIT;
  const unreadable = (error: unknown): UserError =>
    new UserError(`Cannot read ${what} ${path}: ${describeFsError(error)}`, { cause: error, code: errorCodes.inputUnreadable });
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = info.size;
  } catch (error) {
    throw unreadable(error);
  }
  if (size > limit) {
    throw new UserError(`Cannot read ${what} ${path}: it is ${sizeText(size)}, more than the ${sizeText(limit)} this input may be`, {
      code: errorCodes.inputTooLarge,
      hint: 'check that the path names the intended file',
    });
  }
  const decoder = new StringDecoder('utf8');
  let offset = 0;
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const piece of stream as AsyncIterable<Buffer>) {
      const nul = piece.indexOf(0);
      if (nul !== -1) {
        throw new UserError(`Cannot read ${what} ${path}: it is a binary file (a NUL byte at offset ${offset + nul}), not text`, {
          code: errorCodes.inputBinary,
          hint: 'check that the path names the intended file',
        });
      }
      offset += piece.length;
      if (offset > limit) {
        throw new UserError(`Cannot read ${what} ${path}: it grew past the ${sizeText(limit)} this input may be while being read`, {
          code: errorCodes.inputTooLarge,
        });
      }
      const text = decoder.write(piece);
      if (text !== '') yield text;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw unreadable(error);
  } finally {
    stream.destroy();
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}
