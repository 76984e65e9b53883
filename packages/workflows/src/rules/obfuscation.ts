import { callName, FunctionCall, isConstant, visitAll } from '../expressions.js';
import { usesOf } from './pinning.js';
import { allExpressions } from './secrets.js';
import type { RawFinding, Rule } from './rule.js';

/** `uses:` paths with `//`, `.` or `..` segments, and no-op expressions that hide what a value is. */
export const obfuscation: Rule = {
  id: 'obfuscation',
  title: 'Obfuscated uses: path or expression',
  severity: 'low',
  confidence: 'high',
  category: 'security',
  description:
    'Redundant path segments in `uses:` (`actions//checkout`, `owner/repo/./x`) and no-op expressions (`fromJSON(toJSON(x))`, `format()` of literals only) work the same but hide from reviewers and auditors what a step runs.',
  fix: 'Write the path and the value plainly.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const { uses, line } of usesOf(model)) {
      if (uses.startsWith('docker://')) continue;
      const path = uses.replace(/@[^@]*$/, '');
      const segments = path.split('/');
      // `./` (the repository's root action) and `./path/` are plain local paths.
      const local = path.startsWith('./');
      if (/\/\//.test(path) || segments.some((s, i) => (s === '.' && i > 0) || s === '..') || (!local && path.endsWith('/')))
        out.push({ message: `'${uses}' has redundant path segments`, line });
    }
    for (const { node, source, expr } of allExpressions(model)) {
      let why: string | undefined;
      visitAll(expr, (n) => {
        if (!(n instanceof FunctionCall)) return;
        const name = callName(n);
        const inner = n.args[0];
        if (name === 'fromjson' && inner instanceof FunctionCall && callName(inner) === 'tojson')
          why = 'fromJSON(toJSON(...)) is the value itself';
        if (name === 'format' && n.args.length > 0 && n.args.every(isConstant)) why = 'format() of literals is a literal';
      });
      if (why) out.push({ message: `\${{ ${source} }}: ${why}`, line: node.line });
    }
    return out;
  },
};
