// Rewrites a bundle's non-ASCII characters as \u escapes. V8 holds a source with any character
// above U+00FF as a two-byte string for the life of the process (twice the memory of a one-byte
// one, and slower to decode and scan at every cold start); a bundle of a few megabytes carries a
// few hundred such characters in comments and strings. Only places where an escape means the
// same character are rewritten: comments, string literals, regular expressions and untagged
// template literals (a tagged template sees its raw text, so it is left alone, as are
// identifiers). The result is parsed again and every string value compared with the original's.
import { parse } from 'acorn';

const PARSE = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true };

const hex = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;

/** Calls `visit` on every node of an acorn tree with its parent. */
export function walk(node, visit, parent = undefined) {
  visit(node, parent);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit, node);
    } else if (value && typeof value.type === 'string' && value !== parent) walk(value, visit, node);
  }
}

/** Source ranges where a character must stay as written: tagged templates' text and identifiers. */
function keptRanges(ast) {
  const ranges = [];
  walk(ast, (node) => {
    if (node.type === 'TaggedTemplateExpression') for (const q of node.quasi.quasis) ranges.push([q.start, q.end]);
    if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') ranges.push([node.start, node.end]);
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * A pattern with its non-ASCII characters written one way: `\uXXXX` above U+007F and `\` before a
 * non-ASCII character both stand for the character itself, in every mode of a regular expression.
 */
const regexText = (pattern) =>
  pattern
    .replace(/(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})/g, (all, slashes, hexText) =>
      Number.parseInt(hexText, 16) > 0x7f ? slashes + String.fromCharCode(Number.parseInt(hexText, 16)) : all,
    )
    .replace(/(?<!\\)((?:\\\\)*)\\([\u0080-\uffff])/g, '$1$2');

/** Every string a program holds, in source order: string literals, template text and names. */
function stringValues(ast) {
  const out = [];
  walk(ast, (node) => {
    if (node.type === 'Literal' && typeof node.value === 'string') out.push(node.value);
    else if (node.type === 'Literal' && node.regex) out.push(`/${regexText(node.regex.pattern)}/${node.regex.flags}`);
    else if (node.type === 'TemplateElement') out.push(node.value.cooked ?? '');
    else if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') out.push(node.name);
  });
  return out;
}

/**
 * The source with every non-ASCII UTF-16 unit outside the kept ranges written as `\uXXXX`, and
 * how many were left as they were. Throws when the rewrite would change a string's value.
 */
export function asciiSource(code) {
  if (!/[\u0080-\uffff]/.test(code)) return { code, kept: 0 };
  const ast = parse(code, PARSE);
  const kept = keptRanges(ast);
  let out = '';
  let last = 0;
  let range = 0;
  let left = 0;
  for (let i = 0; i < code.length; i++) {
    const unit = code.charCodeAt(i);
    if (unit < 0x80) continue;
    while (range < kept.length && kept[range][1] <= i) range++;
    if (range < kept.length && kept[range][0] <= i) {
      left++;
      continue;
    }
    // An odd run of backslashes before the character makes it an escape of its own.
    let slashes = 0;
    while (code.charCodeAt(i - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 1) {
      // `\` before a line or paragraph separator continues the line: it stands for nothing.
      if (unit === 0x2028 || unit === 0x2029) {
        left++;
        continue;
      }
      // `\’` is the character itself; `\u2019` says the same without the backslash before it.
      out += code.slice(last, i - 1) + hex(unit);
    } else out += code.slice(last, i) + hex(unit);
    last = i + 1;
  }
  out += code.slice(last);
  const before = stringValues(ast);
  const after = stringValues(parse(out, PARSE));
  if (before.length !== after.length || before.some((v, i) => v !== after[i])) {
    const at = before.findIndex((v, i) => v !== after[i]);
    throw new Error(`writing the bundle as ASCII would change a string: ${JSON.stringify(before[at])?.slice(0, 120)}`);
  }
  return { code: out, kept: left };
}
