import { gunzipSync } from 'node:zlib';
import { UserError } from '@slipway/core';

/** The fields of a gzip member header (RFC 1952) that differ between otherwise equal builds. */
export interface GzipHeader {
  /** MTIME: seconds since the epoch, 0 when none was stored. */
  mtime: number;
  /** The original file name (FNAME), when stored. */
  name: string | undefined;
  /** OS: 3 Unix, 0 FAT, 11 NTFS, 255 unknown... */
  os: number;
  /** XFL: 2 best compression, 4 fastest. */
  xfl: number;
}

/** True for the gzip magic bytes. */
export function looksLikeGzip(bytes: Buffer): boolean {
  return bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 8;
}

/** Reads the first member's header. */
export function readGzipHeader(bytes: Buffer, source: string): GzipHeader {
  if (!looksLikeGzip(bytes)) throw new UserError(`${source} is not gzip data`);
  const flags = bytes[3] ?? 0;
  let at = 10;
  if (flags & 0x04) at += 2 + bytes.readUInt16LE(at); // FEXTRA
  let name: string | undefined;
  if (flags & 0x08) {
    const end = bytes.indexOf(0, at);
    name = bytes.subarray(at, end === -1 ? bytes.length : end).toString('latin1');
  }
  return { mtime: bytes.readUInt32LE(4), name, os: bytes[9] ?? 255, xfl: bytes[8] ?? 0 };
}

/** Decompresses gzip data (every member), refusing more than `maxBytes` of output. */
export function gunzip(bytes: Buffer, source: string, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    throw new UserError(`${source} does not decompress: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
