import { spawnCapture } from './exec.js';
import type { Annotation, Clock, Ports } from './ports.js';
import { systemClock } from './ports.js';

/** A log line as a recording port saw it. */
export interface LoggedLine {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'group';
  message: string;
  annotation?: Annotation;
}

/** Ports that record everything in memory: the shared fake for `run()` tests. */
export interface RecordingPorts extends Ports {
  lines: LoggedLine[];
  outputValues: Record<string, string>;
  summaryText: () => string;
  stateValues: Record<string, string>;
  exported: Record<string, string>;
  paths: string[];
  masked: string[];
}

export function recordingPorts(options: { clock?: Clock; state?: Record<string, string> } = {}): RecordingPorts {
  const lines: LoggedLine[] = [];
  const outputValues: Record<string, string> = {};
  const stateValues: Record<string, string> = { ...options.state };
  const exported: Record<string, string> = {};
  const paths: string[] = [];
  const masked: string[] = [];
  let summary = '';
  const rec = (level: LoggedLine['level']) => (message: string, annotation?: Annotation) =>
    void lines.push(annotation ? { level, message, annotation } : { level, message });
  return {
    lines,
    outputValues,
    stateValues,
    exported,
    paths,
    masked,
    summaryText: () => summary,
    log: {
      debug: rec('debug'),
      info: rec('info'),
      notice: rec('notice'),
      warning: rec('warning'),
      error: rec('error'),
      group: async (name, fn) => {
        lines.push({ level: 'group', message: name });
        return fn();
      },
      mask: (s) => void masked.push(s),
    },
    outputs: { set: (n, v) => void (outputValues[n] = String(v)) },
    summary: {
      append: (md) => {
        summary += `${md}\n`;
        return Promise.resolve();
      },
    },
    state: { get: (n) => stateValues[n] ?? '', save: (n, v) => void (stateValues[n] = v) },
    exec: { run: (c, a, o) => spawnCapture(c, a, o) },
    clock: options.clock ?? systemClock,
    env: { exportVariable: (n, v) => void (exported[n] = v), addPath: (d) => void paths.push(d) },
  };
}
