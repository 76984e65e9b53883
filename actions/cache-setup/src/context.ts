import { homedir } from 'node:os';
import { readGitHubContext } from '@slipway/core';
import { inContainer, realTmpdir, runningNode, type RunningNode } from '@slipway/cache';

/** What cache-setup needs to know about the run, read once from the runner's environment. */
export interface RunContext {
  workspace: string;
  home: string;
  os: string;
  arch: string;
  /** Variables that move package-manager stores (npm_config_cache, GOMODCACHE, ...). */
  env: Readonly<Record<string, string | undefined>>;
  ref: string;
  eventName: string;
  /** From the event payload; '' when the payload doesn't say. */
  defaultBranch: string;
  cacheMode: string;
  /** os.tmpdir() with links resolved, and the user id: where jest keeps its cache. */
  tmpdir: string;
  uid: number | undefined;
  /** The Node running this step: the key reads `node --version` instead of running it when PATH's node is this one. */
  node?: RunningNode;
  /** A container job (Next.js then keeps no key of its own between builds). */
  container?: boolean;
}

/** Reads the run context from the runner's environment. */
export function readRunContext(env: Record<string, string | undefined>): RunContext {
  const gh = readGitHubContext(env);
  return {
    workspace: gh.workspace || process.cwd(),
    home: env['HOME'] ?? homedir(),
    os: gh.runnerOs,
    arch: gh.runnerArch,
    env,
    ref: gh.ref,
    eventName: gh.eventName,
    defaultBranch: gh.defaultBranch,
    cacheMode: env['ACTIONS_CACHE_MODE'] ?? '',
    tmpdir: realTmpdir(),
    uid: process.getuid?.(),
    node: runningNode(),
    container: inContainer(),
  };
}
