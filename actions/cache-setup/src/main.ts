import { actionsInput, actionsPorts, runAction } from '@slipway/core/actions';
import { actionsCacheStore } from './actions-cache-store.js';
import { readRunContext } from './context.js';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

await runAction(() => run(parseInputs(actionsInput), actionsPorts(), { context: readRunContext(process.env), store: actionsCacheStore() }));
