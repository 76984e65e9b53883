import { actionsInput, actionsPorts, runAction } from '@slipway/core/actions';
import { actionDeps } from './github-client.js';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

await runAction(async () => {
  const inputs = parseInputs(actionsInput);
  await run(inputs, actionsPorts(), actionDeps(inputs));
});
