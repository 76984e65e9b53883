import { readFileSync } from 'node:fs';
import { UserError } from './errors.js';

/** What a step knows about the workflow run it is part of. */
export interface GitHubContext {
  serverUrl: string;
  apiUrl: string;
  repository: string;
  owner: string;
  repo: string;
  repositoryId: string;
  repositoryOwnerId: string;
  sha: string;
  ref: string;
  refName: string;
  baseRef: string;
  headRef: string;
  /** `owner/repo/.github/workflows/ci.yml@refs/heads/main` */
  workflowRef: string;
  workflow: string;
  job: string;
  runId: string;
  runAttempt: string;
  runNumber: string;
  eventName: string;
  actor: string;
  workspace: string;
  runnerEnvironment: string;
  runnerOs: string;
  runnerArch: string;
  /** The event payload (`GITHUB_EVENT_PATH`), `{}` when there is none. */
  event: Record<string, unknown>;
  /** The repository's default branch, from the event payload when present. */
  defaultBranch: string;
}

type Env = Record<string, string | undefined>;

/**
 * Reads the run context from the runner's environment; `overrides` fill or replace any field,
 * so the same code works outside Actions with explicit values (the CLI's flags).
 */
export function readGitHubContext(env: Env = process.env, overrides: Partial<GitHubContext> = {}): GitHubContext {
  const get = (name: string, fallback = ''): string => env[name] ?? fallback;
  const repository = overrides.repository ?? get('GITHUB_REPOSITORY');
  const [owner = '', repo = ''] = repository.split('/');
  const event = overrides.event ?? readEvent(env['GITHUB_EVENT_PATH']);
  const repoPayload = event['repository'];
  const payloadDefault =
    typeof repoPayload === 'object' &&
    repoPayload !== null &&
    typeof (repoPayload as Record<string, unknown>)['default_branch'] === 'string'
      ? ((repoPayload as Record<string, unknown>)['default_branch'] as string)
      : '';
  const ref = overrides.ref ?? get('GITHUB_REF');
  const base: GitHubContext = {
    serverUrl: get('GITHUB_SERVER_URL', 'https://github.com'),
    apiUrl: get('GITHUB_API_URL', 'https://api.github.com'),
    repository,
    owner,
    repo,
    repositoryId: get('GITHUB_REPOSITORY_ID'),
    repositoryOwnerId: get('GITHUB_REPOSITORY_OWNER_ID'),
    sha: get('GITHUB_SHA'),
    ref,
    refName: get('GITHUB_REF_NAME', ref.replace(/^refs\/(heads|tags)\//, '')),
    baseRef: get('GITHUB_BASE_REF'),
    headRef: get('GITHUB_HEAD_REF'),
    workflowRef: get('GITHUB_WORKFLOW_REF'),
    workflow: get('GITHUB_WORKFLOW'),
    job: get('GITHUB_JOB'),
    runId: get('GITHUB_RUN_ID'),
    runAttempt: get('GITHUB_RUN_ATTEMPT', '1'),
    runNumber: get('GITHUB_RUN_NUMBER'),
    eventName: get('GITHUB_EVENT_NAME'),
    actor: get('GITHUB_ACTOR'),
    workspace: get('GITHUB_WORKSPACE', process.cwd()),
    runnerEnvironment: get('RUNNER_ENVIRONMENT', 'github-hosted'),
    runnerOs: get('RUNNER_OS', osName()),
    runnerArch: get('RUNNER_ARCH', archName()),
    event,
    defaultBranch: payloadDefault,
  };
  return { ...base, ...overrides, owner: overrides.owner ?? owner, repo: overrides.repo ?? repo };
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}`, { cause: error });
  }
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch (error) {
    throw new UserError(`The event payload at ${path} is not valid JSON`, { cause: error });
  }
}

function osName(): string {
  return { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform as string] ?? process.platform;
}

function archName(): string {
  return { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }[process.arch as string] ?? process.arch;
}

/** True on a pull request whose head lives in another repository (a fork). */
export function isForkPullRequest(ctx: GitHubContext): boolean {
  const pr = ctx.event['pull_request'];
  if (typeof pr !== 'object' || pr === null) return false;
  const head = (pr as Record<string, unknown>)['head'];
  const headRepo = typeof head === 'object' && head !== null ? (head as Record<string, unknown>)['repo'] : undefined;
  const fullName = typeof headRepo === 'object' && headRepo !== null ? (headRepo as Record<string, unknown>)['full_name'] : undefined;
  return typeof fullName === 'string' && fullName !== ctx.repository;
}
