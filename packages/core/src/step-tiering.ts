import { setFlagsFromString } from 'node:v8';

// A step is a short process: most run well under a second, and their work is small. V8's
// optimizing compilers (Maglev, then TurboFan) compile hot functions on background threads; in a
// step that ends in a few hundred milliseconds they pay nothing back and cost memory: the
// auditor's peak resident memory is about 95–105 MiB with them and about 78 MiB without, at less
// CPU. So a step starts on the interpreter and the baseline compiler, and the optimizing
// compilers are allowed again once the step has run for a while, so a long run (a large audit,
// a large report) still gets optimized code. V8 reads both flags each time it decides to
// optimize a function, so turning them back on takes effect at once.

/** How long a step runs before V8's optimizing compilers may run. */
export const OPTIMIZE_AFTER_MS = 1000;

const TIERING_FLAG = /^--(no-)?(jitless|opt|max-opt|maglev|turbofan|sparkplug|always-sparkplug|always-turbofan)(=|$)/;

/** Whether Node was started with a flag that sets V8's tiers itself: those are left as they are. */
export function tiersSetByUser(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((flag) => TIERING_FLAG.test(flag.replaceAll('_', '-')));
}

export interface TieringOptions {
  ms?: number;
  setFlags?: (flags: string) => void;
  execArgv?: readonly string[];
  nodeOptions?: string;
}

/**
 * Holds V8's optimizing compilers off for the first `ms` of a step; the function returned
 * allows them at once (it is also called by an unreferenced timer, which never keeps the process
 * alive). Does nothing when Node was started with a tiering flag of its own (`--jitless` among
 * them, under which turning a compiler on would be wrong).
 */
export function holdOptimizingCompilers(options: TieringOptions = {}): () => void {
  const setFlags = options.setFlags ?? setFlagsFromString;
  if (tiersSetByUser(options.execArgv ?? process.execArgv, options.nodeOptions ?? process.env['NODE_OPTIONS'])) {
    return () => undefined;
  }
  setFlags('--no-maglev');
  setFlags('--no-turbofan');
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    clearTimeout(timer);
    setFlags('--maglev');
    setFlags('--turbofan');
  };
  const timer = setTimeout(release, options.ms ?? OPTIMIZE_AFTER_MS);
  timer.unref();
  return release;
}
