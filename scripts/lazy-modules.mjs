// Defers the evaluation of bundled packages that a library imports at start but uses only in a
// rare path. @actions/http-client imports undici at its top for one class, ProxyAgent, built only
// when a proxy dispatcher is asked for; evaluating undici costs every step about 5 MiB and 15 ms.
// ncc writes such an import as `var x = __nccwpck_require__(id)` under an `EXTERNAL MODULE`
// comment; when the whole bundle reads `x` only as `x.Name`, the variable becomes an object whose
// getters require the module on first use (webpack may have shortened the export names: the
// getters use the names the bundle uses). Any other use of the name leaves the import as it is.
import { parse } from 'acorn';
import { walk } from './ascii-source.mjs';

/** Packages whose evaluation is deferred where the bundle allows it. */
export const LAZY_PACKAGES = ['undici'];

const PARSE = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true };

/**
 * The bundle with each deferrable import of `packages` made lazy; `deferred` lists what was
 * changed as `package: name.Prop, ...`, `ids` the module ids now required only on first use, and
 * `kept` the imports left eager, with the reason.
 */
export function lazyModules(code, packages = LAZY_PACKAGES) {
  const deferred = [];
  const ids = [];
  const kept = [];
  const found = [];
  for (const name of packages) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const pattern = new RegExp(
      `// EXTERNAL MODULE: \\./node_modules/${escaped}/[^\\n]*\\nvar ([A-Za-z_$][\\w$]*) = __nccwpck_require__\\((\\d+)\\);`,
      'g',
    );
    for (const m of code.matchAll(pattern))
      found.push({ pkg: name, variable: m[1], id: m[2], at: m.index + m[0].indexOf('var '), text: m[0].slice(m[0].indexOf('var ')) });
  }
  if (found.length === 0) return { code, deferred, ids, kept };
  const ast = parse(code, PARSE);
  const replacements = [];
  for (const f of found) {
    const props = new Set();
    let other = '';
    walk(ast, (node, parent) => {
      if (other || node.type !== 'Identifier' || node.name !== f.variable) return;
      if (parent?.type === 'VariableDeclarator' && parent.id === node && parent.start === f.at + 4) return;
      if (parent?.type === 'MemberExpression' && parent.object === node && !parent.computed && parent.property.type === 'Identifier') {
        props.add(parent.property.name);
        return;
      }
      // A property key or member name spelled like the variable is not a use of it.
      if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
      if (parent?.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand) return;
      other = `${f.variable} is used other than as ${f.variable}.Name at offset ${node.start}`;
    });
    if (other) {
      kept.push(`${f.pkg}: ${other}`);
      continue;
    }
    const getters = [...props]
      .sort()
      .map((p) => `get ${p}() { return __nccwpck_require__(${f.id}).${p}; }`)
      .join(', ');
    replacements.push({ start: f.at, end: f.at + f.text.length, text: `var ${f.variable} = { ${getters} };` });
    ids.push(f.id);
    // Never read (the code that read it was shaken out): the module is not evaluated at all.
    deferred.push(
      `${f.pkg}: ${
        props.size === 0
          ? 'never read'
          : [...props]
              .sort()
              .map((p) => `${f.variable}.${p}`)
              .join(', ')
      }`,
    );
  }
  let out = code;
  for (const r of replacements.sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  if (replacements.length > 0) parse(out, PARSE);
  return { code: out, deferred, ids, kept };
}
