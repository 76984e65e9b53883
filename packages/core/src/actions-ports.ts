import * as core from '@actions/core';
import { processExec } from './exec.js';
import type { Annotation, Ports } from './ports.js';
import { systemClock } from './ports.js';
import type { ReadInput } from './inputs.js';

const props = (a?: Annotation): core.AnnotationProperties | undefined =>
  a && { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };

/** The runner's input reader (`INPUT_<NAME>`, trimmed). */
export const actionsInput: ReadInput = (name) => core.getInput(name);

/** Ports backed by `@actions/core`: workflow commands and the runner's files. */
export function actionsPorts(): Ports {
  return {
    log: {
      debug: (m) => core.debug(m),
      info: (m) => core.info(m),
      notice: (m, a) => core.notice(m, props(a)),
      warning: (m, a) => core.warning(m, props(a)),
      error: (m, a) => core.error(m, props(a)),
      group: (name, fn) => core.group(name, fn),
      mask: (secret) => core.setSecret(secret),
    },
    outputs: { set: (name, value) => core.setOutput(name, value) },
    summary: {
      append: async (markdown) => {
        // Outside a runner there is no summary file: print instead of failing the step.
        if (!process.env['GITHUB_STEP_SUMMARY']) {
          core.info(markdown);
          return;
        }
        await core.summary.addRaw(markdown, true).write();
      },
    },
    state: { get: (name) => core.getState(name), save: (name, value) => core.saveState(name, value) },
    exec: processExec((text) => process.stdout.write(text)),
    clock: systemClock,
    env: { exportVariable: (n, v) => core.exportVariable(n, v), addPath: (d) => core.addPath(d) },
  };
}

/** Marks the step failed with a message (stdout workflow command plus exit code 1). */
export function failStep(message: string): void {
  core.setFailed(message);
}

/** Warns without failing (post steps). */
export function warnStep(message: string): void {
  core.warning(message);
}
