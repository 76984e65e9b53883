import { processExec } from './exec.js';
import type { Ports } from './ports.js';
import { systemClock } from './ports.js';

export interface ConsoleOptions {
  /** Where information goes (default stderr, so stdout stays clean for --json). */
  write?: (text: string) => void;
  verbose?: boolean;
}

/** Ports for a terminal or a non-GitHub CI: plain text, outputs and summary printed. */
export function consolePorts(options: ConsoleOptions = {}): Ports & { outputsSet: Map<string, string> } {
  const write = options.write ?? ((t: string) => process.stderr.write(t));
  const line = (t: string): void => write(`${t}\n`);
  const where = (a?: { file?: string; startLine?: number }): string =>
    a?.file ? ` (${a.file}${a.startLine ? `:${a.startLine}` : ''})` : '';
  const state = new Map<string, string>();
  const outputsSet = new Map<string, string>();
  const masks: string[] = [];
  const hide = (t: string): string => masks.reduce((s, m) => s.split(m).join('***'), t);
  return {
    outputsSet,
    log: {
      debug: (m) => (options.verbose ? line(hide(`debug: ${m}`)) : undefined),
      info: (m) => line(hide(m)),
      notice: (m, a) => line(hide(`notice: ${m}${where(a)}`)),
      warning: (m, a) => line(hide(`warning: ${m}${where(a)}`)),
      error: (m, a) => line(hide(`error: ${m}${where(a)}`)),
      group: async (name, fn) => {
        line(`== ${name}`);
        return fn();
      },
      mask: (s) => {
        if (s) masks.push(s);
      },
    },
    outputs: {
      set: (name, value) => {
        outputsSet.set(name, String(value));
      },
    },
    summary: {
      append: (md) => {
        line(md);
        return Promise.resolve();
      },
    },
    state: { get: (n) => state.get(n) ?? '', save: (n, v) => void state.set(n, v) },
    exec: processExec((t) => write(t)),
    clock: systemClock,
    env: { exportVariable: () => undefined, addPath: () => undefined },
  };
}
