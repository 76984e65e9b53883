import { SCRIPT_INPUTS } from './known-actions.js';
import { actionName, type StepModel, type WorkflowModel } from './workflow-model.js';
import { child, entries, text, type YNode } from './yaml-tree.js';

/** A place where text becomes code: a run: script or a script input of a well-known action. */
export interface CodeSink {
  node: YNode;
  value: string;
  where: string;
}

/** The code sinks of a step: `run:`, and the inputs of well-known actions that run their value as code. */
export function codeSinks(step: StepModel): CodeSink[] {
  const out: CodeSink[] = [];
  const run = child(step.node, 'run');
  if (run && step.run !== undefined) out.push({ node: run, value: step.run, where: 'the run: script' });
  if (!step.uses) return out;
  const name = step.uses.startsWith('docker://') ? 'docker://' : actionName(step.uses);
  const known = SCRIPT_INPUTS[name] ?? SCRIPT_INPUTS[name.split('/').slice(0, 2).join('/')];
  if (!known) return out;
  for (const [input, node] of entries(step.with)) {
    const value = text(node);
    if (value !== undefined && known.inputs.includes(input.toLowerCase()))
      out.push({ node, value, where: `${name}'s ${input} input (${known.language})` });
  }
  return out;
}

/** The 1-based line of an offset inside a scalar's value: block scalars start on the line after their key. */
export function lineWithin(model: WorkflowModel, node: YNode, value: string, offset: number): number {
  const header = model.doc.lines[node.line - 1] ?? '';
  const block = /[|>][-+0-9]*\s*(#.*)?$/.test(header.trimEnd());
  const before = value.slice(0, offset).split('\n').length - 1;
  return node.line + (block ? 1 : 0) + before;
}
