import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCapture } from '@slipway/core';
// @ts-expect-error: the bundle script's helpers are plain JavaScript without type declarations.
import * as deferredHelpers from '../../scripts/deferred-modules.mjs';
// @ts-expect-error: as above.
import * as lazyHelpers from '../../scripts/lazy-modules.mjs';
import { repoRoot } from '../harness/index.js';

type Files = Map<string, string>;
const { moveDeferredModules, DEFERRED_FILE } = deferredHelpers as {
  moveDeferredModules: (files: Files, ids: string[]) => { files: Files; moved: string[] };
  DEFERRED_FILE: string;
};
const { lazyModules } = lazyHelpers as { lazyModules: (code: string) => { code: string; ids: string[] } };

// An index.js of the shape ncc writes for ESM: a module table, its require function, and the
// entry's code, which imports a package (20, named as undici) that it uses only in a function.
// 20 requires 30 (which the entry also requires) and 40; 40 requires 10, an external module
// that reads the file's own import.
const INDEX = `import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
globalThis.evaluated = [];
var __webpack_modules__ = ({

/***/ 10:
/***/ ((module) => {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
/***/ }),

/***/ 20:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {
globalThis.evaluated.push(20);
const shared = __nccwpck_require__(30);
const only = __nccwpck_require__(40);
class ProxyAgent { constructor() { this.uri = shared.v + only.v; } }
module.exports = { ProxyAgent, strict: (function () { return this; })() === undefined, arrowThis: this === undefined };
/***/ }),

/***/ 30:
/***/ ((module) => {
globalThis.evaluated.push(30);
module.exports = { v: 'shared' };
/***/ }),

/***/ 40:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {
globalThis.evaluated.push(40);
module.exports = { v: __nccwpck_require__(10).sep };
/***/ })

/******/ });
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
  var cached = __webpack_module_cache__[moduleId];
  if (cached !== undefined) return cached.exports;
  var module = __webpack_module_cache__[moduleId] = { exports: {} };
  __webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
  return module.exports;
}
const shared = __nccwpck_require__(30);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __nccwpck_require__(20);
export const atStart = [...globalThis.evaluated];
export function agent() {
  const a = new undici.ProxyAgent();
  return { uri: a.uri, strict: undici.strict, arrowThis: undici.arrowThis, shared: shared.v };
}
`;

/** Writes a bundle folder, imports its index.js in a fresh Node and reports what was evaluated and read. */
async function runBundle(files: Files): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), 'slipway-deferred-'));
  try {
    for (const [name, text] of files) await writeFile(join(dir, name), text);
    await writeFile(join(dir, 'package.json'), '{"type":"module"}\n');
    const probe = `
      import { createRequire } from 'node:module';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.endsWith('${DEFERRED_FILE}'));
      const m = await import('./index.js');
      const before = { evaluated: m.atStart, sideRead: loaded() };
      const result = m.agent();
      console.log(JSON.stringify({ before, result, after: { evaluated: globalThis.evaluated, sideRead: loaded() } }));`;
    await writeFile(join(dir, 'probe.mjs'), probe);
    const r = await spawnCapture(process.execPath, [join(dir, 'probe.mjs')], { env: { NODE_OPTIONS: '' } });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('moveDeferredModules', () => {
  it('moves what only the deferred package reaches to deferred.cjs, read on first use, with the same results', async () => {
    const lazy = lazyModules(INDEX);
    expect(lazy.ids).toEqual(['20']);
    const { files, moved } = moveDeferredModules(new Map([['index.js', lazy.code]]), lazy.ids);
    // 30 is also the entry's; 10 reads index.js's own import: both stay. 20's own `shared` and
    // 40's parameter `__nccwpck_require__` shadow names of the top level: they move.
    expect(moved).toEqual(['20', '40']);
    expect(files.get('index.js')).not.toContain('class ProxyAgent');
    expect(files.get(DEFERRED_FILE)).toContain('class ProxyAgent');

    const result = { uri: `shared${join('a', 'b')[1]}`, strict: true, arrowThis: true, shared: 'shared' };
    expect(await runBundle(new Map([['index.js', INDEX]]))).toEqual({
      before: { evaluated: [30, 20, 40], sideRead: false },
      result,
      after: { evaluated: [30, 20, 40], sideRead: false },
    });
    expect(await runBundle(files)).toEqual({
      before: { evaluated: [30], sideRead: false },
      result,
      after: { evaluated: [30, 20, 40], sideRead: true },
    });
  });

  it.each([
    ['a require', 'export const modules = { 7: (m, e, __nccwpck_require__) => { m.exports = __nccwpck_require__(40); } };'],
    [
      "the require function's helpers",
      'export const load = (__nccwpck_require__) => __nccwpck_require__.t.bind(__nccwpck_require__, 40, 23);',
    ],
  ])('keeps a module that another file of the bundle names through %s, and what it reaches', (_how, chunk) => {
    const lazy = lazyModules(INDEX);
    const { moved } = moveDeferredModules(
      new Map([
        ['index.js', lazy.code],
        ['7.index.js', chunk],
      ]),
      lazy.ids,
    );
    expect(moved).toEqual(['20']);
  });

  it.each([
    ['a name bound at the top level of index.js', 'void __webpack_module_cache__;'],
    ['import.meta', 'void import.meta.url;'],
  ])('keeps a module that reads %s', (_what, read) => {
    const reads = INDEX.replace('globalThis.evaluated.push(40);', `globalThis.evaluated.push(40); ${read}`);
    const lazy = lazyModules(reads);
    expect(moveDeferredModules(new Map([['index.js', lazy.code]]), lazy.ids).moved).toEqual(['20']);
  });

  it('changes nothing when nothing is deferred', () => {
    const files = new Map([['index.js', INDEX]]);
    expect(moveDeferredModules(files, [])).toEqual({ files, moved: [] });
  });
});

describe('the committed bundles', () => {
  const folders = [join(repoRoot, 'packages/cli/dist')];
  for (const action of readdirSync(join(repoRoot, 'dist')))
    for (const step of readdirSync(join(repoRoot, 'dist', action))) folders.push(join(repoRoot, 'dist', action, step));

  it('read every moved module from deferred.cjs, and name in it only modules that exist', () => {
    let withSide = 0;
    for (const folder of folders) {
      const index = readFileSync(join(folder, 'index.js'), 'utf8');
      const list = /for \(const id of (\[[^\]]*\])\) Object\.defineProperty\(__webpack_modules__/.exec(index)?.[1];
      const side = join(folder, DEFERRED_FILE);
      expect({ folder, side: existsSync(side) }).toEqual({ folder, side: list !== undefined });
      if (list === undefined) continue;
      withSide++;
      const moved = JSON.parse(list) as string[];
      const factories = createRequire(import.meta.url)(side) as Record<string, unknown>;
      expect(Object.keys(factories).sort()).toEqual([...moved].sort());
      for (const id of moved) expect({ id, type: typeof factories[id] }).toEqual({ id, type: 'function' });
      // No moved module is also left in index.js's table, and every module the moved ones require exists.
      const inIndex = new Set([...index.matchAll(/^\/\*\*\*\/ (\d+):$/gm)].map((m) => m[1]));
      for (const id of moved) expect({ id, inIndex: inIndex.has(id) }).toEqual({ id, inIndex: false });
      const sideText = readFileSync(side, 'utf8');
      for (const m of sideText.matchAll(/__nccwpck_require__\((\d+)\)/g)) {
        expect({ folder, id: m[1], known: inIndex.has(m[1]) || moved.includes(m[1]!) }).toEqual({ folder, id: m[1], known: true });
      }
    }
    expect(withSide).toBeGreaterThan(0);
  });
});
