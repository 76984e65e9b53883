import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
// @ts-expect-error: the bundle script's helpers are plain JavaScript without type declarations.
import * as helpers from '../../scripts/lazy-modules.mjs';

type Result = { code: string; deferred: string[]; kept: string[] };
const { lazyModules } = helpers as { lazyModules: (code: string, packages?: string[]) => Result };

/** A module table the shape ncc writes, with a counter of module 7's evaluations. */
const runtime = `
var evaluated = 0;
var modules = { 7: () => { evaluated += 1; return { ProxyAgent: function (o) { this.uri = o.uri; }, kT: 'short' }; } };
var cache = {};
function __nccwpck_require__(id) { return cache[id] ??= modules[id](); }
`;
const run = (code: string): unknown => {
  const box: { out?: unknown } = {};
  runInNewContext(`${runtime}\n${code}`, box);
  return box.out;
};

describe('lazyModules', () => {
  it('evaluates a package read only as name.Prop on the first read, not at start', () => {
    const code = [
      '// EXTERNAL MODULE: ./node_modules/undici/index.js',
      'var undici = __nccwpck_require__(7);',
      'var before = evaluated;',
      'function agent() { return new undici.ProxyAgent({ uri: "http://proxy" }); }',
      'var a = agent();',
      'out = [before, evaluated, a.uri, undici.kT, evaluated];',
    ].join('\n');
    const lazy = lazyModules(code);
    expect(lazy.deferred).toEqual(['undici: undici.ProxyAgent, undici.kT']);
    expect(run(code)).toEqual([1, 1, 'http://proxy', 'short', 1]);
    expect(run(lazy.code)).toEqual([0, 1, 'http://proxy', 'short', 1]);
  });

  it('leaves the import eager when the name is used any other way (passed on, computed, tested)', () => {
    for (const use of ['keep(undici);', 'undici["ProxyAgent"];', 'typeof undici;', 'var { ProxyAgent } = undici;']) {
      const code = `// EXTERNAL MODULE: ./node_modules/undici/index.js\nvar undici = __nccwpck_require__(7);\nfunction keep() {}\n${use}\nout = evaluated;`;
      const lazy = lazyModules(code);
      expect(lazy.code).toBe(code);
      expect(lazy.kept[0]).toMatch(/^undici: undici is used other than as undici\.Name/);
    }
  });

  it('does not take a property or key spelled like the variable for a use of it', () => {
    const code =
      '// EXTERNAL MODULE: ./node_modules/undici/index.js\nvar undici = __nccwpck_require__(7);\nvar o = { undici: 1 }; o.undici;\nout = [evaluated, undici.kT, evaluated];';
    const lazy = lazyModules(code);
    expect(run(lazy.code)).toEqual([0, 'short', 1]);
  });

  it('leaves other packages and bundles without the import untouched', () => {
    const code = '// EXTERNAL MODULE: ./node_modules/tunnel/index.js\nvar tunnel = __nccwpck_require__(7);\nout = tunnel.kT;';
    expect(lazyModules(code)).toEqual({ code, deferred: [], ids: [], kept: [] });
  });

  it('left no eager import of undici in a committed bundle', () => {
    const root = join(import.meta.dirname, '..', '..', 'dist');
    for (const action of readdirSync(root)) {
      for (const step of readdirSync(join(root, action))) {
        const file = join(root, action, step, 'index.js');
        const text = readFileSync(file, 'utf8');
        expect([file, /\/\/ EXTERNAL MODULE: \.\/node_modules\/undici\/[^\n]*\nvar \w+ = __nccwpck_require__\(/.test(text)]).toEqual([
          file,
          false,
        ]);
      }
    }
  });
});
