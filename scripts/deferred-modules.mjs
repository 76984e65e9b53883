// Moves the modules only deferred packages reach (see lazy-modules.mjs) out of a bundle's
// index.js into `deferred.cjs` beside it. Deferring undici's evaluation still left its code in
// index.js, about a megabyte of the 1.7 MB file, and V8 reads and pre-parses every byte of a file
// it loads, at every start. In deferred.cjs those modules are read only when one of them is first
// required, which for undici means when a proxy agent is built.
//
// A module moves when it is reached from a deferred package and from nothing else (no other
// module of any file of the bundle, and no code outside the module table, names it), and when
// its factory reads nothing of index.js's own top level (the imports ncc writes there,
// `import.meta`): a factory of ncc's module table otherwise reads only its three parameters and
// globals, so it means the same in deferred.cjs, which is strict code evaluated with `this`
// undefined, as in a module. index.js keeps a getter for each moved id in its module table.
import { parse } from 'acorn';
import { analyze } from 'eslint-scope';
import { walk } from './ascii-source.mjs';

export const DEFERRED_FILE = 'deferred.cjs';
const REQUIRE = '__nccwpck_require__';
const MODULE = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true };

/** Whether a node is the require function or a member chain on it (`__nccwpck_require__.t`). */
function onRequire(node) {
  let n = node;
  while (n?.type === 'MemberExpression') n = n.object;
  return n?.type === 'Identifier' && n.name === REQUIRE;
}

/** Sorted, non-overlapping [start, end) ranges; the index of the one holding `at`, or -1. */
function rangeAt(ranges, at) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid];
    if (at < start) hi = mid - 1;
    else if (at >= end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Module ids a piece of code names the way webpack's runtime does: `__nccwpck_require__(id)`, or
 * an id passed in a call on the require function (`__nccwpck_require__.t.bind(__nccwpck_require__, id, 23)`).
 * Calls inside a getter (those lazy-modules writes: `get P() { return __nccwpck_require__(id).P; }`)
 * are left out: they run on first use. Taking a module for deferred when it is not costs only
 * time (deferred.cjs is then read at start); what keeps a move correct is outsideReads.
 */
function namedIds(root, ids) {
  const getters = [];
  walk(root, (node) => (node.type === 'Property' && node.kind === 'get' ? getters.push([node.start, node.end]) : undefined));
  getters.sort((a, b) => a[0] - b[0]);
  const out = new Set();
  walk(root, (node) => {
    if (node.type !== 'CallExpression' || rangeAt(getters, node.start) !== -1) return;
    const viaRequire = onRequire(node.callee) || node.arguments.some((a) => a.type === 'Identifier' && a.name === REQUIRE);
    if (viaRequire) for (const a of node.arguments) if (a.type === 'Literal' && ids.has(String(a.value))) out.add(String(a.value));
  });
  return out;
}

/**
 * For each factory, why it cannot leave index.js ('' when it can): a read of a name bound at the
 * file's top level (as the scope analysis resolves it), or `import.meta`.
 */
function outsideReads(ast, factories) {
  const why = new Map([...factories.keys()].map((id) => [id, '']));
  const ranges = [...factories].map(([id, p]) => [p.value.start, p.value.end, id]).sort((a, b) => a[0] - b[0]);
  const owner = (at) => ranges[rangeAt(ranges, at)]?.[2];
  const scopes = analyze(ast, { ecmaVersion: 2022, sourceType: 'module' });
  const top = scopes.scopes.filter((s) => s.type === 'global' || s.type === 'module');
  for (const scope of top)
    for (const variable of scope.variables)
      for (const ref of variable.references) {
        const id = owner(ref.identifier.start);
        if (id !== undefined && why.get(id) === '') why.set(id, variable.name);
      }
  walk(ast, (node) => {
    if (node.type !== 'MetaProperty') return;
    const id = owner(node.start);
    if (id !== undefined && why.get(id) === '') why.set(id, 'import.meta');
  });
  return why;
}

/**
 * The bundle's files with the modules only `deferredIds` reach moved from index.js to
 * deferred.cjs; `moved` lists the ids moved. Files are a Map of name to source text.
 */
export function moveDeferredModules(files, deferredIds) {
  const main = files.get('index.js');
  if (main === undefined || deferredIds.length === 0) return { files, moved: [] };
  // Ranges: the scope analysis reads them.
  const ast = parse(main, { ...MODULE, ranges: true });
  const table = ast.body
    .filter((s) => s.type === 'VariableDeclaration')
    .flatMap((s) => s.declarations)
    .find((d) => d.id.type === 'Identifier' && d.id.name === '__webpack_modules__' && d.init?.type === 'ObjectExpression')?.init;
  if (!table) return { files, moved: [] };
  const factories = new Map();
  for (const p of table.properties) if (p.type === 'Property' && p.key.type === 'Literal') factories.set(String(p.key.value), p);
  const ids = new Set(factories.keys());
  const requires = new Map([...factories].map(([id, p]) => [id, namedIds(p.value, ids)]));
  const closure = (roots) => {
    const seen = new Set();
    const todo = [...roots];
    while (todo.length > 0) {
      const id = todo.pop();
      if (seen.has(id) || !ids.has(id)) continue;
      seen.add(id);
      todo.push(...(requires.get(id) ?? []));
    }
    return seen;
  };
  // Everything but the module table, in index.js and in every chunk, is a root of the eager side.
  const rest = new Set();
  const outside = { ...ast, body: ast.body.map((s) => (s.declarations?.some((d) => d.init === table) ? { type: 'EmptyStatement' } : s)) };
  for (const id of namedIds(outside, ids)) rest.add(id);
  for (const [name, text] of files) {
    if (name === 'index.js' || !name.endsWith('.js')) continue;
    for (const id of namedIds(parse(String(text), MODULE), ids)) rest.add(id);
  }
  const eager = closure(rest);
  const reads = outsideReads(ast, factories);
  const moved = [...closure(deferredIds.map(String))]
    .filter((id) => !eager.has(id) && reads.get(id) === '')
    .sort((a, b) => Number(a) - Number(b));
  if (moved.length === 0) return { files, moved };

  const side = [
    '"use strict";',
    '// Modules of index.js reached only from packages it evaluates on first use (scripts/deferred-modules.mjs).',
    'module.exports = (function () {',
    '  return {',
    ...moved.map((id) => `/***/ ${id}: ${main.slice(factories.get(id).value.start, factories.get(id).value.end)},`),
    '  };',
    '}).call(undefined);',
    '',
  ].join('\n');
  parse(side, { ecmaVersion: 'latest', sourceType: 'script' });
  const loader =
    `\n// Modules reached only from packages evaluated on first use are read from ./${DEFERRED_FILE} when first required.\n` +
    `var __slipway_deferred__;\n` +
    `for (const id of ${JSON.stringify(moved)}) Object.defineProperty(__webpack_modules__, id, { configurable: true, enumerable: true, ` +
    `get: () => (__slipway_deferred__ ??= __slipway_createRequire__(import.meta.url)("./${DEFERRED_FILE}"))[id] });\n`;
  const statement = ast.body.find((s) => s.declarations?.some((d) => d.init === table));
  const cuts = moved.map((id) => {
    const p = factories.get(id);
    const end = main[p.end] === ',' ? p.end + 1 : p.end;
    return [p.start, end];
  });
  let out = main.slice(0, statement.end) + loader + main.slice(statement.end);
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  const header = main.startsWith('#!') ? main.indexOf('\n') + 1 : 0;
  out = `${out.slice(0, header)}import { createRequire as __slipway_createRequire__ } from "node:module";\n${out.slice(header)}`;
  parse(out, MODULE);
  const next = new Map(files);
  next.set('index.js', out);
  next.set(DEFERRED_FILE, side);
  return { files: next, moved };
}
