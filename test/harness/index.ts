export {
  runStep,
  prepareStep,
  type PreparedStep,
  runMainAndPost,
  actionInputs,
  inputVariable,
  repoRoot,
  type RunStepOptions,
  type StepResult,
  type Annotation,
} from './runner.js';
export { parseWorkflowCommands, parseFileCommands, type WorkflowCommand } from './workflow-commands.js';
export { runUnderStrace, type KillAt, type StraceRun } from './strace.js';
