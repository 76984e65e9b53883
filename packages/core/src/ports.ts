/**
 * The side effects an action may have, as small interfaces. `run()` functions take these
 * instead of importing `@actions/core`, so the CLI and the tests reuse them unchanged.
 */
export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, annotation?: Annotation): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  /** Runs `fn` inside a collapsible group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Hides a value in all later log output. */
  mask(secret: string): void;
}

export interface Outputs {
  set(name: string, value: string | number | boolean): void;
}

export interface Summary {
  /** Appends markdown to the job summary (or prints it outside Actions). */
  append(markdown: string): Promise<void>;
}

/** Values handed from a main step to its post step. */
export interface State {
  get(name: string): string;
  save(name: string, value: string): void;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** false: the child sees `env` alone, not this process's environment as well (default true). */
  inheritEnv?: boolean;
  input?: string;
  /** Stream the child's output to the log as well as capturing it. */
  silent?: boolean;
}

export interface Exec {
  /** Runs a program (no shell); a non-zero exit is returned, not thrown. */
  run(command: string, args: string[], options?: ExecOptions): Promise<ExecResult>;
}

export interface Clock {
  now(): Date;
}

/** Adds a directory to PATH and variables to the environment of later steps. */
export interface Environment {
  exportVariable(name: string, value: string): void;
  addPath(dir: string): void;
}

/** Everything a `run()` may touch. */
export interface Ports {
  log: Logger;
  outputs: Outputs;
  summary: Summary;
  state: State;
  exec: Exec;
  clock: Clock;
  env: Environment;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock fixed at one instant, for reproducible runs. */
export function fixedClock(iso: string): Clock {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`fixedClock: not a date: ${iso}`);
  return { now: () => new Date(date) };
}
