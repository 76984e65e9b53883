import { inflateRawSync } from 'node:zlib';
import { UserError } from './errors.js';

/** One member of a zip archive (a jar, a wheel, an artifact download) as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** The MS-DOS date and time, as `YYYY-MM-DD hh:mm:ss` (two-second resolution). */
  dosTime: string;
  /** The extended timestamp extra field's mtime (0x5455), when present. */
  unixMtime: number | undefined;
  /** Unix mode from the external attributes, when the archive was made on Unix. */
  mode: number | undefined;
  /** uid/gid from the Info-ZIP Unix extra field (0x7875), when present. */
  uid: number | undefined;
  gid: number | undefined;
  method: number;
  crc: number;
  size: number;
  /** Reads (and inflates) the member's bytes. */
  data: () => Buffer;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** True for the zip local-file or empty-archive signature. */
export function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function dosDateTime(date: number, time: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${1980 + (date >> 9)}-${pad((date >> 5) & 0xf)}-${pad(date & 0x1f)} ${pad(time >> 11)}:${pad((time >> 5) & 0x3f)}:${pad((time & 0x1f) * 2)}`;
}

function findEocd(bytes: Buffer, source: string): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) if (bytes.readUInt32LE(at) === EOCD) return at;
  throw new UserError(`${source}: no zip end-of-central-directory record`);
}

interface Extra {
  unixMtime?: number;
  uid?: number;
  gid?: number;
  zip64?: Buffer;
}

function readExtra(extra: Buffer): Extra {
  const out: Extra = {};
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    const body = extra.subarray(at + 4, at + 4 + size);
    if (id === 0x5455 && body.length >= 5 && ((body[0] ?? 0) & 1) !== 0) out.unixMtime = body.readUInt32LE(1);
    if (id === 0x7875 && body.length >= 3) {
      const uidSize = body[1] ?? 0;
      out.uid = body.readUIntLE(2, Math.min(uidSize, 6));
      const gidSize = body[2 + uidSize] ?? 0;
      out.gid = body.readUIntLE(3 + uidSize, Math.min(gidSize, 6));
    }
    if (id === 0x0001) out.zip64 = body;
    at += 4 + size;
  }
  return out;
}

/** Reads a zip archive's central directory (zip64 included) in its stored order. */
export function readZip(bytes: Buffer, source: string): ZipEntry[] {
  const eocd = findEocd(bytes, source);
  let count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && bytes.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const record = Number(bytes.readBigUInt64LE(eocd - 20 + 8));
    count = Number(bytes.readBigUInt64LE(record + 32));
    offset = Number(bytes.readBigUInt64LE(record + 48));
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
      throw new UserError(`${source}: zip central directory entry ${i + 1} is broken`);
    const madeBy = bytes.readUInt16LE(at + 4) >> 8;
    const method = bytes.readUInt16LE(at + 10);
    const time = bytes.readUInt16LE(at + 12);
    const date = bytes.readUInt16LE(at + 14);
    const crc = bytes.readUInt32LE(at + 16);
    let compressed = bytes.readUInt32LE(at + 20);
    let size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const external = bytes.readUInt32LE(at + 38);
    let local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const extra = readExtra(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    if (extra.zip64) {
      // Only the fields set to 0xffffffff appear, in this order.
      let z = 0;
      const next = (): number => {
        const v = Number(extra.zip64?.readBigUInt64LE(z) ?? 0n);
        z += 8;
        return v;
      };
      if (size === 0xffffffff) size = next();
      if (compressed === 0xffffffff) compressed = next();
      if (local === 0xffffffff) local = next();
    }
    const localAt = local;
    const compressedSize = compressed;
    entries.push({
      name,
      dosTime: dosDateTime(date, time),
      unixMtime: extra.unixMtime,
      mode: madeBy === 3 ? (external >>> 16) & 0o7777 : undefined,
      uid: extra.uid,
      gid: extra.gid,
      method,
      crc,
      size,
      data: () => {
        if (bytes.readUInt32LE(localAt) !== LOCAL) throw new UserError(`${source}: the local header of ${name} is missing`);
        const start = localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
        const raw = bytes.subarray(start, start + compressedSize);
        if (method === 0) return Buffer.from(raw);
        if (method === 8) return inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
        throw new UserError(`${source}: ${name} uses compression method ${method}, which this reader does not inflate`);
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
