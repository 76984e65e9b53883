import { UserError } from '@slipway/core';

/** One member of a tar archive, with the metadata a reproducibility diff compares. */
export interface TarEntry {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  /** Seconds since the epoch (fractional when a pax header says so). */
  mtime: number;
  linkname: string;
  data: Buffer;
}

const BLOCK = 512;

function text(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}

// Numbers are octal text, or base-256 big-endian when the top bit of the first byte is set (GNU, star).
function number(block: Buffer, offset: number, length: number): number {
  const field = block.subarray(offset, offset + length);
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = (field[0] ?? 0) & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] ?? 0);
    return value;
  }
  const digits = text(block, offset, length).trim();
  return digits === '' ? 0 : parseInt(digits, 8);
}

function checksumOk(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return sum === number(block, 148, 8);
}

// A pax record is "<length> <key>=<value>\n"; the length counts the whole record.
function paxRecords(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1) break;
    const length = parseInt(data.subarray(at, space).toString('ascii'), 10);
    if (!Number.isSafeInteger(length) || length <= 0) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return out;
}

/** True when the bytes start with a tar header: a non-empty first block whose checksum holds. */
export function looksLikeTar(bytes: Buffer): boolean {
  if (bytes.length < BLOCK) return false;
  const first = bytes.subarray(0, BLOCK);
  return first.some((b) => b !== 0) && checksumOk(first);
}

/** Reads every member of a tar archive (ustar, pax and GNU long names); a broken header is a UserError naming `source`. */
export function readTar(bytes: Buffer, source: string): TarEntry[] {
  const entries: TarEntry[] = [];
  let global: Record<string, string> = {};
  let local: Record<string, string> = {};
  let longName: string | undefined;
  let longLink: string | undefined;
  let at = 0;
  while (at + BLOCK <= bytes.length) {
    const header = bytes.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break;
    if (!checksumOk(header)) throw new UserError(`${source}: the tar header at byte ${at} has a wrong checksum`);
    const size = number(header, 124, 12);
    const flag = String.fromCharCode(header[156] ?? 0);
    const data = bytes.subarray(at + BLOCK, at + BLOCK + size);
    if (data.length < size) throw new UserError(`${source}: the tar member at byte ${at} is cut short`);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (flag === 'g') {
      global = { ...global, ...paxRecords(data) };
      continue;
    }
    if (flag === 'x') {
      local = paxRecords(data);
      continue;
    }
    if (flag === 'L' || flag === 'K') {
      const value = data.toString('utf8').replace(/\0+$/, '');
      if (flag === 'L') longName = value;
      else longLink = value;
      continue;
    }
    const pax = { ...global, ...local };
    // Only POSIX ustar ("ustar\0") has a name prefix there; GNU's "ustar  " keeps other fields at 345.
    const prefix = header.subarray(257, 263).toString('latin1') === 'ustar\0' ? text(header, 345, 155) : '';
    const baseName = text(header, 0, 100);
    const name = pax['path'] ?? longName ?? (prefix ? `${prefix}/${baseName}` : baseName);
    const type =
      flag === '0' || flag === '\0' || flag === '7'
        ? 'file'
        : flag === '5'
          ? 'directory'
          : flag === '2'
            ? 'symlink'
            : flag === '1'
              ? 'hardlink'
              : 'other';
    entries.push({
      name,
      type,
      mode: number(header, 100, 8) & 0o7777,
      uid: pax['uid'] !== undefined ? Number(pax['uid']) : number(header, 108, 8),
      gid: pax['gid'] !== undefined ? Number(pax['gid']) : number(header, 116, 8),
      uname: pax['uname'] ?? text(header, 265, 32),
      gname: pax['gname'] ?? text(header, 297, 32),
      mtime: pax['mtime'] !== undefined ? Number(pax['mtime']) : number(header, 136, 12),
      linkname: pax['linkpath'] ?? longLink ?? text(header, 157, 100),
      data: type === 'file' ? data : Buffer.alloc(0),
    });
    local = {};
    longName = undefined;
    longLink = undefined;
  }
  return entries;
}
