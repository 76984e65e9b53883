import { actionsInput, actionsPorts, runAction } from '@slipway/core/actions';
import { actionDeps } from './deps.js';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

const ports = actionsPorts();
await runAction(() => run(parseInputs(actionsInput), ports, actionDeps(ports)));
