import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { spawnCapture } from '@slipway/core';
import { parseFileCommands, parseWorkflowCommands, type WorkflowCommand } from './workflow-commands.js';

/** The repository root (bundles live in `dist/` below it). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunStepOptions {
  /** The action's folder name under `actions/`. */
  action: string;
  step?: 'main' | 'post';
  /** Inputs by their `action.yml` names; unset ones get `action.yml`'s defaults, as on the runner. */
  inputs?: Record<string, string>;
  /** Extra or overriding environment (GITHUB_*, ACTIONS_*, RUNNER_*). */
  env?: Record<string, string>;
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: Record<string, unknown>;
  /** Values the main step saved, given to the post step as STATE_*. */
  state?: Record<string, string>;
  /** The job's folder (GITHUB_WORKSPACE, the step's cwd); a fresh temp folder by default. */
  workspace?: string;
  /** Shared across steps of one job: RUNNER_TEMP and the command files live here. */
  jobDir?: string;
  timeoutMs?: number;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  title?: string;
}

export interface StepResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Variables exported for later steps (GITHUB_ENV). */
  exportedEnv: Record<string, string>;
  /** Folders added to PATH (GITHUB_PATH). */
  addedPath: string[];
  /** Values saved for the post step (GITHUB_STATE). */
  state: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  masked: string[];
  commands: WorkflowCommand[];
  workspace: string;
  jobDir: string;
  /** stdout with every masked value replaced by ***, as the log would show it. */
  log: string;
}

interface ActionInput {
  default?: string;
}

/** The inputs `action.yml` declares, with their defaults. */
export async function actionInputs(action: string): Promise<Record<string, ActionInput>> {
  const doc = parseYaml(await readFile(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, ActionInput>;
  };
  return doc.inputs ?? {};
}

/** The runner's name for an input's variable: spaces to `_`, upper case, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function resolveDefault(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'github.token') return env['GITHUB_TOKEN'] ?? 'ghs_harness_token';
    if (expr === 'github.workspace') return env['GITHUB_WORKSPACE'] ?? '';
    if (expr === 'runner.temp') return env['RUNNER_TEMP'] ?? '';
    if (expr === 'github.repository') return env['GITHUB_REPOSITORY'] ?? '';
    if (expr === 'github.server_url') return env['GITHUB_SERVER_URL'] ?? '';
    if (expr === 'github.api_url') return env['GITHUB_API_URL'] ?? '';
    throw new Error(`harness: cannot evaluate default expression \${{ ${expr} }}`);
  });
}

/** A step ready to start: its bundle, its folders and the environment the runner would give it. */
export interface PreparedStep {
  bundle: string;
  env: Record<string, string>;
  workspace: string;
  jobDir: string;
  paths: Record<'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_PATH' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_EVENT_PATH', string>;
}

/** Lays out a step's folders and command files and builds its environment (inputs with action.yml's defaults), as the runner does. */
export async function prepareStep(options: RunStepOptions): Promise<PreparedStep> {
  const step = options.step ?? 'main';
  const bundle = join(repoRoot, 'dist', options.action, step, 'index.js');
  if (!existsSync(bundle)) throw new Error(`harness: no bundle at ${bundle}; run 'npm run bundle'`);
  const jobDir = options.jobDir ?? (await mkdtemp(join(tmpdir(), 'slipway-job-')));
  const workspace = options.workspace ?? join(jobDir, 'workspace');
  const runnerTemp = join(jobDir, 'temp');
  const files = join(jobDir, 'files', `${step}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await Promise.all([workspace, runnerTemp, files, join(jobDir, 'tool-cache')].map((d) => mkdir(d, { recursive: true })));
  const paths = {
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_ENV: join(files, 'env'),
    GITHUB_PATH: join(files, 'path'),
    GITHUB_STATE: join(files, 'state'),
    GITHUB_STEP_SUMMARY: join(files, 'summary.md'),
    GITHUB_EVENT_PATH: join(files, 'event.json'),
  };
  await Promise.all(
    Object.entries(paths).map(([k, p]) => writeFile(p, k === 'GITHUB_EVENT_PATH' ? JSON.stringify(options.event ?? {}) : '')),
  );
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? jobDir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_ID: '123456789',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_REPOSITORY_OWNER_ID: '987654321',
    GITHUB_SHA: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
    GITHUB_JOB: 'build',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTION: `__slipway_${options.action}`,
    GITHUB_WORKSPACE: workspace,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'slipway-harness',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(jobDir, 'tool-cache'),
    ...paths,
    ...options.env,
  };
  const declared = await actionInputs(options.action);
  for (const [name, spec] of Object.entries(declared)) {
    if (spec.default !== undefined) env[inputVariable(name)] = resolveDefault(String(spec.default), env);
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (!(name in declared)) throw new Error(`harness: action ${options.action} declares no input '${name}'`);
    env[inputVariable(name)] = value;
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  return { bundle, env, workspace, jobDir, paths };
}

/** Runs a committed bundle exactly as the GitHub runner does and collects what it wrote. */
export async function runStep(options: RunStepOptions): Promise<StepResult> {
  const step = options.step ?? 'main';
  const { bundle, env, workspace, jobDir, paths } = await prepareStep(options);
  // The runner gives a step its own environment, not the test process's (no npm_config_*, no NODE_OPTIONS).
  const run = spawnCapture(process.execPath, [bundle], { cwd: workspace, env, inheritEnv: false });
  const timeoutMs = options.timeoutMs ?? 120_000;
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    run,
    new Promise<never>(
      (_, reject) =>
        (timer = setTimeout(() => reject(new Error(`harness: ${options.action} ${step} ran over ${timeoutMs} ms`)), timeoutMs)),
    ),
  ]).finally(() => clearTimeout(timer));

  const read = (p: string): Promise<string> => readFile(p, 'utf8');
  const commands = parseWorkflowCommands(result.stdout);
  const masked = commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
  const annotations = commands
    .filter((c): c is WorkflowCommand & { command: Annotation['level'] } => ['error', 'warning', 'notice'].includes(c.command))
    .map((c) => ({
      level: c.command,
      message: c.message,
      ...(c.properties['file'] ? { file: c.properties['file'] } : {}),
      ...(c.properties['line'] ? { line: Number(c.properties['line']) } : {}),
      ...(c.properties['title'] ? { title: c.properties['title'] } : {}),
    }));
  return {
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseFileCommands(await read(paths.GITHUB_OUTPUT), 'GITHUB_OUTPUT'),
    exportedEnv: parseFileCommands(await read(paths.GITHUB_ENV), 'GITHUB_ENV'),
    addedPath: (await read(paths.GITHUB_PATH)).split('\n').filter(Boolean),
    state: parseFileCommands(await read(paths.GITHUB_STATE), 'GITHUB_STATE'),
    summary: await read(paths.GITHUB_STEP_SUMMARY),
    annotations,
    masked,
    commands,
    workspace,
    jobDir,
    log: masked.reduce((s, m) => (m ? s.split(m).join('***') : s), result.stdout),
  };
}

/** Runs main then post in one job, handing state over as the runner does. */
export async function runMainAndPost(options: Omit<RunStepOptions, 'step' | 'state'>): Promise<{ main: StepResult; post: StepResult }> {
  const main = await runStep({ ...options, step: 'main' });
  const post = await runStep({ ...options, step: 'post', state: main.state, jobDir: main.jobDir, workspace: main.workspace });
  return { main, post };
}
