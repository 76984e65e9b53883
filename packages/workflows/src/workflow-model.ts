import { exposureOf, type Exposure } from './triggers.js';
import type { TaintScope } from './taint.js';
import { child, entries, items, keyLine, text, type YDocument, type YNode } from './yaml-tree.js';

/** What kind of file is audited: a workflow (or a starter template) or an action's metadata. */
export type FileKind = 'workflow' | 'action';

/** One step, of a job or of a composite action. */
export interface StepModel {
  node: YNode;
  line: number;
  index: number;
  id: string | undefined;
  /** The `uses:` value without surrounding whitespace (a `|` block keeps a trailing newline). */
  uses: string | undefined;
  usesLine: number;
  run: string | undefined;
  runLine: number;
  with: YNode | undefined;
  env: YNode | undefined;
}

/** One job, or the composite action's `runs` as a job without id. */
export interface JobModel {
  id: string;
  node: YNode;
  line: number;
  /** A job that calls a reusable workflow (`jobs.<id>.uses`), trimmed. */
  calls: string | undefined;
  steps: StepModel[];
  needs: string[];
  env: YNode | undefined;
  matrix: YNode | undefined;
}

/** The parts of a workflow or action every rule reads. */
export interface WorkflowModel {
  kind: FileKind;
  doc: YDocument;
  root: YNode;
  /** Event names from `on:` (string, list or mapping). */
  triggers: Map<string, number>;
  /** The `on:` node itself (filters live under it). */
  on: YNode | undefined;
  exposure: Exposure;
  jobs: JobModel[];
  env: YNode | undefined;
  /** Declared inputs: workflow_call and workflow_dispatch inputs, or an action's inputs, by name. */
  inputs: Map<string, { type: string; node: YNode }>;
}

function stepsOf(node: YNode | undefined): StepModel[] {
  return items(node).map((step, index) => ({
    node: step,
    line: step.line,
    index,
    id: text(child(step, 'id')),
    uses: text(child(step, 'uses'))?.trim(),
    usesLine: child(step, 'uses')?.line ?? step.line,
    run: text(child(step, 'run')),
    runLine: child(step, 'run')?.line ?? step.line,
    with: child(step, 'with'),
    env: child(step, 'env'),
  }));
}

/** Builds the model of a parsed workflow or action file. */
export function workflowModel(kind: FileKind, doc: YDocument): WorkflowModel {
  const root = doc.root;
  const triggers = new Map<string, number>();
  // YAML 1.1 readers turn a bare `on` into true; the `yaml` package keeps the key as 'on'.
  const on = child(root, 'on') ?? child(root, 'true');
  if (on?.kind === 'map') for (const [name] of entries(on)) triggers.set(name, keyLine(on, name));
  else for (const item of items(on)) if (text(item)) triggers.set(text(item) ?? '', item.line);
  const inputs = new Map<string, { type: string; node: YNode }>();
  const jobs: JobModel[] = [];
  if (kind === 'workflow') {
    for (const event of ['workflow_dispatch', 'workflow_call']) {
      for (const [name, def] of entries(child(child(on, event), 'inputs')))
        if (!inputs.has(name) || event === 'workflow_call') inputs.set(name, { type: text(child(def, 'type')) ?? 'string', node: def });
    }
    for (const [id, job] of entries(child(root, 'jobs'))) {
      jobs.push({
        id,
        node: job,
        line: keyLine(child(root, 'jobs'), id),
        calls: text(child(job, 'uses'))?.trim(),
        steps: stepsOf(child(job, 'steps')),
        needs: items(child(job, 'needs'))
          .map(text)
          .filter((n): n is string => n !== undefined),
        env: child(job, 'env'),
        matrix: child(child(job, 'strategy'), 'matrix'),
      });
    }
  } else {
    for (const [name, def] of entries(child(root, 'inputs'))) inputs.set(name, { type: 'string', node: def });
    const runs = child(root, 'runs');
    if (text(child(runs, 'using')) === 'composite') {
      jobs.push({
        id: '(composite)',
        node: runs ?? root,
        line: runs?.line ?? 1,
        calls: undefined,
        steps: stepsOf(child(runs, 'steps')),
        needs: [],
        env: undefined,
        matrix: undefined,
      });
    }
  }
  const exposure = kind === 'action' ? 'internal' : exposureOf(triggers.keys());
  return { kind, doc, root, triggers, on, exposure, jobs, env: child(root, 'env'), inputs };
}

/** The action a `uses:` names, without its ref: `actions/checkout`, `./local`, `docker://img`. */
export function actionName(uses: string): string {
  const at = uses.lastIndexOf('@');
  return (at > 0 && !uses.startsWith('docker://') ? uses.slice(0, at) : uses).toLowerCase();
}

/** The `owner/repo` of an action (`actions/cache/save` is `actions/cache`), lower case. */
export function actionRepo(uses: string): string {
  return actionName(uses).split('/').slice(0, 2).join('/');
}

/** `owner/repo[/path]@ref` split into its parts; undefined for local (`./`, `$/`) and docker uses. */
export function remoteUses(uses: string): { owner: string; repo: string; path: string; ref: string } | undefined {
  const trimmed = uses.trim();
  if (trimmed.startsWith('./') || trimmed.startsWith('$/') || trimmed.startsWith('docker://')) return undefined;
  const at = trimmed.lastIndexOf('@');
  const name = at < 0 ? trimmed : trimmed.slice(0, at);
  const [owner = '', repo = '', ...path] = name.split('/');
  return { owner: owner.toLowerCase(), repo: repo.toLowerCase(), path: path.join('/'), ref: at < 0 ? '' : trimmed.slice(at + 1) };
}

/** The scalar value of `with.<input>` of a step. */
export function withValue(step: StepModel, input: string): string | undefined {
  return text(child(step.with, input));
}

/** The taint scope of a step: its env, the job's and the workflow's; the job's static matrix; the declared inputs. */
export function stepScope(model: WorkflowModel, job: JobModel, step: StepModel | undefined): TaintScope {
  return {
    env(name) {
      for (const scope of [step?.env, job.env, model.env]) {
        const v = child(scope, name);
        if (v) return text(v) ?? '';
      }
      return undefined;
    },
    matrix(name) {
      const m = job.matrix;
      if (!m) return undefined;
      const whole = text(m);
      if (whole !== undefined) return /\$\{\{/.test(whole) ? { expression: whole.replace(/^\s*\$\{\{|\}\}\s*$/g, '') } : { literal: true };
      const values = [...items(child(m, name)), ...items(child(m, 'include')).map((i) => child(i, name))].filter(
        (v): v is YNode => v !== undefined,
      );
      const dynamic = values.map(text).find((v) => v !== undefined && /\$\{\{/.test(v));
      if (dynamic) return { expression: dynamic.replace(/^\s*\$\{\{|\}\}\s*$/g, '') };
      return { literal: true };
    },
    inputType: (name) => model.inputs.get(name)?.type,
    inputsFromCaller: model.kind === 'action' || model.triggers.has('workflow_call'),
    stepUses: (id) => job.steps.find((s) => s.id === id)?.uses,
  };
}
