import { child, entries, items, keyLine, text, type YDocument, type YNode } from './yaml-tree.js';

/** What kind of file is audited: a workflow (or a starter template) or an action's metadata. */
export type FileKind = 'workflow' | 'action';

/** One step, of a job or of a composite action. */
export interface StepModel {
  node: YNode;
  line: number;
  uses: string | undefined;
  usesLine: number;
  run: string | undefined;
  runLine: number;
  with: YNode | undefined;
}

/** One job, or the composite action's `runs` as a job without id. */
export interface JobModel {
  id: string;
  node: YNode;
  line: number;
  /** A job that calls a reusable workflow (`jobs.<id>.uses`). */
  calls: string | undefined;
  steps: StepModel[];
  needs: string[];
}

/** The parts of a workflow or action every rule reads. */
export interface WorkflowModel {
  kind: FileKind;
  doc: YDocument;
  root: YNode;
  /** Event names from `on:` (string, list or mapping). */
  triggers: Map<string, number>;
  jobs: JobModel[];
}

function stepsOf(node: YNode | undefined): StepModel[] {
  return items(node).map((step) => ({
    node: step,
    line: step.line,
    uses: text(child(step, 'uses')),
    usesLine: child(step, 'uses')?.line ?? step.line,
    run: text(child(step, 'run')),
    runLine: child(step, 'run')?.line ?? step.line,
    with: child(step, 'with'),
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
  const jobs: JobModel[] = [];
  if (kind === 'workflow') {
    for (const [id, job] of entries(child(root, 'jobs'))) {
      jobs.push({
        id,
        node: job,
        line: keyLine(child(root, 'jobs'), id),
        calls: text(child(job, 'uses')),
        steps: stepsOf(child(job, 'steps')),
        needs: items(child(job, 'needs'))
          .map(text)
          .filter((n): n is string => n !== undefined),
      });
    }
  } else {
    const runs = child(root, 'runs');
    if (text(child(runs, 'using')) === 'composite') {
      jobs.push({
        id: '(composite)',
        node: runs ?? root,
        line: runs?.line ?? 1,
        calls: undefined,
        steps: stepsOf(child(runs, 'steps')),
        needs: [],
      });
    }
  }
  return { kind, doc, root, triggers, jobs };
}

/** The action a `uses:` names, without its ref: `actions/checkout`, `./local`, `docker://img`. */
export function actionName(uses: string): string {
  const at = uses.lastIndexOf('@');
  return (at > 0 && !uses.startsWith('docker://') ? uses.slice(0, at) : uses).toLowerCase();
}
