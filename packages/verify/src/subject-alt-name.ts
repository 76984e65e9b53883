import { showValue } from './safe-text.js';

/** The signer identity a certificate's subjectAltName holds, read from its DER bytes, or why there is none. */
export type SanIdentity = { ok: true; type: 'uri' | 'email'; value: string } | { ok: false; reason: string };

interface Element {
  tag: number;
  content: Buffer;
}

// Definite-length DER only (no indefinite form, no more than 4 length bytes), nothing left over.
function readElements(der: Buffer): Element[] {
  const out: Element[] = [];
  let at = 0;
  while (at < der.length) {
    const tag = der[at++];
    let length = der[at++];
    if (tag === undefined || length === undefined) throw new Error('truncated element');
    if (length & 0x80) {
      const count = length & 0x7f;
      if (count === 0 || count > 4) throw new Error('unsupported length form');
      length = 0;
      for (let i = 0; i < count; i++) {
        const byte = der[at++];
        if (byte === undefined) throw new Error('truncated length');
        length = length * 256 + byte;
      }
    }
    if (at + length > der.length) throw new Error('element runs past the end');
    out.push({ tag, content: der.subarray(at, at + length) });
    at += length;
  }
  return out;
}

const URI_TAG = 0x86; // [6] IMPLICIT IA5String
const EMAIL_TAG = 0x81; // [1] IMPLICIT IA5String (rfc822Name)

// RFC 3986 characters only (the % check is the matcher's), with a scheme.
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
// RFC 5321 dot-atom local part and a host name.
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

/**
 * Reads the URI or email identity from the raw subjectAltName extension value (a SEQUENCE of
 * GeneralName). Every byte must be printable ASCII (0x21-0x7E) and the text valid for its type;
 * a certificate with more than one such name is refused as ambiguous. Libraries that decode the
 * IA5String as 7-bit ASCII turn 0xE1 into 'a', so the bytes are checked here, not a decoded string.
 */
export function sanIdentity(extensionValue: Buffer | undefined): SanIdentity {
  if (!extensionValue) return { ok: false, reason: 'the certificate has no subjectAltName extension' };
  let names: Element[];
  try {
    const [sequence, ...rest] = readElements(extensionValue);
    if (!sequence || sequence.tag !== 0x30 || rest.length > 0) throw new Error('not a single SEQUENCE');
    names = readElements(sequence.content);
  } catch (error) {
    return {
      ok: false,
      reason: `the subjectAltName extension is not valid DER (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const identities = names.filter((n) => n.tag === URI_TAG || n.tag === EMAIL_TAG);
  if (identities.length === 0) return { ok: false, reason: 'the subjectAltName holds no URI or email identity' };
  if (identities.length > 1)
    return { ok: false, reason: `the subjectAltName holds ${identities.length} identities; exactly one is accepted` };
  const [name] = identities as [Element];
  const type = name.tag === URI_TAG ? 'uri' : 'email';
  const bad = name.content.findIndex((b) => b < 0x21 || b > 0x7e);
  const shown = showValue(name.content.toString('latin1'));
  if (bad >= 0) {
    const byte = name.content[bad] ?? 0;
    return {
      ok: false,
      reason: `the ${type} identity ${shown} has the byte 0x${byte.toString(16).padStart(2, '0')} at offset ${bad}; only printable ASCII is accepted`,
    };
  }
  const value = name.content.toString('ascii');
  if (type === 'uri' ? !URI.test(value) : !EMAIL.test(value)) {
    return { ok: false, reason: `the ${type} identity ${shown} is not a valid ${type === 'uri' ? 'URI' : 'email address'}` };
  }
  return { ok: true, type, value };
}
