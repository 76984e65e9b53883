import type { Exec } from '@slipway/core';
import type { Probe } from '@slipway/cache';
import type { RunContext } from './context.js';

// The runtime token, the results service and the OIDC request credentials are the action's own:
// an install runs dependencies' scripts, which must not be able to write the cache or mint tokens.
const PRIVATE =
  /^(ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|INPUT_.*|STATE_.*)$/;

/** The step's environment without the action's own credentials and inputs: what the install and probes see. */
export function installEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !PRIVATE.test(k)) out[k] = v;
  return out;
}

/** How a `run:` step would run the command: bash with -eo pipefail, pwsh on Windows. */
function shell(os: string, command: string): [string, string[]] {
  return os === 'Windows'
    ? ['pwsh', ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', command]]
    : ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command]];
}

/** Runs the `install` input in the working directory with `extra` variables added, its output in the log; resolves to its exit code. */
export function installRunner(
  exec: Exec,
  ctx: RunContext,
  cwd: string,
  command: string,
): (extra: Record<string, string>) => Promise<number> {
  return async (extra) => {
    const [program, args] = shell(ctx.os, command);
    const result = await exec.run(program, args, { cwd, env: { ...installEnvironment(ctx.env), ...extra }, inheritEnv: false });
    return result.exitCode;
  };
}

/** Reads a tool's version for the installed layer's key; undefined when the tool is missing or fails. */
export function versionProbe(exec: Exec, ctx: RunContext): Probe {
  const env = installEnvironment(ctx.env);
  return async (command, args) => {
    // npm, pnpm and yarn are .cmd scripts on Windows, which only a shell runs.
    const [program, argv] = ctx.os === 'Windows' ? ['cmd', ['/d', '/s', '/c', [command, ...args].join(' ')]] : [command, args];
    try {
      const result = await exec.run(program, argv, { cwd: ctx.workspace, env, inheritEnv: false, silent: true });
      return result.exitCode === 0 ? result.stdout.trim() || undefined : undefined;
    } catch {
      return undefined;
    }
  };
}
