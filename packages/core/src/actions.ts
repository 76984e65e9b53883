// The Actions side of core: only action entry points import this (it loads @actions/core).
export { actionsPorts, actionsInput } from './actions-ports.js';
export { runAction, runPost } from './run-action.js';
export { cacheServiceAvailable } from './cache-service.js';
export { guardStalls, abandonedCalls, exitIfAbandoned, type Guarded } from './stall-guard.js';
