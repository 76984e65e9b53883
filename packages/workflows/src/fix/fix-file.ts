import { isMap, isScalar, isSeq, parseDocument, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { PERMISSIONS_NEEDED } from '../known-actions.js';
import { actionName, remoteUses } from '../workflow-model.js';
import type { PinResolver } from './pins.js';

/** One splice of the original text: replace [start, end) by text. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What a fix pass did to one file. */
export interface FixResult {
  content: string;
  applied: string[];
  /** Fixes that could not be made mechanically, with why. */
  skipped: string[];
}

export interface FixOptions {
  resolvePin: PinResolver;
  trustedOwners: readonly string[];
}

const SHA = /^[0-9a-f]{40}$/;
const RELEASE_TAG = /^v\d+(\.\d+){0,2}$/;

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number): number => {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n;
};
const column = (text: string, at: number): number => at - lineStart(text, at);

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p): p is Pair => isScalar(p.key) && String(p.key.value) === key);
}

/** Where a block map's last entry ends: the end of the line its last value ends on. */
function mapEnd(text: string, map: YAMLMap): number {
  const last = map.items[map.items.length - 1];
  const value = last?.value as { range?: [number, number, number] } | null | undefined;
  const key = last?.key as { range?: [number, number, number] } | undefined;
  const end = value?.range?.[1] ?? key?.range?.[1] ?? map.range?.[1] ?? 0;
  // A block scalar's value ends after its last line's newline: step back onto that line.
  return lineEnd(text, text[end - 1] === '\n' ? end - 1 : end);
}

const firstKeyColumn = (text: string, map: YAMLMap): number => {
  const key = map.items[0]?.key as { range?: [number, number, number] } | undefined;
  return column(text, key?.range?.[0] ?? 0);
};

/** The permissions a job needs, from the well-known actions it uses; undefined when a step's needs are unknown. */
function inferPermissions(job: YAMLMap): { grants: Record<string, 'read' | 'write'> } | { unknown: string } {
  if (pairOf(job, 'uses')) return { unknown: 'it calls a reusable workflow, whose needs the caller must grant' };
  const grants: Record<string, 'read' | 'write'> = {};
  const steps = pairOf(job, 'steps')?.value;
  for (const step of isSeq(steps) ? steps.items : []) {
    if (!isMap(step)) continue;
    const uses = pairOf(step, 'uses')?.value;
    const text = JSON.stringify(step.toJSON());
    if (isScalar(uses)) {
      const name = actionName(String(uses.value).trim());
      if (name.startsWith('./') || name.startsWith('$/')) return { unknown: `the local action ${name} may use the token` };
      const needed = PERMISSIONS_NEEDED[name] ?? PERMISSIONS_NEEDED[name.split('/').slice(0, 2).join('/')];
      if (!needed) return { unknown: `what ${name} needs is not in the table of well-known actions` };
      for (const [scope, level] of Object.entries(needed)) if (grants[scope] !== 'write') grants[scope] = level;
    }
    // A script handed the token (gh, curl to the API) needs scopes no table can tell.
    if (/github\.token|secrets\.GITHUB_TOKEN/.test(text) && !isScalar(uses)) return { unknown: 'a script step uses the token' };
  }
  return { grants };
}

/**
 * The mechanical fixes of one workflow or composite action, as splices of its text so every
 * comment and all formatting stay: SHA pins with a `# vX.Y.Z` comment, `persist-credentials:
 * false` on checkouts, and `permissions: {}` with per-job grants inferred from the steps.
 */
export async function fixFile(content: string, kind: 'workflow' | 'action', options: FixOptions): Promise<FixResult> {
  const doc = parseDocument(content, { keepSourceTokens: true });
  const applied: string[] = [];
  const skipped: string[] = [];
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { content, applied, skipped: ['the file is not a YAML mapping'] };
  const root = doc.contents;
  const edits: Edit[] = [];
  const jobs = kind === 'workflow' ? pairOf(root, 'jobs')?.value : undefined;
  const jobEntries: Pair[] = isMap(jobs) ? jobs.items : [];
  const stepMaps: YAMLMap[] = [];
  const usesScalars: Scalar[] = [];
  if (kind === 'workflow') {
    for (const pair of jobEntries) {
      if (!isMap(pair.value)) continue;
      const call = pairOf(pair.value, 'uses')?.value;
      if (isScalar(call)) usesScalars.push(call);
      const steps = pairOf(pair.value, 'steps')?.value;
      for (const s of isSeq(steps) ? steps.items : []) if (isMap(s)) stepMaps.push(s);
    }
  } else {
    const steps = pairOf(isMap(pairOf(root, 'runs')?.value) ? (pairOf(root, 'runs')?.value as YAMLMap) : root, 'steps')?.value;
    for (const s of isSeq(steps) ? steps.items : []) if (isMap(s)) stepMaps.push(s);
  }
  for (const s of stepMaps) {
    const u = pairOf(s, 'uses')?.value;
    if (isScalar(u)) usesScalars.push(u);
  }

  // SHA pins.
  for (const scalar of usesScalars) {
    const raw = String(scalar.value).trim();
    const r = remoteUses(raw);
    if (!r || SHA.test(r.ref) || raw.includes('${{') || !r.ref) continue;
    if (options.trustedOwners.some((o) => o.toLowerCase() === r.owner) && RELEASE_TAG.test(r.ref)) continue;
    if (scalar.type !== 'PLAIN' && scalar.type !== 'QUOTE_SINGLE' && scalar.type !== 'QUOTE_DOUBLE') {
      skipped.push(`${raw}: a block scalar is left as written`);
      continue;
    }
    const pin = await options.resolvePin(r.owner, r.repo, r.ref);
    if (!pin) {
      skipped.push(`${raw}: no commit known for '${r.ref}' (give --pins FILE or --online)`);
      continue;
    }
    const [start = 0, end = 0] = scalar.range ?? [];
    const quote = scalar.type === 'QUOTE_DOUBLE' ? '"' : scalar.type === 'QUOTE_SINGLE' ? "'" : '';
    const pinned = `${quote}${raw.slice(0, raw.lastIndexOf('@'))}@${pin.sha}${quote}`;
    const eol = lineEnd(content, end);
    const rest = content.slice(end, eol);
    const version = /#\s*v\d+(\.\d+){0,2}\b/.exec(rest);
    if (version) {
      edits.push({ start, end, text: pinned });
      edits.push({ start: end + version.index, end: end + version.index + version[0].length, text: `# ${pin.version}` });
    } else edits.push({ start, end, text: `${pinned} # ${pin.version}` });
    applied.push(`pinned ${raw} to ${pin.sha} (${pin.version})`);
  }

  // persist-credentials: false on every checkout that does not say.
  for (const step of stepMaps) {
    const u = pairOf(step, 'uses')?.value;
    if (!isScalar(u) || actionName(String(u.value).trim()) !== 'actions/checkout') continue;
    const w = pairOf(step, 'with');
    if (w && isMap(w.value) && pairOf(w.value, 'persist-credentials')) continue;
    if (w && isMap(w.value) && !w.value.flow && w.value.items.length > 0) {
      edits.push({
        start: mapEnd(content, w.value),
        end: mapEnd(content, w.value),
        text: `\n${' '.repeat(firstKeyColumn(content, w.value))}persist-credentials: false`,
      });
    } else if (!w && !step.flow) {
      const indent = ' '.repeat(firstKeyColumn(content, step));
      edits.push({
        start: mapEnd(content, step),
        end: mapEnd(content, step),
        text: `\n${indent}with:\n${indent}  persist-credentials: false`,
      });
    } else {
      skipped.push('a checkout with a flow-style or empty `with:` is left as written');
      continue;
    }
    applied.push('set persist-credentials: false on actions/checkout');
  }

  // permissions: {} at the top, with each job's grants.
  if (kind === 'workflow' && !pairOf(root, 'permissions') && isMap(jobs)) {
    const plans = jobEntries.map((pair) => ({
      pair,
      plan: isMap(pair.value) && !pairOf(pair.value, 'permissions') ? inferPermissions(pair.value) : undefined,
    }));
    const unknown = plans.find((p) => p.plan && 'unknown' in p.plan);
    if (unknown?.plan && 'unknown' in unknown.plan) {
      skipped.push(`permissions: job '${String((unknown.pair.key as Scalar).value)}' is left to you: ${unknown.plan.unknown}`);
    } else {
      const jobsKey = (pairOf(root, 'jobs')?.key as Scalar).range?.[0] ?? 0;
      edits.push({ start: lineStart(content, jobsKey), end: lineStart(content, jobsKey), text: 'permissions: {}\n' });
      for (const { pair, plan } of plans) {
        if (!plan || !('grants' in plan) || !isMap(pair.value) || pair.value.flow) continue;
        const indent = ' '.repeat(firstKeyColumn(content, pair.value));
        const grants = Object.entries(plan.grants).sort(([a], [b]) => a.localeCompare(b));
        const block =
          grants.length === 0
            ? `\n${indent}permissions: {}`
            : `\n${indent}permissions:${grants.map(([s, l]) => `\n${indent}  ${s}: ${l}`).join('')}`;
        const at = lineEnd(content, (pair.key as Scalar).range?.[0] ?? 0);
        edits.push({ start: at, end: at, text: block });
      }
      applied.push('set permissions: {} at the top and per-job grants from the steps');
    }
  }

  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = content;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { content: out, applied, skipped };
}
