import { actionsInput, exitIfAbandoned, actionsPorts, runAction } from '@slipway/core/actions';
import { networkDeadlineMs } from '@slipway/core';
import { actionsCacheStore } from './actions-cache-store.js';
import { readRunContext } from './context.js';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

await runAction(async () => {
  const inputs = parseInputs(actionsInput);
  await run(inputs, actionsPorts(), {
    context: readRunContext(process.env),
    store: actionsCacheStore(networkDeadlineMs(inputs.stallTimeout * 1000)),
  });
});
await exitIfAbandoned();
