import { describeError, describeFailure } from './errors.js';
import { failStep, warnStep } from './actions-ports.js';
import { holdOptimizingCompilers } from './step-tiering.js';

/**
 * The one error path of every action's main step: a UserError fails the step with its
 * message and hint, any other Error with its stack, and a non-Error throw still fails.
 * A step starts with V8's optimizing compilers held off (see step-tiering.ts).
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  holdOptimizingCompilers();
  try {
    await main();
  } catch (error: unknown) {
    failStep(describeFailure(error));
  }
}

/** The error path of a post step: it only warns, so cleanup never fails a green job. */
export async function runPost(post: () => Promise<void>): Promise<void> {
  holdOptimizingCompilers();
  try {
    await post();
  } catch (error: unknown) {
    warnStep(`Post step did not complete: ${describeError(error)}`);
  }
}
