/** Shows a value with every byte outside printable ASCII escaped, so a report or log line can never be forged by it. */
export function showValue(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x20 && code <= 0x7e && ch !== '\\') out += ch;
    else if (ch === '\\') out += '\\\\';
    else if (code <= 0xff) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += `\\u{${code.toString(16)}}`;
  }
  return out;
}

/**
 * Why a value (an identity, builder ID, repository or ref) must not be compared with a policy
 * at all, or undefined when it may be: anything but printable ASCII without spaces, a
 * %-escape (which could hide a `/` or `@`) or a `.`/`..` path segment.
 */
export function unsafeValueReason(value: string): string | undefined {
  if (value === '') return 'it is empty';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return `it contains the control character \\x${code.toString(16).padStart(2, '0')}`;
    if (code === 0x20) return 'it contains a space';
    if (code > 0x7e) return `it contains the non-ASCII character ${showValue(ch)}`;
  }
  if (value.includes('%')) return 'it contains a %-escape';
  if (/(^|[/@])\.{1,2}([/@]|$)/.test(value)) return 'it contains a . or .. path segment';
  return undefined;
}
